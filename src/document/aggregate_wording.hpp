#pragma once

// Words of the aggregate, for its builder (aggregate_document.cpp). Raw text:
// the writers escape it. Private.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "gait/document/aggregate_document.hpp"

namespace gait {

// "5 files read: 3 counted, 1 superseded, 1 skipped"
std::string files_read_sentence(const Aggregate& aggregate);

// A phase's name, or "none yet" before the first.
std::string placement_of(const Aggregate& aggregate, std::optional<std::size_t> phase);

// The team's name, and "(3 respondents)" when its row merges several respondents' files.
std::string team_name(const TeamRow& row);

// The team's target and whether it is met: "Walk by 2027-06-30: not met", "Walk:
// met"; empty when the team sets none.
std::string team_target_text(const Aggregate& aggregate, const TeamRow& row);

// The teams placed in each phase, "none yet" first.
struct PhaseCount {
    std::string name;
    std::size_t teams = 0;
    double share = 0;  // of the teams counted, in [0,1]
};
std::vector<PhaseCount> phase_counts(const Aggregate& aggregate);

// "25%": a share as the reports print it.
std::string share_text(double share);

// How many shared gaps a report lists, and "the first 10 of 24" when that cuts
// the list (empty when it does not).
std::size_t gaps_shown(const Aggregate& aggregate, const AggregateView& view);
std::string gaps_cut(const Aggregate& aggregate, const AggregateView& view);

// "5 teams (3 to hold, 2 to reach)"
std::string teams_blocked(const SharedGap& gap);

// "4.50": shortfalls have two decimals.
std::string shortfall_text(double shortfall);

// The sentence of a list of shared gaps with nothing in it.
inline constexpr const char* no_shared_gaps = "None: every team has full credit where it counts.";

}  // namespace gait
