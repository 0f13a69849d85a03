#pragma once

#include <vector>

#include "gait/model/result.hpp"

namespace gait {

// The questions a report lists for the reasons they are not scored, each in
// rubric order.
struct ExemptionLists {
    std::vector<const QuestionOutcome*> in_force;  // exempt, scored as not applicable
    std::vector<const QuestionOutcome*> lapsed;    // exempt past `until`: scored as unanswered
    // Answered not applicable with no reason (files written before reasons were asked for).
    std::vector<const QuestionOutcome*> without_reason;
    bool empty() const { return in_force.empty() && lapsed.empty() && without_reason.empty(); }
};

// Sorts the result's questions into those lists; the others are in none.
ExemptionLists exemption_lists(const Result& result);

}  // namespace gait
