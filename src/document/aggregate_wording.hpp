#pragma once

// Words of the aggregate, for its builder (aggregate_document.cpp). Raw text:
// the writers escape it. Private.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "gait/document/aggregate_document.hpp"

namespace gait {

// "5 files read: 3 counted, 1 superseded, 1 skipped", counting each file of a
// merged row: "4 files read: 4 counted as 2 teams, 0 superseded, 0 skipped".
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

// How many of `total` shared gaps a list shows, and "the first 10 of 24" when
// that cuts the list (empty when it does not).
std::size_t gaps_shown(std::size_t total, const AggregateView& view);
std::string gaps_cut(std::size_t total, const AggregateView& view);

// "5 teams (3 to hold, 2 to reach)"
std::string teams_with_gap(const SharedGap& gap);

// How many team names a shared gap lists before "and 12 more".
inline constexpr std::size_t blocked_names_shown = 5;

// "14 teams: checkout, payments, search, ledger, auth and 9 more"; "no team".
std::string teams_blocked(const Aggregate& aggregate, const SharedGap& gap);

// "a, b and c"
std::string and_list(const std::vector<std::string>& items);

// How many team names a group's phase lists before "and 12 more".
inline constexpr std::size_t group_names_shown = 10;

// "a, b, c and 12 more": the first `shown` of `total` names (names.size() when
// smaller); all of them when only one more would be left.
std::string capped_list(std::vector<std::string> names, std::size_t shown, std::size_t total = 0);

// "Teams grouped by tag 'org:'", the note on teams counted twice, and "Group
// org:payments" or "Untagged (no org: tag)".
std::string groups_heading(const Aggregate& aggregate);
std::string groups_note(const Aggregate& aggregate);
std::string group_name(const Aggregate& aggregate, const TeamGroup& group);

// What keeps the team from its next phase: "Walk: blocked by essential
// crawl.oncall.schedule; 3 areas below the floor; score 0.55 short of 0.70";
// empty when it holds the last.
std::string blocker_text(const Aggregate& aggregate, const TeamRow& row);

// "4.50": shortfalls have two decimals.
std::string shortfall_text(double shortfall);

// What a group's list of gaps is, and where --top cuts it: "The gaps its teams
// share, the most teams blocked first (the first 10 of 76):".
std::string group_gaps_note(std::size_t total, const AggregateView& view);

// The sentence of a list of shared gaps with nothing in it.
inline constexpr const char* no_shared_gaps = "None: every team has full credit where it counts.";

}  // namespace gait
