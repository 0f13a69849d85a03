#include "gait/report_json.hpp"

#include <cmath>

#include "gait/version.hpp"

namespace gait {
namespace {

using json = nlohmann::ordered_json;

json score_json(std::optional<double> score) {
    return score ? json(*score) : json(nullptr);
}

json optional_text(const std::optional<std::string>& text) {
    return text ? json(*text) : json(nullptr);
}

json phase_id_json(const Result& result, std::optional<std::size_t> index) {
    return index ? json(result.phases[*index].id) : json(nullptr);
}

json phase_json(const PhaseScore& phase) {
    return {{"id", phase.id},
            {"name", phase.name},
            {"summary", phase.summary},
            {"score", score_json(phase.score)},
            {"threshold", phase.threshold},
            {"achieved", phase.achieved},
            {"essentials_missing", phase.essentials_missing}};
}

json area_json(const Result& result, const AreaScores& area) {
    json scores = json::object();
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        scores[result.phases[p].id] = score_json(area.by_phase[p]);
    }
    return {{"id", area.id}, {"name", area.name}, {"scores", scores}};
}

json gap_json(const Gap& gap) {
    return {{"kind", gap.kind == GapKind::hold ? "hold" : "reach"},
            {"question", gap.question},
            {"phase", gap.phase},
            {"area", gap.area},
            {"text", gap.text},
            {"answer", optional_text(gap.answer)},
            {"answer_label", gap.answer ? json(gap.answer_label) : json(nullptr)},
            {"value", score_json(gap.value)},
            {"weight", gap.weight},
            {"essential", gap.essential},
            {"guidance", gap.guidance},
            {"note", gap.note},
            {"evidence", gap.evidence}};
}

json unanswered_json(const UnansweredQuestion& question) {
    return {{"question", question.question},
            {"phase", question.phase},
            {"area", question.area},
            {"text", question.text}};
}

}  // namespace

json report_to_json(const Result& result) {
    json report;
    report["schema_version"] = report_schema_version;
    report["tool"] = {{"name", "gait"}, {"version", version}};
    report["rubric"] = {{"id", result.rubric.id},
                        {"version", result.rubric.version},
                        {"title", result.rubric.title}};
    report["team"] = result.team;
    report["date"] = result.date;
    report["respondent"] = result.respondent;
    report["placement"] = {{"phase", phase_id_json(result, result.placement)},
                           {"next", phase_id_json(result, result.next)}};
    report["phases"] = json::array();
    for (const PhaseScore& phase : result.phases)
        report["phases"].push_back(phase_json(phase));
    report["areas"] = json::array();
    for (const AreaScores& area : result.areas)
        report["areas"].push_back(area_json(result, area));
    report["gaps"] = json::array();
    for (const Gap& gap : result.gaps)
        report["gaps"].push_back(gap_json(gap));
    report["unanswered"] = json::array();
    for (const UnansweredQuestion& question : result.unanswered) {
        report["unanswered"].push_back(unanswered_json(question));
    }
    return report;
}

std::string render_json(const Result& result) {
    // Inputs are checked for valid UTF-8; replacing rather than throwing is a last guard.
    return report_to_json(result).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace gait
