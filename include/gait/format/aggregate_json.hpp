#pragma once

// An aggregate as JSON and as CSV: schema contracts (docs/schemas/), written
// straight from the aggregate, the hot path of ten thousand teams.

#include <string>

#include "gait/score/aggregate.hpp"

namespace gait {

// Bumped when a key changes meaning or goes away (docs/schemas/aggregate.schema.json).
inline constexpr int aggregate_schema_version = 1;

std::string render_aggregate_json(const Aggregate& aggregate);
// One row per file: the teams counted, then superseded and skipped files (RFC 4180).
std::string render_aggregate_csv(const Aggregate& aggregate);

}  // namespace gait
