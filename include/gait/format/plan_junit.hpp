#pragma once

// The plan (`gait plan`) as JUnit XML, for a CI system's test view (docs/plan.md).

#include <string>

#include "gait/score/plan.hpp"

namespace gait {

std::string render_plan_junit(const Plan& plan);

}  // namespace gait
