#include "gait/format/compare_json.hpp"

#include <cmath>

#include "gait/format/report_json.hpp"

#include "format/json_writer.hpp"

namespace gait {
namespace {

using json = nlohmann::ordered_json;

json side_json(const Result& result) {
    return {{"team", result.team},
            {"date", result.date},
            {"respondent", result.respondent},
            {"rubric_version", result.rubric.version},
            {"placement",
             result.placement ? json(result.phases[*result.placement].id) : json(nullptr)}};
}

json change_json(const ScoreChange& change) {
    json difference = nullptr;
    if (change.before && change.after) {
        difference = std::round((*change.after - *change.before) * 10000.0) / 10000.0;
    }
    return {{"id", change.id},
            {"name", change.name},
            {"before", score_json(change.before)},
            {"after", score_json(change.after)},
            {"change", difference}};
}

// The phase id; null for none yet, and for a side that does not place its areas.
json area_placement_json(const AreaPlacement& placement) {
    return placement.phase ? json(*placement.phase) : json(nullptr);
}

json answer_json(const QuestionOutcome& outcome) {
    json answer = outcome_json(outcome);
    for (const char* key : {"question", "phase", "area", "text", "weight", "essential"})
        answer.erase(key);
    return answer;
}

json question_change_json(const QuestionChange& change) {
    return {{"question", change.after.question},
            {"phase", change.after.phase},
            {"area", change.after.area},
            {"text", change.after.text},
            {"before", answer_json(change.before)},
            {"after", answer_json(change.after)}};
}

template <typename Items, typename ToJson>
json list_json(const Items& items, ToJson to_json) {
    json list = json::array();
    for (const auto& item : items)
        list.push_back(to_json(item));
    return list;
}

json compare_to_json(const Comparison& comparison) {
    json out;
    out["schema_version"] = compare_schema_version;
    out["kind"] = "comparison";
    out["tool"] = tool_json();
    out["rubric"] = {{"id", comparison.after.rubric.id}, {"title", comparison.after.rubric.title}};
    out["before"] = side_json(comparison.before);
    out["after"] = side_json(comparison.after);
    out["placement_steps"] = comparison.placement_steps;
    out["phases"] = list_json(comparison.phases, change_json);
    out["areas"] = list_json(comparison.areas, change_json);
    for (std::size_t a = 0; a < comparison.areas.size(); ++a) {
        const auto& [before, after] = comparison.area_placements[a];
        out["areas"][a]["placement_before"] = area_placement_json(before);
        out["areas"][a]["placement_after"] = area_placement_json(after);
    }
    out["improved"] = list_json(comparison.improved, question_change_json);
    out["regressed"] = list_json(comparison.regressed, question_change_json);
    out["changed"] = list_json(comparison.changed, question_change_json);
    out["gaps_closed"] = list_json(comparison.gaps_closed, gap_json);
    out["gaps_opened"] = list_json(comparison.gaps_opened, gap_json);
    out["only_before"] = list_json(comparison.only_before, outcome_json);
    out["only_after"] = list_json(comparison.only_after, outcome_json);
    return out;
}

}  // namespace

std::string render_compare_json(const Comparison& comparison) {
    return dump_json(compare_to_json(comparison));
}

}  // namespace gait
