#pragma once

// The renderers of an aggregate; each takes the aggregate and nothing else.

#include <cstddef>
#include <string>

#include "gait/aggregate.hpp"
#include "gait/text_format.hpp"

namespace gait {

// Bumped when a key changes meaning or goes away (docs/schemas/aggregate.schema.json).
inline constexpr int aggregate_schema_version = 1;

// How many shared gaps the text, Markdown and HTML reports list; JSON lists all.
struct AggregateView {
    std::size_t top_gaps = 10;  // 0 for all
};

std::string render_aggregate_text(const Aggregate& aggregate, const AggregateView& view,
                                  const TextStyle& style);
std::string render_aggregate_markdown(const Aggregate& aggregate, const AggregateView& view);
std::string render_aggregate_html(const Aggregate& aggregate, const AggregateView& view);
std::string render_aggregate_json(const Aggregate& aggregate);
// One row per file: the teams counted, then superseded and skipped files (RFC 4180).
std::string render_aggregate_csv(const Aggregate& aggregate);

}  // namespace gait
