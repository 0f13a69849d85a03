#include "gait/score/team_files.hpp"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <sys/stat.h>
#include <thread>
#include <variant>

#include <fmt/format.h>

#include "gait/score/assessment.hpp"
#include "gait/util/file_io.hpp"

#include "score/respondent_rows.hpp"

namespace gait {
namespace {

namespace fs = std::filesystem;

// Files read ahead of the one added last, per job: enough to keep every core
// busy, few enough that memory does not grow with the number of files.
constexpr std::size_t files_in_flight_per_job = 32;

// By name: a hidden file named just ".yaml" is one too.
bool is_team_file(const fs::path& path) {
    const std::string name = path.filename().string();
    for (const std::string_view extension : {".yaml", ".yml", ".json"}) {
        if (name.size() >= extension.size() &&
            name.compare(name.size() - extension.size(), extension.size(), extension) == 0)
            return true;
    }
    return false;
}

// Why a folder's entry is not read, quoting nothing from what it points to.
Diagnostic not_read(const fs::path& path, const std::string& why, const std::string& hint = {}) {
    return {{path.generic_string(), 0, 0}, why, hint};
}

// Walks one directory level at a time, so a subdirectory that cannot be read is
// one problem and the rest of the tree is still listed. Symbolic links to
// directories are never walked: a link loop cannot make the walk endless.
void walk_directory(const fs::path& directory, FolderLinks links, std::vector<std::string>& found,
                    std::vector<Diagnostic>& problems) {
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        std::error_code kind_error;
        const fs::file_status own = it->symlink_status(kind_error);
        if (fs::is_directory(own)) {
            walk_directory(it->path(), links, found, problems);
        } else if (!is_team_file(it->path())) {
            continue;
        } else if (fs::is_symlink(own) && links == FolderLinks::skipped) {
            problems.push_back(not_read(it->path(), "is a symbolic link; not followed",
                                        "pass --follow-symlinks to read the file it points to"));
        } else if (fs::is_regular_file(it->status(kind_error))) {
            found.push_back(it->path().generic_string());
        } else if (!fs::is_directory(it->status(kind_error))) {
            problems.push_back(not_read(
                it->path(), "is not a regular file (a FIFO, a device or a socket); not read"));
        }
    }
    if (error) {
        problems.push_back({{directory.generic_string(), 0, 0},
                            "cannot list the directory: " + error.message(),
                            {}});
    }
}

void list_directory(const std::string& directory, FolderLinks links, std::vector<TeamFile>& files,
                    std::vector<Diagnostic>& problems) {
    std::vector<std::string> found;
    walk_directory(directory, links, found, problems);
    std::sort(found.begin(), found.end());
    const FileKinds kinds =
        links == FolderLinks::followed ? FileKinds::regular : FileKinds::regular_not_through_link;
    for (std::string& path : found)
        files.push_back({std::move(path), kinds});
}

// A file by identity: its device and inode, or its spelling when it has none
// (missing, or standard input).
std::string identity_of(const std::string& path) {
    struct stat info {};
    if (path != "-" && ::stat(path.c_str(), &info) == 0)
        return fmt::format("{}:{}", info.st_dev, info.st_ino);
    return "path:" + fs::path(path).lexically_normal().generic_string();
}

// One file's summary, or why it was skipped.
struct Outcome {
    std::optional<TeamSummary> summary;
    std::optional<Diagnostic> problem;
};

TeamSummary summarize_file(const TeamFile& file, const Rubric& rubric) {
    const std::string name = input_name(file.path);
    std::variant<Result, Answers> assessment =
        read_assessment(read_team_file(file, limits::report_bytes), name, rubric);
    if (Result* report = std::get_if<Result>(&assessment))
        return summarize(std::move(*report), name);
    return summarize(rubric, std::get<Answers>(assessment), name);
}

Outcome read_team(const TeamFile& file, const Rubric& rubric) {
    try {
        return {summarize_file(file, rubric), std::nullopt};
    } catch (const Error& e) {
        return {std::nullopt, e.diagnostic()};
    } catch (const std::exception& e) {  // out of memory and the like: one file, not the run
        return {std::nullopt, Diagnostic{{file.path, 0, 0}, e.what(), {}}};
    }
}

// Reads files with `jobs` threads, the caller's among them, and hands each
// outcome to `take` in input order. At most `window` files are read ahead of the
// one taken last, so memory does not grow with the number of files. No thread
// waits at a batch boundary: when the next file in order is not ready yet, the
// caller reads another one itself rather than wait for it.
class OrderedReader {
  public:
    OrderedReader(const std::vector<TeamFile>& files, const Rubric& rubric, std::size_t window)
        : files_(files), rubric_(rubric), slots_(window) {}

