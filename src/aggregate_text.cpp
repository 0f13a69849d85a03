#include <algorithm>

#include <fmt/format.h>

#include "gait/aggregate_report.hpp"

#include "aggregate_wording.hpp"
#include "text_blocks.hpp"

namespace gait {
namespace {

constexpr std::size_t bar_cells = 30;
constexpr std::size_t score_cell = 8;  // " ▓ 0.62 " : shade and figure
constexpr std::size_t shade_cell = 3;  // " ▓▓" : shade alone, on a narrow terminal

using detail::section_heading;

std::string render_title(const Aggregate& aggregate, const TextStyle& style) {
    std::string out = wrap(fmt::format("{} · {}", printable(aggregate.rubric_title),
                                       count_of(aggregate.teams.size(), "team")),
                           style.width, "", "");
    return out + wrap(files_read_sentence(aggregate), style.width, "  ", "  ");
}

std::string render_phase_counts(const Aggregate& aggregate, const TextStyle& style) {
    const std::vector<PhaseCount> rows = phase_counts(aggregate);
    std::size_t name_width = 0;
    for (const PhaseCount& row : rows)
        name_width = std::max(name_width, display_width(printable(row.name)));
    name_width = std::min<std::size_t>(name_width, 16);
    const bool with_bar = style.width >= name_width + bar_cells + 20;
    std::string out = section_heading("Teams by phase", style);
    for (const PhaseCount& row : rows) {
        out += "  " + pad_right(truncate(printable(row.name), name_width), name_width) + "  ";
        if (with_bar) out += bar(row.share, bar_cells) + "  ";
        out += fmt::format("{:>5}  {:>4}\n", row.teams, share_text(row.share));
    }
    return out;
}

std::string render_shared_gaps(const Aggregate& aggregate, const AggregateView& view,
                               const TextStyle& style) {
    const std::size_t shown = gaps_shown(aggregate, view);
    std::string title = "Gaps most teams share";
    if (!gaps_cut(aggregate, view).empty()) title += " (" + gaps_cut(aggregate, view) + ")";
    std::string out = section_heading(title, style);
    if (aggregate.shared_gaps.empty()) out += std::string("  ") + no_shared_gaps + "\n";
    for (std::size_t i = 0; i < shown; ++i) {
        const SharedGap& gap = aggregate.shared_gaps[i];
        const AggregateQuestion& question = aggregate.questions[gap.question];
        const std::string marker = detail::list_marker(i + 1);
        const std::string indent(marker.size(), ' ');
        if (i > 0) out += '\n';
        out += detail::question_block(
            marker, printable(question.text),
            {question.id, printable(aggregate.phases[question.phase].name),
             printable(aggregate.areas[question.area].name), question.essential},
            style);
        out += wrap(fmt::format("Blocks {}, shortfall {}", teams_blocked(gap),
                                shortfall_text(gap.shortfall)),
                    style.width, indent, indent);
        if (!question.guidance.empty()) {
            out +=
                wrap("To do: " + printable(question.guidance), style.width, indent, indent + "  ");
        }
    }
    return out;
}

// A score as a shade, darker for more: the heatmap of a terminal.
std::string shade(std::optional<double> score) {
    if (!score) return "·";
    if (*score < 0.25) return " ";
    if (*score < 0.5) return "░";
    if (*score < 0.75) return "▒";
    if (*score < 1.0) return "▓";
    return "█";
}

std::string render_heatmap(const Aggregate& aggregate, const TextStyle& style) {
    std::size_t name_width = 12;
    for (const TeamRow& row : aggregate.teams)
        name_width = std::max(name_width, display_width(printable(row.team)));
    name_width = std::min<std::size_t>(name_width, 24);
    const std::size_t areas = aggregate.areas.size();
    const std::size_t cell =
        2 + name_width + areas * score_cell <= style.width ? score_cell : shade_cell;
    std::string out = section_heading("Teams by area (overall score per area)", style);
    out += "  " + std::string(name_width, ' ');
    for (const AggregateItem& area : aggregate.areas)
        out += pad_left(truncate(printable(area.name), cell - 1), cell);
    out += '\n';
    for (const TeamRow& row : aggregate.teams) {
        out += "  " + pad_right(truncate(printable(row.team), name_width), name_width);
        for (const std::optional<double>& score : row.area_scores) {
            const std::string mark = shade(score);
            out += cell == score_cell ? pad_left(mark + " " + format_score(score), cell)
                                      : pad_left(mark + mark, cell);
        }
        out += '\n';
    }
    out += "  " + pad_right("mean", name_width);
    for (const std::optional<double>& mean : aggregate.area_means)
        out += pad_left(cell == score_cell ? format_score(mean) : shade(mean) + shade(mean), cell);
    out +=
        "\n\n  Shades: █ 1.00  ▓ 0.75+  ▒ 0.50+  ░ 0.25+  (blank) below 0.25  · nothing scored\n";
    return out;
}

std::string render_teams(const Aggregate& aggregate, const TextStyle& style) {
    std::string out = section_heading("Teams", style);
    for (const TeamRow& row : aggregate.teams) {
        std::string scores;
        for (std::size_t p = 0; p < aggregate.phases.size(); ++p) {
            if (p > 0) scores += "  ";
            scores += fmt::format("{} {}", printable(aggregate.phases[p].name),
                                  format_score(row.phase_scores[p]));
        }
        out += wrap(fmt::format("{} · {} · {}", printable(row.team), printable(row.date),
                                printable(placement_of(aggregate, row.placement))),
                    style.width, "  ", "    ");
        out += wrap(fmt::format("{} · {} · {}", scores, count_of(row.gaps.size(), "gap"),
                                printable(row.file)),
                    style.width, "    ", "    ");
    }
    return out;
}

std::string render_superseded(const Aggregate& aggregate, const TextStyle& style) {
    if (aggregate.superseded.empty()) return {};
    std::string out = section_heading("Superseded by a newer file of the same team", style);
    for (const TeamRow& row : aggregate.superseded) {
        out += wrap(
            fmt::format("{} ({}, {}): superseded by {}", printable(row.file), printable(row.team),
                        printable(row.date), printable(row.superseded_by)),
            style.width, "  ", "    ");
    }
    return out;
}

std::string render_skipped(const Aggregate& aggregate, const TextStyle& style) {
    if (aggregate.skipped.empty()) return {};
    std::string out =
        section_heading("Skipped: " + count_of(aggregate.skipped.size(), "file"), style);
    for (const Diagnostic& skipped : aggregate.skipped)
        out += wrap(printable(format_diagnostic(skipped)), style.width, "  ", "    ");
    return out;
}

}  // namespace

std::string render_aggregate_text(const Aggregate& aggregate, const AggregateView& view,
                                  const TextStyle& style) {
    std::string out = render_title(aggregate, style);
    out += render_phase_counts(aggregate, style);
    out += render_shared_gaps(aggregate, view, style);
    out += render_heatmap(aggregate, style);
    out += render_teams(aggregate, style);
    out += render_superseded(aggregate, style);
    out += render_skipped(aggregate, style);
    return out;
}

}  // namespace gait
