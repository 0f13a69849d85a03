#pragma once

// The plan (`gait plan`) in each of its formats (docs/plan.md): a Markdown
// checklist for a pull request, CSV for an issue tracker's import, JSON
// (docs/schemas/plan.schema.json) and JUnit XML for a CI system's test view.

#include <string>

#include "gait/score/plan.hpp"

namespace gait {

// The JSON form of the plan: bumped when a key changes meaning or goes away.
inline constexpr int plan_schema_version = 1;

std::string render_plan_markdown(const Plan& plan);
std::string render_plan_csv(const Plan& plan);
std::string render_plan_json(const Plan& plan);
std::string render_plan_junit(const Plan& plan);

}  // namespace gait
