#pragma once

// The plan (`gait plan`) as JSON: docs/schemas/plan.schema.json (docs/plan.md).

#include <string>

#include "gait/score/plan.hpp"

namespace gait {

// The JSON form of the plan: bumped when a key changes meaning or goes away.
inline constexpr int plan_schema_version = 1;

std::string render_plan_json(const Plan& plan);

}  // namespace gait
