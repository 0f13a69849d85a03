#pragma once

// Several respondents of one team, one rubric: their answers merged into the
// team's, question by question, and the report that says who took part and
// where they disagree. Pure functions, no I/O (docs/scoring.md, "Several
// respondents").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/model/result.hpp"

namespace gait {

// How the respondents' values to a question become the team's.
enum class MergeRule { median, min, mean };
// "median", "min", "mean"; empty for any other name.
std::optional<MergeRule> merge_rule_named(std::string_view name);
const char* merge_rule_name(MergeRule rule);

// Each respondent's answer to one question, and how far apart they are.
struct QuestionRespondents {
    std::string question;                   // the question's id
    std::vector<RespondentAnswer> answers;  // one per respondent, in the order of their files
    Spread spread;
};

// Several respondents' answers merged into one team's.
struct MergedAnswers {
    // The team's answers: each question's merged value on an Answer (Answer::value,
    // with the nearest choice), no note; the rubric and team of the files, their latest date.
    Answers answers;
    MergeRule rule = MergeRule::median;
    std::vector<std::string> respondents;     // each file's respondent, in order
    std::vector<QuestionRespondents> detail;  // every question, in rubric order
};

// Refuses files that are not one team's answers to one rubric, or two files of
// the same respondent (most likely an older and a newer file of one person):
// Error naming both files and what differs.
void check_one_team(const std::vector<Answers>& files);

// Merges the files' answers, all checked against `rubric` (check_one_team
// first). A question's merged value is the rule's over the values given; n/a
// wins only when more than half of those who answered said n/a, and is left out
// otherwise; a blank does not count; nobody answered: unanswered.
MergedAnswers merge_respondents(const Rubric& rubric, const std::vector<Answers>& files,
                                MergeRule rule);

// The merged answers scored (score()), with who took part, each question's
// respondents, spread and label ("between Partly and Yes"), and the questions
// to discuss.
Result score_merged(const Rubric& rubric, const MergedAnswers& merged);

}  // namespace gait
