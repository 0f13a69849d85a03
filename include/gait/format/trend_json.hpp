#pragma once

// A trend as JSON: a schema contract (docs/schemas/trend.schema.json), written
// straight from the trend.

#include <string>

#include "gait/score/trend.hpp"

namespace gait {

// Bumped when a key changes meaning or goes away (docs/schemas/trend.schema.json).
inline constexpr int trend_schema_version = 1;

std::string render_trend_json(const Trend& trend);

}  // namespace gait
