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

json aggregate_to_json(const Aggregate& aggregate) {
    json out;
    out["schema_version"] = aggregate_schema_version;
    out["kind"] = "aggregate";
    out["tool"] = tool_json();
    out["rubric"] = {{"id", aggregate.rubric_id}, {"title", aggregate.rubric_title}};
    out["counts"] = {
        {"files", aggregate.teams.size() + aggregate.superseded.size() + aggregate.skipped.size()},
        {"teams", aggregate.teams.size()},
        {"superseded", aggregate.superseded.size()},
        {"skipped", aggregate.skipped.size()}};
    out["phases"] = json::array();
    for (std::size_t p = 0; p < aggregate.phases.size(); ++p) {
        out["phases"].push_back({{"id", aggregate.phases[p].id},
                                 {"name", aggregate.phases[p].name},
                                 {"teams", aggregate.phase_counts[p]}});
    }
    out["unplaced"] = aggregate.unplaced;
    out["areas"] = json::array();
    for (std::size_t a = 0; a < aggregate.areas.size(); ++a) {
        out["areas"].push_back({{"id", aggregate.areas[a].id},
                                {"name", aggregate.areas[a].name},
                                {"mean", score_json(aggregate.area_means[a])}});
    }
    out["shared_gaps"] = json::array();
    for (const SharedGap& gap : aggregate.shared_gaps)
        out["shared_gaps"].push_back(shared_gap_json(aggregate, gap));
    out["teams"] = json::array();
    for (const TeamRow& row : aggregate.teams)
        out["teams"].push_back(team_json(aggregate, row));
    out["superseded"] = json::array();
    for (const TeamRow& row : aggregate.superseded)
        out["superseded"].push_back(team_json(aggregate, row));
    out["skipped"] = json::array();
    for (const Diagnostic& skipped : aggregate.skipped)
        out["skipped"].push_back(skipped_json(skipped));
    return out;
}

std::string render_aggregate_json(const Aggregate& aggregate) {
    return dump_json(aggregate_to_json(aggregate));
}

}  // namespace gait
