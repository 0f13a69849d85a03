#pragma once

// A comparison as JSON: a schema contract (docs/schemas/compare.schema.json),
// written straight from the comparison.

#include <string>

#include <nlohmann/json.hpp>

#include "gait/score/compare.hpp"

namespace gait {

// Bumped when a key changes meaning or goes away (docs/schemas/compare.schema.json).
inline constexpr int compare_schema_version = 1;

nlohmann::ordered_json compare_to_json(const Comparison& comparison);
std::string render_compare_json(const Comparison& comparison);

}  // namespace gait
