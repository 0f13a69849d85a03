#pragma once

// Words of the trend, for its builder (trend_document.cpp). Raw text: the
// writers escape it. Private.

#include <optional>
#include <string>

#include "gait/score/trend.hpp"

namespace gait {

// The name of a phase of the trend, or "none yet".
std::string trend_placement_name(const Trend& trend, std::optional<std::size_t> phase);

// "Walk since 2026-10-01: 3 assessments over 61 days."
std::string held_sentence(const Trend& trend, const TeamTrend& team);

// "Moved up from Crawl to Walk on 2026-11-09." for the latest point; a single
// point: "One assessment: nothing to compare yet."
std::string latest_move_sentence(const Trend& trend, const TeamTrend& team);

// A point's label on a chart and in a table: its date, and its commit in git mode.
std::string point_label(const TrendPoint& point);

// "2026-09-01 to 2026-12-01" over every team's points; empty with none.
std::string span_text(const Trend& trend);

}  // namespace gait
