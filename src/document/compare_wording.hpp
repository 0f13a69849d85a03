#pragma once

// Words of the comparison, for its builder (compare_document.cpp). Raw text:
// the writers escape it. Private.

#include <string>
#include <vector>

#include "gait/score/compare.hpp"

namespace gait {

// "Moved up from Crawl to Walk.", "Moved down ...", "Stayed at Walk."
std::string placement_change_sentence(const Comparison& comparison);

// "Half way (0.50)", "Does not apply (n/a)", or "unanswered".
std::string answer_text(const QuestionOutcome& outcome);

// "Payments API · 2026-11-09 · rubric 1.0": one side of the comparison.
std::string side_text(const Result& side);

// Whether a change shows the note of before: only when it said something the
// note of after does not repeat.
bool shows_note_before(const QuestionChange& change);

}  // namespace gait
