#include "compare_wording.hpp"

#include <fmt/format.h>

#include "gait/text_format.hpp"

namespace gait {

std::string answer_text(const QuestionOutcome& outcome) {
    if (!outcome.answer) return "unanswered";
    return fmt::format("{} ({})", outcome.answer_label,
                       outcome.value ? format_score(outcome.value) : "n/a");
}

std::string side_text(const Result& side) {
    return fmt::format("{} · {} · rubric {}", side.team, side.date, side.rubric.version);
}

bool shows_note_before(const QuestionChange& change) {
    return !change.before.note.empty() && change.before.note != change.after.note;
}

std::string write_comparison(const Comparison& comparison, const CompareWriter& writer) {
    std::string out = writer.title(comparison) + writer.placement(comparison);
    out += writer.scores("Phases", "Phase", comparison.phases);
    out += writer.scores("Areas (every phase's questions)", "Area", comparison.areas);
    const ChangeList changes[] = {{"Improved", &comparison.improved},
                                  {"Regressed", &comparison.regressed},
                                  {"Answer changed, same credit", &comparison.changed}};
    for (const ChangeList& list : changes) {
        if (!list.changes->empty()) out += writer.changes(comparison, list);
    }
    out += writer.gaps({"Gaps closed", &comparison.before, &comparison.gaps_closed, false});
    out += writer.gaps({"Gaps opened", &comparison.after, &comparison.gaps_opened, true});
    const OnlyList only[] = {
        {"Only in the old rubric version", &comparison.before, &comparison.only_before},
        {"Only in the new rubric version", &comparison.after, &comparison.only_after}};
    for (const OnlyList& list : only) {
        if (!list.questions->empty()) out += writer.only(list);
    }
    return out;
}

}  // namespace gait
