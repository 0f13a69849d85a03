#pragma once

// An aggregate's rows from several respondents' answers files of one team and
// one date, merged into one row (group_assessments) before the aggregate is
// finished: otherwise all but one would count as superseded. Private to src/score/.

#include <vector>

#include "gait/load/rubric.hpp"
#include "gait/score/aggregate.hpp"
#include "gait/score/team_files.hpp"

namespace gait::detail {

// Rereads the answers files of each team and date named by more than one row
// (rare: the rows of one file per team pass through untouched), merges each
// group by the median, and puts one row in place of the group's first. A group
// that cannot merge (the same respondent twice) is left as it was.
void merge_respondent_rows(Aggregate& aggregate, const std::vector<TeamFile>& files,
                           const Rubric& rubric);

}  // namespace gait::detail
