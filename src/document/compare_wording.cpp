#include "document/compare_wording.hpp"

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "document/report_wording.hpp"

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

std::string placement_change_sentence(const Comparison& comparison) {
    const std::string before = placement_name(comparison.before, comparison.before.placement);
    const std::string after = placement_name(comparison.after, comparison.after.placement);
    if (comparison.placement_steps > 0)
        return fmt::format("Moved up from {} to {}.", before, after);
    if (comparison.placement_steps < 0) {
        return fmt::format("Moved down from {} to {}.", before, after);
    }
    if (!comparison.after.placement) return "Still before the first phase.";
    return fmt::format("Stayed at {}.", after);
}

}  // namespace gait
