#include "gait/format/trend_json.hpp"

#include "format/json_writer.hpp"

namespace gait {
namespace {

using json = nlohmann::ordered_json;

json phase_id(const Trend& trend, std::optional<std::size_t> phase) {
    return phase ? json(trend.phases[*phase].id) : json(nullptr);
}

json items_json(const std::vector<AggregateItem>& items) {
    json list = json::array();
    for (const AggregateItem& item : items)
        list.push_back({{"id", item.id}, {"name", item.name}});
    return list;
}

json questions_json(const std::vector<TrendQuestion>& questions) {
    json list = json::array();
    for (const TrendQuestion& question : questions) {
        list.push_back({{"question", question.question},
                        {"area", question.area},
                        {"text", question.text},
                        {"before", question.before},
                        {"after", question.after}});
    }
    return list;
}

json drops_json(const std::vector<PlacementDrop>& drops) {
    json list = json::array();
    for (const PlacementDrop& drop : drops) {
        list.push_back({{"area", drop.area.empty() ? json(nullptr) : json(drop.area)},
                        {"name", drop.name},
                        {"from", drop.from},
                        {"to", drop.to}});
    }
    return list;
}

json point_json(const Trend& trend, const std::string& team, const TrendPoint& point) {
    json phases = json::array();
    for (std::size_t p = 0; p < trend.phases.size(); ++p)
        phases.push_back(
            {{"id", trend.phases[p].id}, {"score", score_json(point.phase_scores[p])}});
    json areas = json::array();
    for (std::size_t a = 0; a < trend.areas.size(); ++a) {
        const TrendAreaPlacement& placed = point.area_placements[a];
        areas.push_back(
            {{"id", trend.areas[a].id},
             {"score", score_json(point.area_scores[a])},
             {"placed", placed.known},
             {"placement", placed.known ? phase_id(trend, placed.phase) : json(nullptr)}});
    }
    return {{"team", team},
            {"file", point.file},
            {"commit", point.commit.empty() ? json(nullptr) : json(point.commit)},
            {"date", point.date},
            {"rubric_version", point.rubric_version},
            {"respondents", point.respondents},
            {"placement", phase_id(trend, point.placement)},
            {"phases", std::move(phases)},
            {"areas", std::move(areas)},
            {"improved", questions_json(point.improved)},
            {"regressed", questions_json(point.regressed)},
            {"drops", drops_json(point.drops)}};
}

json team_json(const Trend& trend, const TeamTrend& team) {
    json superseded = json::array();
    for (const SupersededPoint& point : team.superseded) {
        superseded.push_back(
            {{"file", point.file}, {"date", point.date}, {"superseded_by", point.superseded_by}});
    }
    return {{"team", team.team},
            {"placement",
             team.points.empty() ? json(nullptr) : phase_id(trend, team.points.back().placement)},
            {"held",
             {{"since", team.held.since},
              {"assessments", team.held.assessments},
              {"days", team.held.days}}},
            {"points", team.points.size()},
            {"superseded", std::move(superseded)}};
}

}  // namespace

std::string render_trend_json(const Trend& trend) {
    JsonObjectWriter out;
    out.member("schema_version", trend_schema_version);
    out.member("kind", "trend");
    out.member("tool", tool_json());
    out.member("rubric", {{"id", trend.rubric_id}, {"title", trend.rubric_title}});
    out.member("phases", items_json(trend.phases));
    out.member("areas", items_json(trend.areas));
    out.array("teams", trend.teams, [&](const TeamTrend& team) { return team_json(trend, team); });
    // Every team's points in one flat list, each written on its own: a thousand
    // points never stand as one tree.
    std::vector<std::pair<const std::string*, const TrendPoint*>> points;
    for (const TeamTrend& team : trend.teams) {
        for (const TrendPoint& point : team.points)
            points.emplace_back(&team.team, &point);
    }
    out.array("points", points,
              [&](const auto& point) { return point_json(trend, *point.first, *point.second); });
    out.array("skipped", trend.skipped, diagnostic_json);
    return out.finish();
}

}  // namespace gait
