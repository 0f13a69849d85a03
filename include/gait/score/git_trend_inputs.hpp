#pragma once

// The points of a trend read from git (gait trend --git): each commit that
// changed any of a team's files is one point, the team as it stands at that
// commit (docs/trend.md, "Git mode").

#include <cstddef>
#include <vector>

#include "gait/load/git_history.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/trend.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait {

struct GitTrendInputs {
    std::vector<TrendInput> points;   // commit by commit, oldest first
    QuestionTexts texts;              // each question's text, kept once (keep_what_a_trend_needs)
    std::vector<Diagnostic> skipped;  // versions that cannot be read, a file's latest excepted
    std::vector<Diagnostic> latest_unreadable;  // versions that cannot be read, a file's latest
    std::size_t readable_commits = 0;  // commits with a version that reads (what --max counts)
};

// Folds `versions` (read_git_history, oldest first) commit by commit into
// points: the latest version of each file is kept (answers, not yet scored);
// a commit makes one point of each team whose files it changed, merging the
// latest version of every file of that team as gait assess merges them
// (median; of one respondent's several files, the one changed last counts),
// scored at once and dated by the commit. A file deleted, or whose latest
// version cannot be read or is of another team, stops counting for a team. A
// saved JSON report is a point of its own. `earlier` versions only set how
// files stand. Throws Error for an answers file or report of another rubric.
GitTrendInputs git_trend_inputs(const Rubric& rubric, std::vector<GitVersion> versions);

}  // namespace gait
