#pragma once

// `gait plan`: the gaps of one or more teams as work items, merged with what
// a plan file says about them (docs/plan.md). A pure function, as the engine is.

#include <optional>
#include <string>
#include <vector>

#include "gait/load/plan_file.hpp"
#include "gait/load/rubric.hpp"
#include "gait/model/result.hpp"

namespace gait {

// One work item: a gap of a team, open now or closed since the plan file listed it.
struct PlanItem {
    std::string id;               // TEAM/QUESTION (plan_id)
    QuestionOutcome question;     // the question and the team's answer to it now
    std::optional<GapKind> kind;  // the gap's kind while it is open; empty once closed
    std::string guidance;         // the rubric's advice for closing it
    std::string help;  // the rubric's help: what the question means, why it matters; or empty
    PlanEntry entry;   // status, owner, due, link, reason, closed
};

// One team's items: open gaps in the report's order, then the closed ones in
// the plan file's order.
struct PlanTeam {
    Result result;  // the assessment the items come from
    std::vector<PlanItem> items;
};

struct Plan {
    std::vector<PlanTeam> teams;  // in the order the assessments were given
    PlanChanges changes;          // what to write into the plan file
};

// The items of `results`, merged with `entries` (a plan file's; none without one):
// a gap not in the file is added as todo; an item whose gap closed is marked
// done with the assessment's date, unless people marked it done or wontdo; an
// item gait closed whose gap is back is todo again. Entries of teams not among
// `results` are left as they are and are not items of this plan. A team
// assessed twice counts once: its latest assessment by date.
// `rubric`, when given, adds each question's help to the items of the teams
// assessed against it (same id); a saved report does not carry it.
// `assessed`, the file's date of each team's latest assessment merged: a team
// assessed later is given its new date in `changes`; one assessed earlier is
// an Error at the file's date, since merging it would roll its items back.
Plan make_plan(std::vector<Result> results, const std::vector<PlanEntry>& entries,
               const Rubric* rubric = nullptr, const std::vector<PlanAssessed>& assessed = {});

// Whether the item's gap is open in the assessment.
inline bool is_open(const PlanItem& item) {
    return item.kind.has_value();
}

}  // namespace gait
