// The plan as CSV for an issue tracker's import: title and description (GitLab
// reads those two; Jira maps them to Summary and Description), labels, then
// the item's facts for a spreadsheet.

#include "gait/format/plan_csv.hpp"

#include <fmt/format.h>

#include "document/plan_wording.hpp"
#include "format/csv_text.hpp"

namespace gait {
namespace {

const std::vector<std::string> plan_csv_header = {"title", "description", "labels", "id",    "team",
                                                  "phase", "area",        "status", "owner", "due",
                                                  "link",  "reason",      "closed"};

// What the tracker's issue says: why it matters, what to do, and the id that
// ties it back to the plan.
std::string description(const Result& result, const PlanItem& item) {
    std::string text = why_it_matters(result, item) + ".";
    if (!item.help.empty()) text += "\n\n" + item.help;
    if (!item.guidance.empty()) text += "\n\nTo do: " + item.guidance;
    return text + fmt::format("\n\ngait plan item {} ({} {}).", item.id, result.rubric.title,
                              result.rubric.version);
}

// Words without spaces, as trackers take labels: gait, the phase's and the area's ids.
std::string labels(const PlanItem& item) {
    std::string out = "gait";
    for (const std::string& word : {item.question.phase, item.question.area}) {
        if (!word.empty()) out += "," + word;
    }
    if (item.question.essential) out += ",essential";
    return out;
}

std::vector<std::string> item_fields(const Result& result, const PlanItem& item) {
    const std::string title = item.question.text.empty() ? item.id : item.question.text;
    return {fmt::format("{}: {}", result.team, title),
            description(result, item),
            labels(item),
            item.id,
            result.team,
            item.question.phase,
            item.question.area,
            status_name(item.entry.status),
            item.entry.owner,
            item.entry.due,
            item.entry.link,
            item.entry.reason,
            item.entry.closed};
}

}  // namespace

std::string render_plan_csv(const Plan& plan) {
    std::string out = csv_line(plan_csv_header);
    for (const PlanTeam& team : plan.teams) {
        for (const PlanItem& item : team.items)
            out += csv_line(item_fields(team.result, item));
    }
    return out;
}

}  // namespace gait
