#include "cli/reports_dir.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "gait/document/report_document.hpp"
#include "gait/score/assessment.hpp"
#include "gait/score/respondents.hpp"
#include "gait/util/file_io.hpp"
#include "gait/util/file_names.hpp"

#include "cli/commands.hpp"

namespace gait::cli {
namespace {

namespace fs = std::filesystem;

void make_directory(const std::string& directory) {
    std::error_code error;
    fs::create_directories(directory, error);
    if (error || !fs::is_directory(directory, error)) {
        throw Error({directory, 0, 0}, "cannot make the reports directory",
                    "name a directory gait may write in");
    }
}

// The team's report, as gait assess writes it from the row's file, or from the
// respondents' files the row merges.
Result team_result(const TeamRow& row, const Rubric& rubric) {
    if (row.merged_files.empty()) return load_assessment_file(row.file, rubric);
    std::vector<Answers> files;
    for (const std::string& file : row.merged_files)
        files.push_back(load_answers_file(file, rubric));
    return score_merged(rubric, merge_respondents(rubric, files, MergeRule::median));
}

// Whether the file at `path` is absent, or an HTML page gait wrote (its head
// names gait as generator): the only files --reports-dir replaces.
bool replaceable(const fs::path& path) {
    std::error_code error;
    if (!fs::exists(fs::symlink_status(path, error))) return true;
    if (!fs::is_regular_file(fs::symlink_status(path, error))) return false;
    std::ifstream file(path, std::ios::binary);
    std::string head(4096, '\0');
    file.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(file.gcount()));
    return head.find("<meta name=\"generator\" content=\"gait\">") != std::string::npos;
}

// Refuses, before anything is written, to replace a file gait did not write.
void check_replaceable(const std::string& directory, const std::vector<std::string>& names) {
    for (const std::string& name : names) {
        const fs::path path = fs::path(directory) / name;
        if (replaceable(path)) continue;
        throw Error({path.string(), 0, 0},
                    "is not a report gait wrote, and --reports-dir would replace it",
                    "write the reports into an empty directory, or move the file away");
    }
}

}  // namespace

void write_reports_dir(const std::string& directory, const Aggregate& aggregate,
                       const Rubric& rubric, AggregateView view, const TextStyle& style) {
    make_directory(directory);
    std::vector<std::string> teams;
    for (const TeamRow& row : aggregate.teams)
        teams.push_back(row.team);
    view.team_reports = distinct_file_names(teams, ".html", {"index.html"});
    std::vector<std::string> written = view.team_reports;
    written.push_back("index.html");
    check_replaceable(directory, written);
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        const Result result = team_result(aggregate.teams[r], rubric);
        write_file_atomically((fs::path(directory) / view.team_reports[r]).string(),
                              write_document(report_document(result), Format::html, style));
    }
    // Last: an index never links to a report not yet written.
    write_file_atomically((fs::path(directory) / "index.html").string(),
                          write_document(aggregate_document(aggregate, view), Format::html, style));
}

}  // namespace gait::cli
