#pragma once

// What the Markdown and HTML comparisons say, in the words of the text one
// (compare_text.cpp). The text is raw: each renderer escapes it. Private.

#include <string>
#include <vector>

#include "gait/compare.hpp"

namespace gait {

// "Half way (0.50)", "Does not apply (n/a)", or "unanswered".
std::string answer_text(const QuestionOutcome& outcome);

// "Payments API · 2026-11-09 · rubric 1.0": one side of the comparison.
std::string side_text(const Result& side);

// Whether a change shows the note of before: only when it said something the
// note of after does not repeat.
bool shows_note_before(const QuestionChange& change);

// The lists of questions of a comparison, as the writers below get them.
struct ChangeList {
    const char* title;
    const std::vector<QuestionChange>* changes;
};

struct GapList {
    const char* title;
    const Result* side;  // the side whose phase and area names the gaps use
    const std::vector<Gap>* gaps;
    bool with_guidance;
};

struct OnlyList {
    const char* title;
    const Result* side;
    const std::vector<QuestionOutcome>* questions;
};

// How one format writes each section of a comparison.
struct CompareWriter {
    std::string (*title)(const Comparison&);
    std::string (*placement)(const Comparison&);
    std::string (*scores)(const std::string& title, const std::string& column,
                          const std::vector<ScoreChange>& changes);
    std::string (*changes)(const Comparison&, const ChangeList&);  // not called when empty
    std::string (*gaps)(const GapList&);                           // called when empty too
    std::string (*only)(const OnlyList&);                          // not called when empty
};

// Every section, in the order and under the titles of the text comparison.
std::string write_comparison(const Comparison& comparison, const CompareWriter& writer);

}  // namespace gait
