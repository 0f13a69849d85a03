// The plan as JSON (docs/schemas/plan.schema.json): each team's assessment in
// brief and its items, each with the question as the report writes it.

#include "gait/format/plan_json.hpp"

#include "document/plan_wording.hpp"
#include "format/json_writer.hpp"

namespace gait {
namespace {

using json = nlohmann::ordered_json;

json text_or_null(const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
}

json item_json(const Result& result, const PlanItem& item) {
    json out = {{"id", item.id}, {"open", is_open(item)}};
    out["kind"] =
        !is_open(item) ? json(nullptr) : json(*item.kind == GapKind::hold ? "hold" : "reach");
    out["why"] = why_it_matters(result, item);
    json question = outcome_json(item.question);
    // `reason` is the plan file's (why an item is wontdo); the answer's goes beside it.
    if (question.contains("reason")) {
        question["answer_reason"] = question["reason"];
        question.erase("reason");
    }
    out.update(question);
    out["phase_name"] = item_phase_name(result, item);
    out["area_name"] = item_area_name(result, item);
    out["help"] = item.help;
    out["guidance"] = item.guidance;
    out["status"] = status_name(item.entry.status);
    for (const auto& [key, value] :
         {std::pair<const char*, const std::string&>{"owner", item.entry.owner},
          {"due", item.entry.due},
          {"link", item.entry.link},
          {"reason", item.entry.reason},
          {"closed", item.entry.closed}})
        out[key] = text_or_null(value);
    return out;
}

json team_json(const PlanTeam& team) {
    const Result& result = team.result;
    json out = {{"team", result.team}, {"date", result.date}};
    out["rubric"] = {{"id", result.rubric.id},
                     {"version", result.rubric.version},
                     {"title", result.rubric.title}};
    out["placement"] = result.placement ? json(result.phases[*result.placement].id) : json(nullptr);
    out["next"] = result.next ? json(result.phases[*result.next].id) : json(nullptr);
    json items = json::array();
    for (const PlanItem& item : team.items)
        items.push_back(item_json(result, item));
    out["items"] = std::move(items);
    return out;
}

}  // namespace

std::string render_plan_json(const Plan& plan) {
    json out;
    out["schema_version"] = plan_schema_version;
    out["kind"] = "plan";
    out["tool"] = tool_json();
    json teams = json::array();
    for (const PlanTeam& team : plan.teams)
        teams.push_back(team_json(team));
    out["teams"] = std::move(teams);
    return dump_json(out);
}

}  // namespace gait
