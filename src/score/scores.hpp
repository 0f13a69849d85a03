#pragma once

// What scoring decides, held as pointers into the rubric and the answers: the
// full report (score()) and an aggregate's summary of one team are both made
// from it, each copying only the text it needs.

#include <cstddef>
#include <optional>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"

namespace gait::detail {

struct ScoredQuestion {
    const Phase* phase = nullptr;
    const Question* question = nullptr;
    const Answer* answer = nullptr;       // nullptr when the file does not mention it
    const ScaleChoice* choice = nullptr;  // nullptr when unanswered
    std::size_t phase_index = 0;          // into the rubric's phases
    std::size_t area_index = 0;           // into the rubric's areas
};

struct PhaseTally {
    std::optional<double> score;  // weighted mean, four decimals; empty: nothing applies
    bool achieved = false;
    std::vector<const Question*> essentials_missing;
    std::vector<std::size_t> areas_below_floor;  // indices into the rubric's areas
};

struct GapRef {
    std::size_t question = 0;  // index into Scores::questions
    GapKind kind = GapKind::hold;
};

struct Scores {
    std::vector<ScoredQuestion> questions;                          // in rubric order
    std::vector<PhaseTally> phases;                                 // by rubric phase
    std::vector<std::vector<std::optional<double>>> area_by_phase;  // [area][phase]
    std::vector<std::optional<double>> area_overall;                // by rubric area
    std::vector<std::vector<bool>> area_holds;                      // [area][phase]
    std::vector<std::optional<std::size_t>> area_placement;         // by rubric area
    std::optional<std::size_t> placement;  // index into phases; empty: before the first
    std::optional<std::size_t> next;       // index into phases; empty: the last is held
    std::vector<GapRef> gaps;              // to hold first, then to reach; each by priority
};

// The rules of docs/scoring.md. The rubric and the answers must outlive the result.
Scores compute_scores(const Rubric& rubric, const Answers& answers);

// weight x (1 - value): the credit a gap lacks; an unanswered question has value 0.
double shortfall(double weight, std::optional<double> value);
double shortfall(const ScoredQuestion& scored);

}  // namespace gait::detail
