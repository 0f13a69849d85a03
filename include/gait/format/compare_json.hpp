#pragma once

// A comparison as JSON: a schema contract (docs/schemas/compare.schema.json),
// written straight from the comparison.

#include <string>

#include "gait/score/compare.hpp"

namespace gait {

// Bumped when a key changes meaning or goes away (docs/schemas/compare.schema.json).
inline constexpr int compare_schema_version = 1;

std::string render_compare_json(const Comparison& comparison);

}  // namespace gait
