#include <cmath>

#include "gait/aggregate_report.hpp"
#include "gait/report_json.hpp"

namespace gait {
namespace {

using json = nlohmann::ordered_json;

double four_decimals(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

json scores_json(const std::vector<AggregateItem>& items,
                 const std::vector<std::optional<double>>& scores) {
    json out = json::object();
    for (std::size_t i = 0; i < items.size(); ++i)
        out[items[i].id] = score_json(scores[i]);
    return out;
}

json team_json(const Aggregate& aggregate, const TeamRow& row) {
    json out = {
        {"file", row.file},
        {"team", row.team},
        {"date", row.date},
        {"rubric_version", row.rubric_version},
        {"placement", row.placement ? json(aggregate.phases[*row.placement].id) : json(nullptr)},
        {"phase_scores", scores_json(aggregate.phases, row.phase_scores)},
        {"area_scores", scores_json(aggregate.areas, row.area_scores)},
        {"gaps",
         {{"hold", count_gaps(row, GapKind::hold)}, {"reach", count_gaps(row, GapKind::reach)}}},
        {"unanswered", row.unanswered}};
    if (!row.superseded_by.empty()) out["superseded_by"] = row.superseded_by;
    return out;
}

json shared_gap_json(const Aggregate& aggregate, const SharedGap& gap) {
    const AggregateQuestion& question = aggregate.questions[gap.question];
    return {{"question", question.id},
            {"phase", aggregate.phases[question.phase].id},
            {"area", aggregate.areas[question.area].id},
            {"text", question.text},
            {"essential", question.essential},
            {"guidance", question.guidance},
            {"teams", gap.teams},
            {"hold", gap.hold},
            {"reach", gap.reach},
            {"shortfall", four_decimals(gap.shortfall)}};
}

json skipped_json(const Diagnostic& skipped) {
    return {{"file", skipped.where.file},
            {"line", skipped.where.line},
            {"column", skipped.where.column},
            {"message", skipped.message},
            {"hint", skipped.hint}};
}

}  // namespace

std::string render_aggregate_json(const Aggregate& aggregate) {
    // Written member by member: ten thousand team rows never stand as one tree.
    JsonObjectWriter out;
    out.member("schema_version", aggregate_schema_version);
    out.member("kind", "aggregate");
    out.member("tool", tool_json());
    out.member("rubric", {{"id", aggregate.rubric_id}, {"title", aggregate.rubric_title}});
    out.member("counts", {{"files", aggregate.teams.size() + aggregate.superseded.size() +
                                        aggregate.skipped.size()},
                          {"teams", aggregate.teams.size()},
                          {"superseded", aggregate.superseded.size()},
                          {"skipped", aggregate.skipped.size()}});
    json phases = json::array();
    for (std::size_t p = 0; p < aggregate.phases.size(); ++p) {
        phases.push_back({{"id", aggregate.phases[p].id},
                          {"name", aggregate.phases[p].name},
                          {"teams", aggregate.phase_counts[p]}});
    }
    out.member("phases", phases);
    out.member("unplaced", aggregate.unplaced);
    json areas = json::array();
    for (std::size_t a = 0; a < aggregate.areas.size(); ++a) {
        areas.push_back({{"id", aggregate.areas[a].id},
                         {"name", aggregate.areas[a].name},
                         {"mean", score_json(aggregate.area_means[a])}});
    }
    out.member("areas", areas);
    out.array("shared_gaps", aggregate.shared_gaps,
              [&](const SharedGap& gap) { return shared_gap_json(aggregate, gap); });
    const auto team = [&](const TeamRow& row) { return team_json(aggregate, row); };
    out.array("teams", aggregate.teams, team);
    out.array("superseded", aggregate.superseded, team);
    out.array("skipped", aggregate.skipped, skipped_json);
    return out.finish();
}

}  // namespace gait
