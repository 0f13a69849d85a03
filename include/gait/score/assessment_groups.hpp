#pragma once

// Which loaded answers files form which assessments: one file is one team's
// assessment, and several respondents' files of one team and one date are one
// merged assessment. Shared by aggregate and trend.

#include <cstddef>
#include <optional>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/respondents.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait {

// One assessment: a file, or several respondents' files merged.
struct AssessmentGroup {
    std::vector<std::size_t> files;       // indices into the files given, in their order
    std::optional<MergedAnswers> merged;  // when several files merged; empty for one file
};

// Groups `files` (answers to `rubric`) by team and date, in the order each group
// first appears, and merges each group of several with `rule`. Of one
// respondent's several files in a group (two files without a respondent count
// as one respondent's), the earlier ones in `files` are groups of their own,
// each with the reason in `problems`, so the caller's rule for a team's several
// assessments of one date (the later counts) supersedes them; the respondents'
// latest files merge. A group that still cannot merge (check_one_team) stays
// one group per file, the reason in `problems`.
std::vector<AssessmentGroup> group_assessments(const Rubric& rubric,
                                               const std::vector<Answers>& files, MergeRule rule,
                                               std::vector<Diagnostic>& problems);

}  // namespace gait
