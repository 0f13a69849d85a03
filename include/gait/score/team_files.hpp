#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gait/load/rubric.hpp"
#include "gait/score/aggregate.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"

namespace gait {

// Whether a symbolic link found in a folder is read (a link named on the
// command line always is).
enum class FolderLinks { skipped, followed };

// A file to read, and what it may be (util/file_io.hpp).
struct TeamFile {
    std::string path;
    FileKinds kinds = FileKinds::any;  // any when named, regular when found in a folder
    // Standard input's text, read once by keep_standard_input: it cannot be read
    // twice, and an aggregate reads again the files of a team it merges.
    std::optional<std::string> text;
};

// The file's text: `text` when kept, else read (read_file, at most `limit` bytes).
std::string read_team_file(const TeamFile& file, std::size_t limit);

// Reads standard input ("-") among `files` once, into its `text`; when it cannot
// be read, it is left out and the reason added to `problems`.
void keep_standard_input(std::vector<TeamFile>& files, std::vector<Diagnostic>& problems);

// The files an aggregate reads: each path as given, and for a directory every
// .yaml, .yml and .json file under it (hidden ones too), recursively, sorted by
// path. A folder is a boundary: a symbolic link in it is a problem, not read,
// unless links are followed (a link to a folder is never walked, so a loop
// cannot make the walk endless); a FIFO, device or socket is a problem too.
// A file named twice, by any spelling (the same device and inode), is read
// once. A directory that cannot be listed is a problem.
std::vector<TeamFile> collect_team_files(const std::vector<std::string>& paths,
                                         std::vector<Diagnostic>& problems,
                                         FolderLinks links = FolderLinks::skipped);

// Called with the files read so far and the files in all, after each file, on
// the thread that called aggregate_files: the core draws nothing itself.
using AggregateProgress = std::function<void(std::size_t read, std::size_t total)>;

struct AggregateOptions {
    bool keep_all = false;       // count every file, even a team's older ones
    unsigned jobs = 0;           // files read at once; 0 for one per core
    AggregateProgress progress;  // empty: no one is told
};

// Reads each file as an assessment (answers scored against `rubric`, or a saved
// report), several at once, and aggregates them in the order given. A file that
// cannot be read is skipped with its reason; the others still count. The
// aggregate's rubric is `rubric` when `rubric_id_fixed`, else the first file's.
Aggregate aggregate_files(const std::vector<TeamFile>& files, const Rubric& rubric,
                          bool rubric_id_fixed, const AggregateOptions& options);

}  // namespace gait
