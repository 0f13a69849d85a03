#include "cli/reports_dir.hpp"

#include <filesystem>
#include <system_error>

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

}  // namespace

void write_reports_dir(const std::string& directory, const Aggregate& aggregate,
                       const Rubric& rubric, AggregateView view, const TextStyle& style) {
    make_directory(directory);
    std::vector<std::string> teams;
    for (const TeamRow& row : aggregate.teams)
        teams.push_back(row.team);
    view.team_reports = distinct_file_names(teams, ".html", {"index.html"});
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
