#include "gait/score/exemptions.hpp"

namespace gait {

ExemptionLists exemption_lists(const Result& result) {
    ExemptionLists lists;
    for (const QuestionOutcome& question : result.questions) {
        const bool not_applicable = question.answer && !question.value;
        if (question.lapsed) {
            lists.lapsed.push_back(&question);
        } else if (question.exempt && not_applicable) {
            lists.in_force.push_back(&question);
        } else if (not_applicable && question.reason.empty()) {
            lists.without_reason.push_back(&question);
        }
    }
    return lists;
}

}  // namespace gait
