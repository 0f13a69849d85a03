#include "gait/load/git_history.hpp"

#include <algorithm>
#include <sys/stat.h>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "gait/util/diagnostic.hpp"
#include "gait/util/limits.hpp"

#include "util/run_program.hpp"

namespace gait {
namespace {

// One file changed by one commit, as `git log --raw` lists it.
struct Change {
    std::string commit;
    std::int64_t time = 0;
    std::string date;
    std::string blob;               // the file's content after the commit; empty when gone
    std::string path;               // from the repository's top
    std::size_t newer_commits = 0;  // commits git listed before this one's
    bool gone = false;              // deleted, or no longer a regular file
    bool earlier = false;           // before the commits asked for: a folder's starting state
};

// Where git runs and what it is asked about.
struct Query {
    std::string directory;  // git -C: the folder, or the file's folder
    std::string pathspec;   // the file's name in it, or "." for the folder
    bool folder = false;
};

// The environment git runs in: no prompt for credentials, no lock taken on a
// repository that may be someone else's, and no pager or replaced objects.
const std::vector<std::string> git_environment = {
    "GIT_TERMINAL_PROMPT=0",    "GIT_OPTIONAL_LOCKS=0",    "GIT_PAGER=cat",
    "GIT_NO_REPLACE_OBJECTS=1", "GIT_LITERAL_PATHSPECS=1", "LC_ALL=C"};

[[noreturn]] void fail(const std::string& path, const std::string& message,
                       const std::string& hint = {}) {
    throw Error({path, 0, 0}, message, hint);
}

// git's first line on standard error, without its "fatal: ".
std::string first_line(const std::string& err) {
    std::string line = err.substr(0, err.find('\n'));
    if (line.rfind("fatal: ", 0) == 0) line.erase(0, 7);
    return line.empty() ? "git failed" : line;
}

std::string git(const Query& query, std::vector<std::string> args, const std::string& input,
                std::size_t most, const std::string& path) {
    args.insert(args.begin(), {"git", "-C", query.directory, "-c", "core.fsmonitor=false"});
    const ProgramOutput output = run_program(args, input, git_environment, most, path);
    if (output.exit_status != 0)
        fail(path, fmt::format("cannot read its git history: {}", first_line(output.err)));
    return output.out;
}

bool is_answers_name(const std::string& path) {
    for (const char* extension : {".yaml", ".yml", ".json"}) {
        const std::string e = extension;
        if (path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0)
            return true;
    }
    return false;
}

// A path not on disk is read from the history alone: a folder deleted since
// (a name without an answers file's extension) is still read as a folder.
Query query_for(const std::string& path) {
    struct stat info {};
    const bool exists = ::stat(path.c_str(), &info) == 0;
    if (exists && S_ISDIR(info.st_mode)) return {path, ".", true};
    const std::size_t slash = path.rfind('/');
    if (slash != std::string::npos && slash + 1 == path.size()) return {path, ".", true};
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::string directory =
        slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
    return {directory, name, !exists && !is_answers_name(name)};
}

// The NUL-terminated field at `at`, moving `at` past it.
std::string field(const std::string& out, std::size_t& at) {
    const std::size_t end = std::min(out.find('\0', at), out.size());
    std::string value = out.substr(at, end - at);
    at = end + 1;
    return value;
}

std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> result;
    std::size_t at = 0;
    while (at < line.size()) {
        const std::size_t end = std::min(line.find(' ', at), line.size());
        result.push_back(line.substr(at, end - at));
        at = end + 1;
    }
    return result;
}

// `git log -z --format=%x1e%H %ct %cI --raw --no-abbrev`: per commit "\x1e" +
// header + "\0", a newline, then ":OLDMODE NEWMODE OLD NEW STATUS\0PATH\0" per
// file it changed, with a second path (the new name) for a rename or copy.
// A file deleted or made other than a regular file is gone.
std::vector<Change> parse_log(const std::string& out) {
    std::vector<Change> changes;
    Change commit;
    std::size_t at = 0;
    while (at < out.size()) {
        if (out[at] == '\n') {
            ++at;
            continue;
        }
        const bool header = out[at] == '\x1e';
        const std::vector<std::string> fields = words(field(out, ++at));
        if (header && fields.size() == 3) {
            commit.commit = fields[0];
            commit.time = std::stoll(fields[1]);
            commit.date = fields[2].substr(0, 10);
            continue;
        }
        Change change = commit;
        change.path = field(out, at);
        const bool renamed = fields.size() == 5 && (fields[4][0] == 'R' || fields[4][0] == 'C');
        if (renamed) change.path = field(out, at);
        const bool regular = fields.size() == 5 && fields[1].rfind("100", 0) == 0;
        change.gone = !regular || fields[4] == "D";
        if (!change.gone) change.blob = fields[3];
        changes.push_back(std::move(change));
    }
    return changes;
}

// Whether a change is one the query asks for; names it from the query's folder.
bool asked_for(Change& change, const std::string& prefix, const Query& query) {
    if (!query.folder) {
        change.path = query.pathspec;  // every name the file had (--follow) is the one asked for
        return true;
    }
    if (change.path.compare(0, prefix.size(), prefix) != 0) return false;
    change.path.erase(0, prefix.size());
    return is_answers_name(change.path);
}

// Keeps the changes of files the query asks for, on or after `since`, of the
// latest `most` commits, and for a folder each file's last change before them
// (`earlier`); earlier ones first, then oldest first.
std::vector<Change> select(std::vector<Change> changes, const std::string& prefix,
                           const Query& query, const GitHistoryOptions& options, bool& more) {
    std::vector<Change> kept;
    std::unordered_set<std::string> started;  // paths whose earlier state is known
    std::size_t commits = 0;
    std::string last_commit;
    for (Change& change : changes) {  // newest first, as git lists them
        if (!asked_for(change, prefix, query)) continue;
        const bool too_old = !options.since.empty() && change.date < options.since;
        if (!too_old && !more && change.commit != last_commit) ++commits;
        if (!too_old) last_commit = change.commit;
        more = more || (options.most != 0 && commits > options.most);
        if (too_old || more) {
            if (!query.folder || !started.insert(change.path).second || change.gone) continue;
            change.earlier = true;
        }
        change.newer_commits = commits;
        kept.push_back(std::move(change));
    }
    // A commit's files stay in git's order (by path).
    std::stable_sort(kept.begin(), kept.end(), [](const Change& a, const Change& b) {
        if (a.earlier != b.earlier) return a.earlier;
        return a.time != b.time ? a.time < b.time : a.newer_commits > b.newer_commits;
    });
    return kept;
}

// The content of each blob, read in one `git cat-file --batch`; at most
// limits::report_bytes each and limits::history_bytes in all.
std::unordered_map<std::string, std::string> read_blobs(const Query& query,
                                                        const std::vector<Change>& changes,
                                                        const std::string& path) {
    std::unordered_map<std::string, std::string> blobs;
    std::string request;
    for (const Change& change : changes)
        if (!change.gone && blobs.emplace(change.blob, std::string()).second)
            request += change.blob + "\n";
    const std::string sizes = git(query, {"cat-file", "--batch-check"}, request, 64 << 20, path);
    std::size_t total = 0;
    for (std::size_t at = 0; at < sizes.size();) {
        const std::size_t end = std::min(sizes.find('\n', at), sizes.size());
        const std::vector<std::string> fields = words(sizes.substr(at, end - at));
        at = end + 1;
        if (fields.size() == 3 && std::stoull(fields[2]) > limits::report_bytes)
            fail(path, fmt::format("a committed version ({}) is larger than {} MiB",
                                   fields[0].substr(0, 7), limits::report_bytes >> 20));
        if (fields.size() == 3) total += std::stoull(fields[2]);
    }
    if (total > limits::history_bytes)
        fail(path,
             fmt::format("its history holds more than {} MiB of answers",
                         limits::history_bytes >> 20),
             "read fewer commits with --since or --max");
    const std::string out = git(query, {"cat-file", "--batch"}, request, total + (1 << 20), path);
    for (std::size_t at = 0; at < out.size();) {  // "OID blob SIZE\nCONTENT\n"
        const std::size_t end = std::min(out.find('\n', at), out.size());
        const std::vector<std::string> fields = words(out.substr(at, end - at));
        at = end + 1;
        if (fields.size() != 3) continue;
        const std::size_t size = std::stoull(fields[2]);
        blobs[fields[0]] = out.substr(at, size);
        at += size + 1;
    }
    return blobs;
}

std::string named_path(const std::string& path, const Query& query, const std::string& file) {
    if (!query.folder) return path;
    return path.back() == '/' ? path + file : path + "/" + file;
}

}  // namespace

