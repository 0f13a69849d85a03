#include <algorithm>

#include <fmt/format.h>

#include "gait/compare_report.hpp"
#include "gait/report_text.hpp"

#include "compare_wording.hpp"
#include "report_wording.hpp"
#include "text_blocks.hpp"

namespace gait {
namespace {

constexpr std::size_t figure_cell = 8;  // width of a before, after or change column

using detail::list_marker;
using detail::section_heading;

std::string render_title(const Comparison& comparison, const TextStyle& style) {
    std::string out = wrap(comparison.after.rubric.title, style.width, "", "");
    out += wrap("Before: " + side_text(comparison.before), style.width, "  ", "    ");
    out += wrap("After: " + side_text(comparison.after), style.width, "  ", "    ");
    return out;
}

std::string render_placement(const Comparison& comparison, const TextStyle& style) {
    const std::string before = placement_name(comparison.before);
    const std::string after = placement_name(comparison.after);
    const Paint tone = comparison.placement_steps > 0   ? Paint::green
                       : comparison.placement_steps < 0 ? Paint::red
                                                        : Paint::bold;
    std::string out = "\n  Placement: " + before + " → " + paint(after, tone, style) + "\n";
    return out + wrap(placement_change_sentence(comparison), style.width, "  ", "  ");
}

std::string render_scores(const std::string& title, const std::vector<ScoreChange>& changes,
                          const TextStyle& style) {
    std::size_t name_width = 10;
    for (const ScoreChange& change : changes)
        name_width = std::max(name_width, display_width(change.name));
    const std::size_t room =
        style.width > 3 * figure_cell + 2 ? style.width - 3 * figure_cell - 2 : 10;
    name_width = std::min(name_width, std::max<std::size_t>(room, 10));
    std::string out = section_heading(title, style);
    out += "  " + std::string(name_width, ' ') + pad_left("before", figure_cell) +
           pad_left("after", figure_cell) + pad_left("change", figure_cell) + "\n";
    for (const ScoreChange& change : changes) {
        const std::string difference = format_change(change.before, change.after);
        const Paint tone = difference.front() == '+'                            ? Paint::green
                           : difference.front() == '-' && difference.size() > 1 ? Paint::red
                                                                                : Paint::dim;
        out += "  " + pad_right(truncate(change.name, name_width), name_width) +
               pad_left(format_score(change.before), figure_cell) +
               pad_left(format_score(change.after), figure_cell) +
               std::string(figure_cell - std::min(figure_cell, difference.size()), ' ') +
               paint(difference, tone, style) + "\n";
    }
    return out;
}

std::string render_question_header(const Result& result, const QuestionOutcome& question,
                                   const std::string& marker, const TextStyle& style) {
    return detail::question_block(marker, question.text,
                                  {question.question, phase_name(result, question.phase),
                                   area_name(result, question.area), question.essential},
                                  style);
}

std::string render_changes(const Comparison& comparison, const std::string& title,
                           const std::vector<QuestionChange>& changes, const TextStyle& style) {
    if (changes.empty()) return {};
    std::string out = section_heading(title + ": " + count_of(changes.size(), "question"), style);
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const QuestionChange& change = changes[i];
        const std::string marker = list_marker(i + 1);
        const std::string indent(marker.size(), ' ');
        if (i > 0) out += '\n';
        out += render_question_header(comparison.after, change.after, marker, style);
        out += wrap(answer_text(change.before) + " → " + answer_text(change.after), style.width,
                    indent, indent + "  ");
        if (shows_note_before(change)) {
            out += wrap("Note before: " + change.before.note, style.width, indent, indent + "  ");
        }
        if (!change.after.note.empty()) {
            out += wrap("Note: " + change.after.note, style.width, indent, indent + "  ");
        }
    }
    return out;
}

std::string render_gaps(const Result& side, const std::string& title, const std::vector<Gap>& gaps,
                        bool with_guidance, const TextStyle& style) {
    std::string out = section_heading(title + ": " + count_of(gaps.size(), "gap"), style);
    if (gaps.empty()) out += "  None.\n";
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        const std::string marker = list_marker(i + 1);
        out += render_question_header(side, gaps[i], marker, style);
        if (with_guidance && !gaps[i].guidance.empty()) {
            const std::string indent(marker.size(), ' ');
            out += wrap("To do: " + gaps[i].guidance, style.width, indent, indent + "  ");
        }
    }
    return out;
}

std::string render_only(const Result& side, const std::string& title,
                        const std::vector<QuestionOutcome>& questions, const TextStyle& style) {
    if (questions.empty()) return {};
    std::string out = section_heading(title + ": " + count_of(questions.size(), "question"), style);
    for (std::size_t i = 0; i < questions.size(); ++i) {
        out += render_question_header(side, questions[i], list_marker(i + 1), style);
    }
    return out;
}

}  // namespace

std::string render_compare_text(const Comparison& raw, const TextStyle& style) {
    // Compared again on printable copies: every text from the files is made safe at once.
    const Comparison comparison = compare(make_printable(raw.before), make_printable(raw.after));
    std::string out = render_title(comparison, style);
    out += render_placement(comparison, style);
    out += render_scores("Phases", comparison.phases, style);
    out += render_scores("Areas (every phase's questions)", comparison.areas, style);
    out += render_changes(comparison, "Improved", comparison.improved, style);
    out += render_changes(comparison, "Regressed", comparison.regressed, style);
    out += render_changes(comparison, "Answer changed, same credit", comparison.changed, style);
    out += render_gaps(comparison.before, "Gaps closed", comparison.gaps_closed, false, style);
    out += render_gaps(comparison.after, "Gaps opened", comparison.gaps_opened, true, style);
    out += render_only(comparison.before, "Only in the old rubric version", comparison.only_before,
                       style);
    out += render_only(comparison.after, "Only in the new rubric version", comparison.only_after,
                       style);
    return out;
}

}  // namespace gait
