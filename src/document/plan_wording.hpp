#pragma once

// Sentences of the plan (`gait plan`), for its writers: Markdown, CSV, JSON and
// JUnit say why an item matters in the same words. Raw text: writers escape it.

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

// "3 open, 1 done": the team's items by status.
std::string plan_counts(const PlanTeam& team);

}  // namespace gait
