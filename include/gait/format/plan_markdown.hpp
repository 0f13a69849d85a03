#pragma once

// The plan (`gait plan`) as a Markdown checklist for a pull request (docs/plan.md).

#include <string>

#include "gait/score/plan.hpp"

namespace gait {

std::string render_plan_markdown(const Plan& plan);

}  // namespace gait
