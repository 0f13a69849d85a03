#pragma once

// Sentences of the plan (`gait plan`), for its writers: Markdown, CSV, JSON and
// JUnit say why an item matters in the same words. Raw text: writers escape it.

#include <cstddef>
#include <string>

#include "gait/score/plan.hpp"

namespace gait {

// Why the item matters, in the team report's words for the same facts: the
// gap's section ("To hold Walk", "To reach Run"), "essential" when the phase
// is not achieved without it, and the area below the phase's floor when it is
// one: "To reach Run, essential, Observability below the floor". A closed
// item: "closed on 2026-03-01", or "marked done" when people closed it.
std::string why_it_matters(const Result& result, const PlanItem& item);

// The phase and the area of the item's question by name: "Walk", "Observability".
std::string item_phase_name(const Result& result, const PlanItem& item);
std::string item_area_name(const Result& result, const PlanItem& item);

// How many items are open, how many of those people marked done or wontdo,
// and how many are closed.
struct PlanCounts {
    std::size_t open = 0;     // gap open in the assessment
    std::size_t settled = 0;  // of the open ones, marked done or wontdo by people
    std::size_t closed = 0;   // gap closed
};
PlanCounts count_items(const PlanTeam& team);
PlanCounts& operator+=(PlanCounts& total, const PlanCounts& more);

// "38 open, 3 marked done or won't do, 0 closed": open counts the items still to
// do; "marked" is left out when there are none.
std::string plan_counts(const PlanCounts& counts);

// Why a question is skipped rather than a gap, with the team's reason:
// "not applicable: no staging environment", "exempt until 2027-01-31: the
// cluster moves in January", "not applicable, no reason given".
std::string skip_reason(const QuestionOutcome& question);

}  // namespace gait
