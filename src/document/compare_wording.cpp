#include "document/compare_wording.hpp"

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

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

}  // namespace gait
