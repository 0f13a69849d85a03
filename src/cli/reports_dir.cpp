#include "cli/reports_dir.hpp"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "gait/document/report_document.hpp"
#include "gait/score/assessment.hpp"
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

}  // namespace

void write_reports_dir(const std::string& directory, const Aggregate& aggregate,
                       const Rubric& rubric, AggregateView view, const TextStyle& style) {
    make_directory(directory);
    std::vector<std::string> teams;
    for (const TeamRow& row : aggregate.teams)
        teams.push_back(row.team);
    view.team_reports = distinct_file_names(teams, ".html", {"index.html"});
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        const Result result = load_assessment_file(aggregate.teams[r].file, rubric);
        write_file_atomically((fs::path(directory) / view.team_reports[r]).string(),
                              write_document(report_document(result), Format::html, style));
    }
    // Last: an index never links to a report not yet written.
    write_file_atomically((fs::path(directory) / "index.html").string(),
                          write_document(aggregate_document(aggregate, view), Format::html, style));
}

}  // namespace gait::cli
