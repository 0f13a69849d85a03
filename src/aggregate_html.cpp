#include <fmt/format.h>

#include "gait/aggregate_report.hpp"

#include "aggregate_wording.hpp"
#include "html_page.hpp"

namespace gait {
namespace {

using html::esc;
using html::score_text;

std::string render_header(const Aggregate& aggregate) {
    return fmt::format("<header>\n<h1>{} · {}</h1>\n<p class=\"muted\">{}.</p>\n</header>\n",
                       esc(aggregate.rubric_title), count_of(aggregate.teams.size(), "team"),
                       files_read_sentence(aggregate));
}

// One bar a phase, with the count and the share beside it in figures: a chart
// of a few rows, in CSS, that prints and reads without one.
std::string render_phase_counts(const Aggregate& aggregate) {
    std::string table = html::table_head(
        "plain counts", {"Phase", "Teams", "Share", "<span class=\"sr\">Bar</span>"}, "lrrl");
    for (const PhaseCount& count : phase_counts(aggregate)) {
        table += fmt::format(
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td "
            "class=\"bar-cell\"><span class=\"hbar\" aria-hidden=\"true\"><span style=\"width: "
            "{}%\"></span></span></td></tr>\n",
            esc(count.name), count.teams, share_text(count.share), html::num(count.share * 100));
    }
    table += "</tbody>\n</table>\n";
    return html::section("phases", "Teams by phase", table);
}

std::string render_shared_gap(const Aggregate& aggregate, const SharedGap& gap) {
    const AggregateQuestion& question = aggregate.questions[gap.question];
    std::string facts = html::fact("Blocks", teams_blocked(gap));
    facts += html::fact("Shortfall", shortfall_text(gap.shortfall));
    if (!question.guidance.empty()) facts += html::fact("To do", esc(question.guidance), true);
    return html::question_item({question.text, question.id, aggregate.phases[question.phase].name,
                                aggregate.areas[question.area].name, question.essential},
                               facts);
}

std::string render_shared_gaps(const Aggregate& aggregate, const AggregateView& view) {
    const std::string cut = gaps_cut(aggregate, view);
    const std::string title = "Gaps most teams share";
    std::string body;
    if (aggregate.shared_gaps.empty()) {
        body = fmt::format("<p class=\"none-left\">{}</p>\n", no_shared_gaps);
    } else {
        body = "<ol class=\"gaps\">\n";
        for (std::size_t i = 0; i < gaps_shown(aggregate, view); ++i)
            body += render_shared_gap(aggregate, aggregate.shared_gaps[i]);
        body += "</ol>\n";
    }
    return html::section("shared-gaps", cut.empty() ? title : html::with_count(title, cut), body);
}

// A plain table of cells that are each a heatmap cell: ten thousand teams are
// ten thousand rows, with nothing drawn.
std::string render_heatmap(const Aggregate& aggregate) {
    std::string table = "<table class=\"heatmap\">\n<thead>\n<tr><th scope=\"col\">Team</th>";
    for (const AggregateItem& area : aggregate.areas)
        table += fmt::format("<th scope=\"col\">{}</th>", esc(area.name));
    table += "</tr>\n</thead>\n<tbody>\n";
    for (const TeamRow& row : aggregate.teams) {
        table += fmt::format("<tr><th scope=\"row\">{}</th>", esc(row.team));
        for (const std::optional<double>& score : row.area_scores)
            table += html::heat_cell(score);
        table += "</tr>\n";
    }
    table += "</tbody>\n<tfoot>\n<tr><th scope=\"row\">mean</th>";
    for (const std::optional<double>& mean : aggregate.area_means)
        table += html::heat_cell(mean);
    table += "</tr>\n</tfoot>\n</table>\n";
    return html::section("heatmap", html::with_count("Teams by area", "overall score per area"),
                         html::scroll_box("heatmap", table) + html::color_scale());
}

std::string render_teams(const Aggregate& aggregate) {
    std::vector<std::string> headings = {"Team", "Date", "Placement"};
    for (const AggregateItem& phase : aggregate.phases)
        headings.push_back(esc(phase.name));
    headings.insert(headings.end(), {"Gaps", "File"});
    std::string table = html::table_head("plain", headings,
                                         "lll" + std::string(aggregate.phases.size(), 'r') + "rl");
    for (const TeamRow& row : aggregate.teams) {
        table += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td>", esc(row.team),
                             esc(row.date), esc(placement_of(aggregate, row.placement)));
        for (const std::optional<double>& score : row.phase_scores)
            table += fmt::format("<td class=\"n\">{}</td>", score_text(score));
        table += fmt::format("<td class=\"n\">{}</td><td class=\"file\">{}</td></tr>\n",
                             row.gaps.size(), esc(row.file));
    }
    table += "</tbody>\n</table>\n";
    return html::section("teams", "Teams", html::scroll_box("teams", table));
}

std::string render_superseded(const Aggregate& aggregate) {
    std::string table =
        html::table_head("plain", {"File", "Team", "Date", "Superseded by"}, "llll");
    for (const TeamRow& row : aggregate.superseded) {
        table += fmt::format(
            "<tr><th scope=\"row\" class=\"file\">{}</th><td>{}</td><td>{}</td><td "
            "class=\"file\">{}</td></tr>\n",
            esc(row.file), esc(row.team), esc(row.date), esc(row.superseded_by));
    }
    table += "</tbody>\n</table>\n";
    return html::section("superseded", "Superseded by a newer file of the same team",
                         html::scroll_box("superseded", table));
}

std::string render_skipped(const Aggregate& aggregate) {
    std::string list = "<ul class=\"files\">\n";
    for (const Diagnostic& skipped : aggregate.skipped)
        list += fmt::format("<li>{}</li>\n", esc(format_diagnostic(skipped)));
    list += "</ul>\n";
    return html::section(
        "skipped", html::with_count("Skipped", count_of(aggregate.skipped.size(), "file")), list);
}

}  // namespace

std::string render_aggregate_html(const Aggregate& aggregate, const AggregateView& view) {
    const std::string out =
        write_aggregate(aggregate, view,
                        {render_header, render_phase_counts, render_shared_gaps, render_heatmap,
                         render_teams, render_superseded, render_skipped});
    const std::string title = fmt::format("{} · {}", esc(aggregate.rubric_title),
                                          count_of(aggregate.teams.size(), "team"));
    return html::page(title, out, html::Sheet::summary);
}

}  // namespace gait