GitHistory read_git_history(const std::string& path, const GitHistoryOptions& options) {
    const Query query = query_for(path);
    const std::string top = git(query, {"rev-parse", "--show-prefix"}, {}, 1 << 20, path);
    std::string prefix = top.substr(0, top.find('\n'));
    if (query.folder && query.pathspec != ".") prefix += query.pathspec + "/";
    // A folder is not followed across renames: a file renamed in it is one gone
    // and one added.
    const std::string renames = query.folder ? "--no-renames" : "--follow";
    const std::string log = git(query,
                                {"log", "-z", "--format=%x1e%H %ct %cI", "--raw", "--no-abbrev",
                                 renames, "--no-ext-diff", "--no-textconv", "--", query.pathspec},
                                {}, limits::history_bytes, path);
    GitHistory history;
    const std::vector<Change> changes =
        select(parse_log(log), prefix, query, options, history.more);
    std::unordered_map<std::string, std::string> blobs = read_blobs(query, changes, path);
    history.versions.reserve(changes.size());
    for (const Change& change : changes)
        history.versions.push_back({change.commit, change.commit.substr(0, 7), change.time,
                                    change.date, named_path(path, query, change.path),
                                    change.gone ? std::string() : blobs[change.blob], change.gone,
                                    change.earlier});
    return history;
}

}  // namespace gait
