#pragma once

#include <string>
#include <vector>

#include "gait/load/rubric.hpp"
#include "gait/score/aggregate.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait {

// The files an aggregate reads: each path as given, and for a directory every
// .yaml, .yml and .json file under it, recursively, sorted by path. A file
// named twice is read once. A directory that cannot be listed is a problem.
std::vector<std::string> collect_team_files(const std::vector<std::string>& paths,
                                            std::vector<Diagnostic>& problems);

struct AggregateOptions {
    bool keep_all = false;  // count every file, even a team's older ones
    unsigned jobs = 0;      // files read at once; 0 for one per core
};

// Reads each file as an assessment (answers scored against `rubric`, or a saved
// report), several at once, and aggregates them in the order given. A file that
// cannot be read is skipped with its reason; the others still count. The
// aggregate's rubric is `rubric` when `rubric_id_fixed`, else the first file's.
Aggregate aggregate_files(const std::vector<std::string>& files, const Rubric& rubric,
                          bool rubric_id_fixed, const AggregateOptions& options);

}  // namespace gait
