#include <cctype>

#include <fmt/format.h>

#include "gait/compare_report.hpp"

#include "compare_wording.hpp"
#include "html_page.hpp"
#include "report_wording.hpp"

namespace gait {
namespace {

using html::esc;

// A heading's id from its words: "Answer changed, same credit" -> "answer-changed-same-credit".
std::string id_of(const std::string& title) {
    std::string id;
    for (const char c : title) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (c == ' ' && !id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    return id;
}

// The class of a change cell, read from the figure (format_change) so that
// the color never disagrees with it.
const char* trend_class(const std::string& change) {
    if (change.size() > 1 && change.front() == '+') return "up";
    if (change.size() > 1 && change.front() == '-') return "down";
    return "flat";
}

std::string render_header(const Comparison& comparison) {
    std::string out = fmt::format("<header>\n<h1>{}</h1>\n<dl class=\"meta\">\n",
                                  esc(comparison.after.rubric.title));
    out +=
        fmt::format("<div><dt>Before</dt><dd>{}</dd></div>\n", esc(side_text(comparison.before)));
    out += fmt::format("<div><dt>After</dt><dd>{}</dd></div>\n", esc(side_text(comparison.after)));
    return out + "</dl>\n</header>\n";
}

// The placement's name in large type: capitalized, as in the team report.
std::string display_name(const Result& side) {
    return side.placement ? placement_name(side) : "None yet";
}

std::string render_placement(const Comparison& comparison) {
    const int steps = comparison.placement_steps;
    const char* tone = steps > 0 ? " up" : steps < 0 ? " down" : "";
    std::string out = fmt::format(
        "<section class=\"placement{}\" aria-labelledby=\"placement-name\">\n"
        "<p class=\"label\">Placement</p>\n",
        tone);
    out += fmt::format(
        "<p class=\"name\" id=\"placement-name\"><span class=\"from\">{}</span> → {}</p>\n",
        esc(display_name(comparison.before)), esc(display_name(comparison.after)));
    out += fmt::format("<p class=\"summary\">{}</p>\n", esc(placement_change_sentence(comparison)));
    return out + "</section>\n";
}

std::string change_cell(const ScoreChange& change) {
    const std::string difference = format_change(change.before, change.after);
    // The sign says what the color says, for those who cannot tell the colors apart.
    return fmt::format("<td class=\"n change {}\">{}</td>", trend_class(difference),
                       difference == "-" ? html::score_text(std::nullopt) : difference);
}

std::string render_scores(const std::string& title, const std::string& column,
                          const std::vector<ScoreChange>& changes) {
    std::string table =
        html::table_head("plain", {esc(column), "Before", "After", "Change"}, "lrrr");
    for (const ScoreChange& change : changes) {
        table += fmt::format(
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td>{}</tr>\n",
            esc(change.name), html::score_text(change.before), html::score_text(change.after),
            change_cell(change));
    }
    table += "</tbody>\n</table>\n";
    const std::string id = id_of(column) + "s";
    return html::section(id, esc(title), html::scroll_box(id, table));
}

html::QuestionHead head_of(const Result& side, const QuestionOutcome& question) {
    return {question.text, question.question, phase_name(side, question.phase),
            area_name(side, question.area), question.essential};
}

std::string render_list(const std::string& title, const std::string& items, std::size_t count,
                        const char* noun) {
    const std::string body = items.empty() ? "<p class=\"muted\">None.</p>\n"
                                           : "<ol class=\"gaps\">\n" + items + "</ol>\n";
    return html::section(id_of(title), html::with_count(esc(title), count_of(count, noun)), body);
}

std::string render_changes(const Comparison& comparison, const ChangeList& list) {
    std::string items;
    for (const QuestionChange& change : *list.changes) {
        std::string facts = html::fact("Before", esc(answer_text(change.before)));
        facts += html::fact("After", esc(answer_text(change.after)));
        if (shows_note_before(change)) {
            facts += html::fact("Note before", esc(change.before.note), true);
        }
        if (!change.after.note.empty()) facts += html::fact("Note", esc(change.after.note), true);
        items += html::question_item(head_of(comparison.after, change.after), facts);
    }
    return render_list(list.title, items, list.changes->size(), "question");
}

std::string render_gaps(const GapList& list) {
    std::string items;
    for (const Gap& gap : *list.gaps) {
        const bool guidance = list.with_guidance && !gap.guidance.empty();
        items += html::question_item(head_of(*list.side, gap),
                                     guidance ? html::fact("To do", esc(gap.guidance), true) : "");
    }
    return render_list(list.title, items, list.gaps->size(), "gap");
}

std::string render_only(const OnlyList& list) {
    std::string items;
    for (const QuestionOutcome& question : *list.questions)
        items += html::question_item(head_of(*list.side, question), "");
    return render_list(list.title, items, list.questions->size(), "question");
}

}  // namespace

std::string render_compare_html(const Comparison& comparison) {
    const std::string out = write_comparison(
        comparison,
        {render_header, render_placement, render_scores, render_changes, render_gaps, render_only});
    const std::string title = fmt::format("{} · {} · {} → {}", esc(comparison.after.team),
                                          esc(comparison.after.rubric.title),
                                          esc(comparison.before.date), esc(comparison.after.date));
    return html::page(title, out, html::Sheet::summary);
}

}  // namespace gait
