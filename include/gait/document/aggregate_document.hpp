#pragma once

// The organisation's view, many teams at once, as a document.

#include <cstddef>
#include <string>
#include <vector>

#include "gait/document/document.hpp"
#include "gait/score/aggregate.hpp"

namespace gait {

// How many shared gaps the document lists; JSON and CSV list all.
struct AggregateView {
    std::size_t top_gaps = 10;  // 0 for all
    // Each counted team's report, by row: a relative URL its name links to; empty: no links.
    std::vector<std::string> team_reports{};
};

doc::Document aggregate_document(const Aggregate& aggregate, const AggregateView& view);

}  // namespace gait
