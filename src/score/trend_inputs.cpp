#include <algorithm>
#include <optional>
#include <utility>

#include "gait/score/assessment_groups.hpp"
#include "gait/score/respondents.hpp"
#include "gait/score/scoring.hpp"
#include "gait/score/trend.hpp"

namespace gait {
namespace {

// How a merged point names its files: each, or the first and how many more.
std::string merged_name(const std::vector<const ReadAssessment*>& members) {
    constexpr std::size_t named = 3;
    std::string name = members.front()->file;
    for (std::size_t m = 1; m < std::min(members.size(), named); ++m)
        name += " + " + members[m]->file;
    if (members.size() > named) name += " + " + std::to_string(members.size() - named) + " more";
    return name;
}

// The point of several respondents' files: the latest commit among them.
TrendInput merged_input(const Rubric& rubric, const MergedAnswers& merged,
                        const std::vector<const ReadAssessment*>& members) {
    const ReadAssessment* latest = *std::max_element(
        members.begin(), members.end(),
        [](const ReadAssessment* a, const ReadAssessment* b) { return a->time < b->time; });
    return {merged_name(members), latest->commit, latest->time, score_merged(rubric, merged)};
}

}  // namespace

std::vector<TrendInput> trend_inputs(const Rubric& rubric, std::vector<ReadAssessment> read,
                                     QuestionTexts& texts, std::vector<Diagnostic>& problems) {
    // Each input takes the place of its last file in `read`, so the order of the
    // files still says which of one day's assessments came later.
    std::vector<std::optional<TrendInput>> slots(read.size());
    std::vector<Answers> answers;
    std::vector<std::size_t> answered;  // each answers' place in `read`
    for (std::size_t r = 0; r < read.size(); ++r) {
        ReadAssessment& assessment = read[r];
        if (Result* report = std::get_if<Result>(&assessment.assessment)) {
            keep_what_a_trend_needs(*report, texts);
            slots[r] =
                TrendInput{assessment.file, assessment.commit, assessment.time, std::move(*report)};
        } else {
            answers.push_back(std::move(std::get<Answers>(assessment.assessment)));
            answered.push_back(r);
        }
    }
    for (AssessmentGroup& group : group_assessments(rubric, answers, MergeRule::median, problems)) {
        std::vector<const ReadAssessment*> members;
        for (const std::size_t f : group.files)
            members.push_back(&read[answered[f]]);
        const ReadAssessment& one = *members.front();
        TrendInput input = group.merged ? merged_input(rubric, *group.merged, members)
                                        : TrendInput{one.file, one.commit, one.time,
                                                     score(rubric, answers[group.files.front()])};
        keep_what_a_trend_needs(input.result, texts);
        slots[answered[group.files.back()]] = std::move(input);
        for (const std::size_t f : group.files)  // scored: the answers go as the points come
            answers[f] = Answers();
        group.merged.reset();
    }
    std::vector<TrendInput> inputs;
    for (std::optional<TrendInput>& slot : slots)
        if (slot) inputs.push_back(std::move(*slot));
    return inputs;
}

}  // namespace gait
