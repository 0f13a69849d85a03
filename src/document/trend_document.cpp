#include "gait/document/trend_document.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "document/trend_wording.hpp"

namespace gait {
namespace {

// A heading of a team's section: the team's name leads it when the trend has several.
doc::Heading heading(const Trend& trend, const TeamTrend& team, const char* id, const char* text,
                     std::string count = {}) {
    const bool several = trend.teams.size() > 1;
    return {several ? team.team + "-" + id : id,
            several ? fmt::format("{}: {}", team.team, text) : text, std::move(count)};
}

std::vector<std::string> labels_of(const TeamTrend& team) {
    std::vector<std::string> labels;
    for (const TrendPoint& point : team.points)
        labels.push_back(point_label(point));
    return labels;
}

// A placement as a step: 0 for none yet, then 1 for the first phase.
std::optional<double> step_of(std::optional<std::size_t> phase) {
    return phase ? double(*phase + 1) : 0.0;
}

doc::Callout placement_callout(const Trend& trend, const TeamTrend& team) {
    const TrendPoint& latest = team.points.back();
    doc::Callout callout{"Placement",
                         std::nullopt,
                         trend_placement_name(trend, latest.placement),
                         doc::Tone::plain,
                         {held_sentence(trend, team)},
                         {},
                         {}};
    if (team.points.size() > 1) {
        const TrendPoint& before = team.points[team.points.size() - 2];
        if (before.placement != latest.placement) {
            callout.from = trend_placement_name(trend, before.placement);
            callout.tone = step_of(latest.placement) > step_of(before.placement) ? doc::Tone::good
                                                                                 : doc::Tone::bad;
        }
    }
    callout.sentences.push_back(latest_move_sentence(trend, team));
    if (!latest.drops.empty()) {
        callout.points_label = "Fell at the latest assessment:";
        for (const PlacementDrop& drop : latest.drops)
            callout.points.push_back(drop_text(drop));
    }
    return callout;
}

doc::Series placement_series(const Trend& trend, const TeamTrend& team) {
    // The timeline table beside it names each point's placement.
    doc::Series series{"placement",         "Placement over time", labels_of(team),
                       {{"Placement", {}}}, {"none yet"},          true};
    for (const AggregateItem& phase : trend.phases)
        series.levels.push_back(phase.name);
    for (const TrendPoint& point : team.points)
        series.lines[0].values.push_back(step_of(point.placement));
    return series;
}

// A line per item (phase or area) that has a score at some point.
doc::Series score_series(const char* id, const char* caption,
                         const std::vector<AggregateItem>& items, const TeamTrend& team,
                         std::vector<std::optional<double>> TrendPoint::*scores) {
    doc::Series series{id, caption, labels_of(team), {}, {}};
    for (std::size_t i = 0; i < items.size(); ++i) {
        doc::SeriesLine line{items[i].name, {}};
        bool any = false;
        for (const TrendPoint& point : team.points) {
            line.values.push_back((point.*scores)[i]);
            any = any || (point.*scores)[i].has_value();
        }
        if (any) series.lines.push_back(std::move(line));
    }
    return series;
}

doc::Table timeline(const Trend& trend, const TeamTrend& team) {
    const bool git = !team.points.front().commit.empty();
    doc::Table table{"timeline", {{"Date", doc::Align::left}}, {}, {}, "assessment"};
    if (git) table.columns.push_back({"Commit", doc::Align::left});
    const bool merged = std::any_of(team.points.begin(), team.points.end(),
                                    [](const TrendPoint& p) { return !p.respondents.empty(); });
    for (const char* column : {"Placement", "Rubric"})
        table.columns.push_back({column, doc::Align::left});
    if (merged) table.columns.push_back({"Respondents", doc::Align::right});
    table.columns.push_back({"Improved", doc::Align::right});
    table.columns.push_back({"Regressed", doc::Align::right});
    for (std::size_t p = 0; p < team.points.size(); ++p) {
        const TrendPoint& point = team.points[p];
        std::vector<doc::Cell> row = {doc::text_cell(point.date)};
        if (git) row.push_back(doc::code_cell(point.commit));
        row.push_back(doc::text_cell(trend_placement_name(trend, point.placement)));
        row.push_back(doc::text_cell(point.rubric_version));
        if (merged)
            row.push_back(doc::count_cell(std::max<std::size_t>(1, point.respondents.size())));
        row.push_back(p == 0 ? doc::text_cell({}) : doc::count_cell(point.improved.size()));
        row.push_back(p == 0 ? doc::text_cell({}) : doc::count_cell(point.regressed.size()));
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string area_placement_text(const Trend& trend, const TrendAreaPlacement& placement) {
    return placement.known ? trend_placement_name(trend, placement.phase) : "-";
}

// Each area's placement at every point, as steps: a line per area that some
// point places. Text draws a step sparkline per area, Markdown a table of the
// placements by date, HTML a step line per area.
doc::Series area_placement_series(const Trend& trend, const TeamTrend& team) {
    doc::Series series{
        "area-placement-steps", "Area placements over time", labels_of(team), {}, {"none yet"}};
    for (const AggregateItem& phase : trend.phases)
        series.levels.push_back(phase.name);
    for (std::size_t a = 0; a < trend.areas.size(); ++a) {
        doc::SeriesLine line{trend.areas[a].name, {}};
        bool any = false;
        for (const TrendPoint& point : team.points) {
            const TrendAreaPlacement& placed = point.area_placements[a];
            line.values.push_back(placed.known ? step_of(placed.phase) : std::nullopt);
            any = any || placed.known;
        }
        if (any) series.lines.push_back(std::move(line));
    }
    return series;
}

// Each area's placement at the latest point, before it, and since when it holds it.
doc::Table area_placements(const Trend& trend, const TeamTrend& team) {
    doc::Table table{"area-placements",
                     {{"Area", doc::Align::left},
                      {"Before", doc::Align::left},
                      {"Now", doc::Align::left},
                      {"Since", doc::Align::left}},
                     {},
                     {},
                     "area"};
    const std::vector<TrendPoint>& points = team.points;
    for (std::size_t a = 0; a < trend.areas.size(); ++a) {
        const TrendAreaPlacement& now = points.back().area_placements[a];
        if (!now.known) continue;
        std::size_t first = points.size() - 1;
        while (first > 0 && points[first - 1].area_placements[a].known &&
               points[first - 1].area_placements[a].phase == now.phase)
            --first;
        const std::string before =
            points.size() > 1
                ? area_placement_text(trend, points[points.size() - 2].area_placements[a])
                : "-";
        table.rows.push_back({doc::text_cell(trend.areas[a].name), doc::text_cell(before),
                              doc::text_cell(area_placement_text(trend, now)),
                              doc::text_cell(points[first].date)});
    }
    return table;
}

doc::Items question_items(const Trend& trend, const std::vector<TrendQuestion>& questions) {
    doc::Items items;
    for (const TrendQuestion& question : questions) {
        std::string area = question.area;
        for (const AggregateItem& item : trend.areas) {
            if (item.id == question.area) area = item.name;
        }
        items.items.push_back(
            {question.text,
             question.question,
             {},
             area,
             {},
             {{"Answer", question.before + " → " + question.after, doc::FactKind::brief}}});
    }
    return items;
}

void add_latest_changes(doc::Document& document, const Trend& trend, const TeamTrend& team) {
    if (team.points.size() < 2) return;
    const TrendPoint& latest = team.points.back();
    const std::string since = team.points[team.points.size() - 2].date;
    for (const auto& [id, verb, list] : {std::tuple{"improved", "Improved", &latest.improved},
                                         std::tuple{"regressed", "Regressed", &latest.regressed}}) {
        if (list->empty()) continue;
        const std::string text = fmt::format("{} since {}", verb, since);
        document.blocks.push_back(
            heading(trend, team, id, text.c_str(), count_of(list->size(), "question")));
        document.blocks.push_back(question_items(trend, *list));
    }
}

void add_superseded(doc::Document& document, const Trend& trend, const TeamTrend& team) {
    if (team.superseded.empty()) return;
    document.blocks.push_back(
        heading(trend, team, "superseded", "Superseded", count_of(team.superseded.size(), "file")));
    doc::Lines lines;
    for (const SupersededPoint& point : team.superseded) {
        lines.lines.push_back(fmt::format("{} ({}): {} of the same date counts", point.file,
                                          point.date, point.superseded_by));
    }
    document.blocks.push_back(std::move(lines));
}

void add_team(doc::Document& document, const Trend& trend, const TeamTrend& team) {
    if (team.points.empty()) return;
    if (trend.teams.size() > 1) document.blocks.push_back(doc::Heading{team.team, team.team, {}});
    document.blocks.push_back(placement_callout(trend, team));
    document.blocks.push_back(
        heading(trend, team, "timeline", "Timeline", count_of(team.points.size(), "assessment")));
    document.blocks.push_back(placement_series(trend, team));
    document.blocks.push_back(timeline(trend, team));
    document.blocks.push_back(heading(trend, team, "phase-scores", "Phase scores"));
    document.blocks.push_back(score_series("phase-scores", "Phase scores over time", trend.phases,
                                           team, &TrendPoint::phase_scores));
    document.blocks.push_back(
        heading(trend, team, "area-scores", "Area scores (every phase's questions)"));
    document.blocks.push_back(score_series("area-scores", "Area scores over time", trend.areas,
                                           team, &TrendPoint::area_scores));
    doc::Table areas = area_placements(trend, team);
    if (!areas.rows.empty()) {
        document.blocks.push_back(heading(trend, team, "area-placements", "Area placements"));
        document.blocks.push_back(area_placement_series(trend, team));
        document.blocks.push_back(std::move(areas));
    }
    add_latest_changes(document, trend, team);
    add_superseded(document, trend, team);
}

}  // namespace

doc::Document trend_document(const Trend& trend) {
    doc::Document document;
    const std::string span = span_text(trend);
    const std::string who =
        trend.teams.size() == 1 ? trend.teams.front().team : count_of(trend.teams.size(), "team");
    document.title = fmt::format("{} · {} · trend {}", who, trend.rubric_title, span);
    std::size_t points = 0;
    for (const TeamTrend& team : trend.teams)
        points += team.points.size();
    doc::Title title{trend.rubric_title + ": trend", {}, {}};
    title.fields.push_back({trend.teams.size() == 1 ? "Team" : "Teams", who});
    title.fields.push_back({"Assessments", fmt::format("{}, {}", points, span)});
    document.blocks.push_back(std::move(title));
    for (const TeamTrend& team : trend.teams)
        add_team(document, trend, team);
    if (!trend.skipped.empty()) {
        document.blocks.push_back(doc::Heading{
            "skipped", "Skipped",
            count_of(trend.skipped.size(), trend.from_git ? "committed version" : "file")});
        doc::Lines lines;
        for (const Diagnostic& skipped : trend.skipped)
            lines.lines.push_back(format_diagnostic(skipped));
        document.blocks.push_back(std::move(lines));
    }
    return document;
}

}  // namespace gait
