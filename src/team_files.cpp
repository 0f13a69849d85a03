#include "gait/team_files.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <optional>
#include <set>
#include <thread>
#include <variant>

#include "gait/assessment.hpp"
#include "gait/file_io.hpp"

namespace gait {
namespace {

namespace fs = std::filesystem;

// Files read ahead of the one added last, per job: enough to keep every core
// busy, few enough that memory does not grow with the number of files.
constexpr std::size_t files_in_flight_per_job = 32;

bool is_team_file(const fs::path& path) {
    const std::string extension = path.extension().string();
    return extension == ".yaml" || extension == ".yml" || extension == ".json";
}

// Walks one directory level at a time, so a subdirectory that cannot be read is
// one problem and the rest of the tree is still listed. Symbolic links to
// directories are not followed: a link loop cannot make the walk endless.
void walk_directory(const fs::path& directory, std::vector<std::string>& found,
                    std::vector<Diagnostic>& problems) {
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        std::error_code kind_error;
        if (it->is_directory(kind_error) && !it->is_symlink(kind_error)) {
            walk_directory(it->path(), found, problems);
        } else if (is_team_file(it->path()) && it->is_regular_file(kind_error)) {
            found.push_back(it->path().generic_string());
        }
    }
    if (error) {
        problems.push_back({{directory.generic_string(), 0, 0},
                            "cannot list the directory: " + error.message(),
                            {}});
    }
}

void list_directory(const std::string& directory, std::vector<std::string>& files,
                    std::vector<Diagnostic>& problems) {
    std::vector<std::string> found;
    walk_directory(directory, found, problems);
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
}

// One file's summary, or why it was skipped.
struct Outcome {
    std::optional<TeamSummary> summary;
    std::optional<Diagnostic> problem;
};

TeamSummary summarize_file(const std::string& file, const Rubric& rubric) {
    const std::string name = input_name(file);
    std::variant<Result, Answers> assessment = read_assessment(read_file(file), name, rubric);
    if (Result* report = std::get_if<Result>(&assessment))
        return summarize(std::move(*report), name);
    return summarize(rubric, std::get<Answers>(assessment), name);
}

Outcome read_team(const std::string& file, const Rubric& rubric) {
    try {
        return {summarize_file(file, rubric), std::nullopt};
    } catch (const Error& e) {
        return {std::nullopt, e.diagnostic()};
    } catch (const std::exception& e) {  // out of memory and the like: one file, not the run
        return {std::nullopt, Diagnostic{{file, 0, 0}, e.what(), {}}};
    }
}

// Reads files[first, first + outcomes.size()) with `jobs` threads, each taking
// the next file not yet taken.
void read_batch(const std::vector<std::string>& files, std::size_t first,
                std::vector<Outcome>& outcomes, const Rubric& rubric, unsigned jobs) {
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < outcomes.size(); i = next++)
            outcomes[i] = read_team(files[first + i], rubric);
    };
    std::vector<std::thread> threads;
    for (unsigned j = 1; j < jobs; ++j)
        threads.emplace_back(work);
    work();
    for (std::thread& thread : threads)
        thread.join();
}

}  // namespace

std::vector<std::string> collect_team_files(const std::vector<std::string>& paths,
                                            std::vector<Diagnostic>& problems) {
    std::vector<std::string> listed;
    for (const std::string& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error)) {
            list_directory(path, listed, problems);
        } else {
            listed.push_back(path);  // a missing file is reported when it is read
        }
    }
    std::vector<std::string> files;
    std::set<std::string> seen;
    for (std::string& file : listed) {
        if (seen.insert(fs::path(file).lexically_normal().generic_string()).second)
            files.push_back(std::move(file));
    }
    return files;
}

Aggregate aggregate_files(const std::vector<std::string>& files, const Rubric& rubric,
                          bool rubric_id_fixed, const AggregateOptions& options) {
    Aggregate aggregate;
    if (rubric_id_fixed) {
        aggregate.rubric_id = rubric.id;
        aggregate.rubric_title = rubric.title;
    }
    const unsigned jobs =
        options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t batch = files_in_flight_per_job * jobs;
    std::vector<Outcome> outcomes;
    for (std::size_t first = 0; first < files.size(); first += batch) {
        outcomes.assign(std::min(batch, files.size() - first), Outcome{});
        read_batch(files, first, outcomes, rubric, jobs);
        for (Outcome& outcome : outcomes) {
            if (outcome.summary) {
                add_team(aggregate, std::move(*outcome.summary));
            } else {
                add_skipped(aggregate, std::move(*outcome.problem));
            }
        }
    }
    finish_aggregate(aggregate, options.keep_all);
    return aggregate;
}

}  // namespace gait