    template <typename Take>
    void run(unsigned jobs, Take take) {
        std::vector<std::thread> workers;
        try {
            for (unsigned j = 1; j < jobs; ++j)
                workers.emplace_back([this] { work(); });
            for (std::size_t i = 0; i < files_.size(); ++i)
                take(next_in_order(i));
        } catch (...) {
            stop(workers);
            throw;
        }
        stop(workers);
    }

  private:
    bool can_claim() const { return next_ < files_.size() && next_ < taken_ + slots_.size(); }

    // Reads the next unclaimed file, with the lock held on entry and on return.
    void read_next(std::unique_lock<std::mutex>& lock) {
        const std::size_t index = next_++;
        lock.unlock();
        Outcome outcome = read_team(files_[index], rubric_);
        lock.lock();
        slots_[index % slots_.size()] = std::move(outcome);
        changed_.notify_all();
    }

    void work() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            changed_.wait(lock, [this] { return can_claim() || next_ >= files_.size(); });
            if (next_ >= files_.size()) return;
            read_next(lock);
        }
    }

    Outcome next_in_order(std::size_t index) {
        std::unique_lock<std::mutex> lock(mutex_);
        std::optional<Outcome>& slot = slots_[index % slots_.size()];
        while (!slot) {
            if (can_claim()) {
                read_next(lock);
            } else {
                changed_.wait(lock);
            }
        }
        Outcome outcome = std::move(*slot);
        slot.reset();
        taken_ = index + 1;
        changed_.notify_all();
        return outcome;
    }

    void stop(std::vector<std::thread>& workers) {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            next_ = files_.size();  // nothing more to claim: every worker returns
        }
        changed_.notify_all();
        for (std::thread& worker : workers)
            worker.join();
    }

    const std::vector<TeamFile>& files_;
    const Rubric& rubric_;
    std::vector<std::optional<Outcome>> slots_;  // file i's outcome in slot i % size, until taken
    std::mutex mutex_;
    std::condition_variable changed_;  // a slot was filled or emptied
    std::size_t next_ = 0;             // the next file to claim
    std::size_t taken_ = 0;            // files handed over, in order
};

}  // namespace

std::vector<TeamFile> collect_team_files(const std::vector<std::string>& paths,
                                         std::vector<Diagnostic>& problems, FolderLinks links) {
    std::vector<TeamFile> listed;
    for (const std::string& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error)) {
            list_directory(path, links, listed, problems);
        } else {
            listed.push_back({path, FileKinds::any});  // a missing one is reported when read
        }
    }
    std::vector<TeamFile> files;
    std::set<std::string> seen;
    for (TeamFile& file : listed) {
        if (seen.insert(identity_of(file.path)).second) files.push_back(std::move(file));
    }
    return files;
}

std::string read_team_file(const TeamFile& file, std::size_t limit) {
    return file.text ? *file.text : read_file(file.path, file.kinds, limit);
}

void keep_standard_input(std::vector<TeamFile>& files, std::vector<Diagnostic>& problems) {
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (it->path != "-") continue;
        try {
            it->text = read_file(it->path, it->kinds, limits::report_bytes);
        } catch (const Error& e) {
            problems.push_back(e.diagnostic());
            files.erase(it);
        }
        return;  // named once: collect_team_files reads a file once
    }
}

Aggregate aggregate_files(const std::vector<TeamFile>& files, const Rubric& rubric,
                          bool rubric_id_fixed, const AggregateOptions& options) {
    Aggregate aggregate;
    if (rubric_id_fixed) {
        aggregate.rubric_id = rubric.id;
        aggregate.rubric_title = rubric.title;
    }
    const unsigned jobs =
        options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    OrderedReader reader(files, rubric, files_in_flight_per_job * jobs);
    std::size_t read = 0;
    reader.run(jobs, [&](Outcome outcome) {
        if (options.progress) options.progress(++read, files.size());
        if (outcome.summary) {
            add_team(aggregate, std::move(*outcome.summary));
        } else {
            add_skipped(aggregate, std::move(*outcome.problem));
        }
    });
    detail::merge_respondent_rows(aggregate, files, rubric);
    finish_aggregate(aggregate, options.keep_all);
    return aggregate;
}

}  // namespace gait
