#include <fmt/format.h>

#include "gait/compare_report.hpp"

#include "compare_wording.hpp"
#include "markdown_text.hpp"
#include "report_wording.hpp"

namespace gait {
namespace {

std::string render_title(const Comparison& comparison) {
    std::string out = "# " + markdown_escape(comparison.after.rubric.title) + "\n\n";
    out += "- **Before:** " + markdown_escape(side_text(comparison.before)) + "\n";
    out += "- **After:** " + markdown_escape(side_text(comparison.after)) + "\n\n";
    return out;
}

std::string render_placement(const Comparison& comparison) {
    return fmt::format("## Placement: {} → {}\n\n{}\n\n",
                       markdown_escape(placement_name(comparison.before)),
                       markdown_escape(placement_name(comparison.after)),
                       markdown_escape(placement_change_sentence(comparison)));
}

std::string render_scores(const std::string& title, const std::string& column,
                          const std::vector<ScoreChange>& changes) {
    std::string out = "## " + title + "\n\n";
    out += markdown_table_head({column, "Before", "After", "Change"}, "lrrr");
    for (const ScoreChange& change : changes) {
        out +=
            markdown_row({markdown_escape(change.name), format_score(change.before),
                          format_score(change.after), format_change(change.before, change.after)});
    }
    return out + "\n";
}

// "`id` · Phase · Area": where a question stands, in the names of `side`.
std::string where(const Result& side, const QuestionOutcome& question) {
    return fmt::format("{} · {} · {}", markdown_code(question.question),
                       markdown_escape(phase_name(side, question.phase)),
                       markdown_escape(area_name(side, question.area)));
}

std::string render_section(const std::string& heading, const std::string& items, std::size_t count,
                           const char* noun) {
    return fmt::format("## {}: {}\n\n", heading, count_of(count, noun)) +
           markdown_fold(items, count, noun, open_list_items);
}

std::string render_changes(const Comparison& comparison, const ChangeList& list) {
    std::string items;
    for (std::size_t i = 0; i < list.changes->size(); ++i) {
        const QuestionChange& change = (*list.changes)[i];
        const std::string facts =
            fmt::format("{} · answer: {} → {}", where(comparison.after, change.after),
                        markdown_escape(answer_text(change.before)),
                        markdown_escape(answer_text(change.after)));
        const std::string details =
            (shows_note_before(change) ? markdown_detail("Note before", change.before.note) : "") +
            markdown_detail("Note", change.after.note);
        items += markdown_item(i + 1, markdown_escape(change.after.text), change.after.essential,
                               facts, details);
    }
    return render_section(list.title, items, list.changes->size(), "question");
}

std::string render_gaps(const GapList& list) {
    std::string items = list.gaps->empty() ? "None.\n\n" : "";
    for (std::size_t i = 0; i < list.gaps->size(); ++i) {
        const Gap& gap = (*list.gaps)[i];
        const std::string details =
            list.with_guidance ? markdown_detail("What to do", gap.guidance) : "";
        items += markdown_item(i + 1, markdown_escape(gap.text), gap.essential,
                               where(*list.side, gap), details);
    }
    return render_section(list.title, items, list.gaps->size(), "gap");
}

std::string render_only(const OnlyList& list) {
    std::string items;
    for (std::size_t i = 0; i < list.questions->size(); ++i) {
        const QuestionOutcome& question = (*list.questions)[i];
        items += markdown_item(i + 1, markdown_escape(question.text), question.essential,
                               where(*list.side, question), "");
    }
    return render_section(list.title, items, list.questions->size(), "question");
}

}  // namespace

std::string render_compare_markdown(const Comparison& comparison) {
    return markdown_end(write_comparison(comparison, {render_title, render_placement, render_scores,
                                                      render_changes, render_gaps, render_only}));
}

}  // namespace gait
