#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gait {

// One committed version of a file: what `gait trend --git` reads instead of a
// file on disk.
struct GitVersion {
    std::string commit;        // the full object id
    std::string short_commit;  // its first seven hex digits, as `git log --oneline` shows
    std::int64_t time = 0;     // the committer's time, seconds since the epoch
    std::string date;          // the committer's date, YYYY-MM-DD in the commit's own zone
    std::string path;          // the file's path as named: PATH, or PATH/REST for a folder
    std::string text;          // its content at that commit; empty when gone
    bool gone = false;         // the commit deleted the file (or made it other than a file)
    // The file's last change before the commits asked for (--since, --max): how
    // it stood when they start, for a folder's other files; no point of its own.
    bool earlier = false;
};

// What read_git_history read.
struct GitHistory {
    std::vector<GitVersion> versions;  // oldest first; a folder's `earlier` ones first
    bool more = false;                 // `most` left out older commits
};

struct GitHistoryOptions {
    std::string since;     // YYYY-MM-DD: only commits on or after this date; empty for all
    std::size_t most = 0;  // only the latest `most` commits that changed a file; 0 for all
};

// Every committed version of the answers file `path`, or of each .yaml, .yml
// and .json file under the folder `path`, one per commit that changed it,
// oldest first (by committer time, then by git's own order), read from the git
// repository `path` is in with the `git` program, without checking anything
// out. A file's history is followed across renames (git log --follow), a
// folder's is not. A commit that deletes a file gives a version that is
// `gone`. For a folder, each file's last version before the commits chosen by
// `options` comes first, marked `earlier`. Throws Error naming `path` when it
// is not in a git repository, git is missing, or its history cannot be read.
GitHistory read_git_history(const std::string& path, const GitHistoryOptions& options = {});

}  // namespace gait
