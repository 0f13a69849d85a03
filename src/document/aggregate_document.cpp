#include "gait/document/aggregate_document.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "document/aggregate_wording.hpp"

namespace gait {
namespace {

// The team's name, a link to its report when reports are written beside the aggregate.
doc::Cell team_cell(const TeamRow& row, std::size_t index, const AggregateView& view) {
    if (index < view.team_reports.size())
        return doc::link_cell(team_name(row), view.team_reports[index]);
    return doc::text_cell(team_name(row));
}

void add_phase_counts(doc::Document& document, const Aggregate& aggregate) {
    document.blocks.push_back(doc::Heading{"phases", "Teams by phase", {}});
    doc::Table table{"phases",
                     {{"Phase", doc::Align::left},
                      {"Teams", doc::Align::right},
                      {"Share", doc::Align::right},
                      {"", doc::Align::left}},
                     {},
                     {},
                     "phase"};
    for (const PhaseCount& count : phase_counts(aggregate)) {
        table.rows.push_back({doc::text_cell(count.name), doc::count_cell(count.teams),
                              doc::share_cell(count.share), doc::bar_cell(count.share)});
    }
    document.blocks.push_back(std::move(table));
}

doc::Item shared_gap_item(const Aggregate& aggregate, const SharedGap& gap) {
    const AggregateQuestion& question = aggregate.questions[gap.question];
    doc::Item item{question.text,
                   question.id,
                   aggregate.phases[question.phase].name,
                   aggregate.areas[question.area].name,
                   {},
                   {{"Blocks", teams_blocked(aggregate, gap), doc::FactKind::brief},
                    {"Teams with it", teams_with_gap(gap), doc::FactKind::brief},
                    {"Shortfall", shortfall_text(gap.shortfall), doc::FactKind::brief}}};
    if (question.essential) item.flags.push_back("essential");
    if (!question.guidance.empty()) {
        item.facts.push_back({"To do", question.guidance, doc::FactKind::long_text});
    }
    return item;
}

void add_shared_gaps(doc::Document& document, const Aggregate& aggregate,
                     const AggregateView& view) {
    document.blocks.push_back(doc::Heading{"shared-gaps", "Gaps most teams share",
                                           gaps_cut(aggregate.shared_gaps.size(), view)});
    doc::Items items{{}, no_shared_gaps, "gap"};
    for (std::size_t i = 0; i < gaps_shown(aggregate.shared_gaps.size(), view); ++i)
        items.items.push_back(shared_gap_item(aggregate, aggregate.shared_gaps[i]));
    document.blocks.push_back(std::move(items));
}

// The teams of one group by phase, with their names.
doc::Table group_phases(const Aggregate& aggregate, const TeamGroup& group, std::size_t number) {
    doc::Table table{
        fmt::format("group-{}-phases", number),
        {{"Phase", doc::Align::left}, {"Teams", doc::Align::right}, {"Which", doc::Align::left}},
        {},
        {},
        "phase"};
    std::vector<std::vector<std::string>> names(aggregate.phases.size() + 1);
    for (const std::uint32_t r : group.teams) {
        const std::optional<std::size_t>& placement = aggregate.teams[r].placement;
        names[placement ? *placement + 1 : 0].push_back(aggregate.teams[r].team);
    }
    for (std::size_t p = 0; p < names.size(); ++p) {
        if (names[p].empty()) continue;
        table.rows.push_back(
            {doc::text_cell(placement_of(aggregate, p == 0 ? std::nullopt : std::optional(p - 1))),
             doc::count_cell(names[p].size()),
             doc::text_cell(capped_list(names[p], group_names_shown))});
    }
    return table;
}

// Per group: its teams by phase and the gaps its teams share.
void add_groups(doc::Document& document, const Aggregate& aggregate, const AggregateView& view) {
    if (aggregate.group_prefix.empty()) return;
    document.blocks.push_back(doc::Heading{"groups", groups_heading(aggregate),
                                           count_of(aggregate.groups.size(), "group")});
    document.blocks.push_back(doc::Paragraph{groups_note(aggregate), doc::Tone::muted});
    for (std::size_t g = 0; g < aggregate.groups.size(); ++g) {
        const TeamGroup& group = aggregate.groups[g];
        document.blocks.push_back(doc::Heading{fmt::format("group-{}", g + 1),
                                               group_name(aggregate, group),
                                               count_of(group.teams.size(), "team")});
        document.blocks.push_back(group_phases(aggregate, group, g + 1));
        document.blocks.push_back(
            doc::Paragraph{group_gaps_note(group.shared_gaps.size(), view), doc::Tone::muted});
        doc::Items items{{}, no_shared_gaps, "gap"};
        for (std::size_t i = 0; i < gaps_shown(group.shared_gaps.size(), view); ++i)
            items.items.push_back(shared_gap_item(aggregate, group.shared_gaps[i]));
        document.blocks.push_back(std::move(items));
    }
}

void add_heatmap(doc::Document& document, const Aggregate& aggregate, const AggregateView& view) {
    document.blocks.push_back(
        doc::Heading{"heatmap", "Teams by area (overall score per area)", {}});
    doc::Table table{"heatmap", {{"Team", doc::Align::left}}, {}, {}, "team"};
    // Numbered keys: a text heatmap of eleven areas fits 80 columns with a key below.
    for (std::size_t a = 0; a < aggregate.areas.size(); ++a)
        table.columns.push_back(
            {aggregate.areas[a].name, doc::Align::right, std::to_string(a + 1)});
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        const TeamRow& row = aggregate.teams[r];
        std::vector<doc::Cell> cells = {team_cell(row, r, view)};
        for (const std::optional<double>& score : row.area_scores)
            cells.push_back(doc::heat_cell(score));
        table.rows.push_back(std::move(cells));
    }
    std::vector<doc::Cell> mean = {doc::text_cell("mean")};
    for (const std::optional<double>& score : aggregate.area_means)
        mean.push_back(doc::heat_cell(score));
    table.footer.push_back(std::move(mean));
    document.blocks.push_back(std::move(table));
}

// How many teams place each area at each phase: the area that keeps most teams
// back stands out. Only teams whose assessments place their areas are counted.
void add_area_placements(doc::Document& document, const Aggregate& aggregate) {
    std::size_t counted = 0;
    for (const std::vector<std::size_t>& counts : aggregate.area_placement_counts) {
        for (const std::size_t count : counts)
            counted = std::max(counted, count);
    }
    if (counted == 0) return;
    document.blocks.push_back(doc::Heading{"area-placements", "Areas by placement (teams)", {}});
    doc::Table table{"area-placements",
                     {{"Area", doc::Align::left}, {"none yet", doc::Align::right}},
                     {},
                     {},
                     "area"};
    for (const AggregateItem& phase : aggregate.phases)
        table.columns.push_back({phase.name, doc::Align::right});
    for (std::size_t a = 0; a < aggregate.areas.size(); ++a) {
        std::vector<doc::Cell> cells = {doc::text_cell(aggregate.areas[a].name)};
        for (const std::size_t count : aggregate.area_placement_counts[a])
            cells.push_back(doc::count_cell(count));
        table.rows.push_back(std::move(cells));
    }
    document.blocks.push_back(std::move(table));
}

// A Target column after Placement, when any team sets a target.
void add_target_column(doc::Table& table, const Aggregate& aggregate) {
    const bool any = std::any_of(aggregate.teams.begin(), aggregate.teams.end(),
                                 [](const TeamRow& row) { return row.target.has_value(); });
    if (!any) return;
    constexpr std::size_t after_placement = 3;
    table.columns.insert(table.columns.begin() + after_placement, {"Target", doc::Align::left});
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        table.rows[r].insert(table.rows[r].begin() + after_placement,
                             doc::text_cell(team_target_text(aggregate, aggregate.teams[r])));
    }
}

