#include <fmt/format.h>

#include "gait/aggregate_report.hpp"

#include "aggregate_wording.hpp"
#include "markdown_text.hpp"

namespace gait {
namespace {

std::string render_title(const Aggregate& aggregate) {
    return fmt::format("# {} · {}\n\n{}.\n\n", markdown_escape(aggregate.rubric_title),
                       count_of(aggregate.teams.size(), "team"), files_read_sentence(aggregate));
}

// A table of a row per `noun`, collapsed when it is long.
std::string render_table(const std::string& heading, const std::string& table, std::size_t rows,
                         const char* noun) {
    return "## " + heading + "\n\n" + markdown_fold(table + "\n", rows, noun, open_table_rows);
}

std::string render_phase_counts(const Aggregate& aggregate) {
    std::string out =
        "## Teams by phase\n\n" + markdown_table_head({"Phase", "Teams", "Share"}, "lrr");
    for (const PhaseCount& count : phase_counts(aggregate)) {
        out += markdown_row(
            {markdown_escape(count.name), std::to_string(count.teams), share_text(count.share)});
    }
    return out + "\n";
}

std::string render_shared_gap(const Aggregate& aggregate, const SharedGap& gap,
                              std::size_t number) {
    const AggregateQuestion& question = aggregate.questions[gap.question];
    const std::string facts =
        fmt::format("{} · {} · {} · blocks {} · shortfall {}", markdown_code(question.id),
                    markdown_escape(aggregate.phases[question.phase].name),
                    markdown_escape(aggregate.areas[question.area].name), teams_blocked(gap),
                    shortfall_text(gap.shortfall));
    return markdown_item(number, markdown_escape(question.text), question.essential, facts,
                         markdown_detail("What to do", question.guidance));
}

std::string render_shared_gaps(const Aggregate& aggregate, const AggregateView& view) {
    const std::string cut = gaps_cut(aggregate, view);
    std::string out = "## Gaps most teams share" + (cut.empty() ? "" : " (" + cut + ")") + "\n\n";
    if (aggregate.shared_gaps.empty()) out += std::string(no_shared_gaps) + "\n\n";
    for (std::size_t i = 0; i < gaps_shown(aggregate, view); ++i)
        out += render_shared_gap(aggregate, aggregate.shared_gaps[i], i + 1);
    return out;
}

std::string render_heatmap(const Aggregate& aggregate) {
    std::vector<std::string> headings = {"Team"};
    for (const AggregateItem& area : aggregate.areas)
        headings.push_back(markdown_escape(area.name));
    std::string table =
        markdown_table_head(headings, "l" + std::string(aggregate.areas.size(), 'r'));
    for (const TeamRow& row : aggregate.teams) {
        std::vector<std::string> cells = {markdown_escape(row.team)};
        for (const std::optional<double>& score : row.area_scores)
            cells.push_back(format_score(score));
        table += markdown_row(cells);
    }
    std::vector<std::string> means = {"**mean**"};
    for (const std::optional<double>& mean : aggregate.area_means)
        means.push_back(format_score(mean));
    table += markdown_row(means);
    return render_table("Teams by area (overall score per area)", table, aggregate.teams.size(),
                        "team");
}

std::string render_teams(const Aggregate& aggregate) {
    std::vector<std::string> headings = {"Team", "Date", "Placement"};
    for (const AggregateItem& phase : aggregate.phases)
        headings.push_back(markdown_escape(phase.name));
    headings.insert(headings.end(), {"Gaps", "File"});
    std::string table =
        markdown_table_head(headings, "lll" + std::string(aggregate.phases.size(), 'r') + "rl");
    for (const TeamRow& row : aggregate.teams) {
        std::vector<std::string> cells = {markdown_escape(row.team), markdown_escape(row.date),
                                          markdown_escape(placement_of(aggregate, row.placement))};
        for (const std::optional<double>& score : row.phase_scores)
            cells.push_back(format_score(score));
        cells.push_back(std::to_string(row.gaps.size()));
        cells.push_back(markdown_code(row.file));
        table += markdown_row(cells);
    }
    return render_table("Teams", table, aggregate.teams.size(), "team");
}

std::string render_superseded(const Aggregate& aggregate) {
    std::string table = markdown_table_head({"File", "Team", "Date", "Superseded by"}, "llll");
    for (const TeamRow& row : aggregate.superseded) {
        table += markdown_row({markdown_code(row.file), markdown_escape(row.team),
                               markdown_escape(row.date), markdown_code(row.superseded_by)});
    }
    return render_table("Superseded by a newer file of the same team", table,
                        aggregate.superseded.size(), "file");
}

std::string render_skipped(const Aggregate& aggregate) {
    const std::string files = count_of(aggregate.skipped.size(), "file");
    std::string list;
    for (const Diagnostic& skipped : aggregate.skipped)
        list += "- " + markdown_escape(format_diagnostic(skipped)) + "\n";
    return "## Skipped: " + files + "\n\n" +
           markdown_fold(list + "\n", aggregate.skipped.size(), "file", open_list_items);
}

}  // namespace

std::string render_aggregate_markdown(const Aggregate& aggregate, const AggregateView& view) {
    return markdown_end(
        write_aggregate(aggregate, view,
                        {render_title, render_phase_counts, render_shared_gaps, render_heatmap,
                         render_teams, render_superseded, render_skipped}));
}

}  // namespace gait
