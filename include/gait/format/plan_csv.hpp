#pragma once

// The plan (`gait plan`) as CSV for an issue tracker's import (docs/plan.md).

#include <string>

#include "gait/score/plan.hpp"

namespace gait {

std::string render_plan_csv(const Plan& plan);

}  // namespace gait