void add_teams(doc::Document& document, const Aggregate& aggregate, const AggregateView& view) {
    document.blocks.push_back(doc::Heading{"teams", "Teams", {}});
    doc::Table table{
        "teams",
        {{"Team", doc::Align::left}, {"Date", doc::Align::left}, {"Placement", doc::Align::left}},
        {},
        {},
        "team"};
    for (const AggregateItem& phase : aggregate.phases)
        table.columns.push_back({phase.name, doc::Align::right});
    table.columns.push_back({"Gaps", doc::Align::right});
    table.columns.push_back({"Next phase", doc::Align::left});
    table.columns.push_back({"File", doc::Align::left});
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        const TeamRow& row = aggregate.teams[r];
        std::vector<doc::Cell> cells = {team_cell(row, r, view), doc::text_cell(row.date),
                                        doc::text_cell(placement_of(aggregate, row.placement))};
        for (const std::optional<double>& score : row.phase_scores)
            cells.push_back(doc::score_cell(score));
        cells.push_back(doc::count_cell(row.gaps.size()));
        cells.push_back(doc::text_cell(blocker_text(aggregate, row)));
        cells.push_back(doc::code_cell(row.file));
        table.rows.push_back(std::move(cells));
    }
    add_target_column(table, aggregate);
    document.blocks.push_back(std::move(table));
}

void add_superseded(doc::Document& document, const Aggregate& aggregate) {
    if (aggregate.superseded.empty()) return;
    document.blocks.push_back(
        doc::Heading{"superseded", "Superseded by a later file of the same team", {}});
    doc::Table table{"superseded",
                     {{"File", doc::Align::left},
                      {"Team", doc::Align::left},
                      {"Date", doc::Align::left},
                      {"Superseded by", doc::Align::left}},
                     {},
                     {},
                     "file"};
    for (const TeamRow& row : aggregate.superseded) {
        table.rows.push_back({doc::code_cell(row.file), doc::text_cell(row.team),
                              doc::text_cell(row.date), doc::code_cell(row.superseded_by)});
    }
    document.blocks.push_back(std::move(table));
}

void add_skipped(doc::Document& document, const Aggregate& aggregate) {
    if (aggregate.skipped.empty()) return;
    document.blocks.push_back(
        doc::Heading{"skipped", "Skipped", count_of(aggregate.skipped.size(), "file")});
    doc::Lines lines;
    for (const Diagnostic& skipped : aggregate.skipped)
        lines.lines.push_back(format_diagnostic(skipped));
    document.blocks.push_back(std::move(lines));
}

}  // namespace

doc::Document aggregate_document(const Aggregate& aggregate, const AggregateView& view) {
    doc::Document document;
    const std::string teams = count_of(aggregate.teams.size(), "team");
    document.title = fmt::format("{} · {}", aggregate.rubric_title, teams);
    document.blocks.push_back(doc::Title{document.title, {}, files_read_sentence(aggregate) + "."});
    add_phase_counts(document, aggregate);
    add_shared_gaps(document, aggregate, view);
    add_groups(document, aggregate, view);
    add_heatmap(document, aggregate, view);
    add_area_placements(document, aggregate);
    add_teams(document, aggregate, view);
    add_superseded(document, aggregate);
    add_skipped(document, aggregate);
    return document;
}

}  // namespace gait
