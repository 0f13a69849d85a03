#include "load/answers_migration.hpp"

#include <algorithm>

namespace gait::detail {

Successors successors_of(const Rubric& rubric, const std::string& old_id) {
    Successors successors;
    for (const Phase& phase : rubric.phases) {
        for (const Question& question : phase.questions) {
            const auto& replaces = question.replaces;
            if (std::find(replaces.begin(), replaces.end(), old_id) != replaces.end())
                return {Successors::renamed, {&question}};
            if (question.split_from == old_id) {
                successors.kind = Successors::split;
                successors.questions.push_back(&question);
            }
        }
    }
    if (successors.kind == Successors::none) {
        for (const RemovedQuestion& removed : rubric.removed) {
            if (removed.id == old_id) return {Successors::removed, {}};
        }
    }
    return successors;
}

}  // namespace gait::detail
