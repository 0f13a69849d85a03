#include <fmt/format.h>

#include "gait/document/trend_document.hpp"
#include "gait/format/trend_json.hpp"
#include "gait/load/git_history.hpp"
#include "gait/score/assessment.hpp"
#include "gait/score/trend.hpp"
#include "gait/util/file_io.hpp"

#include "cli/commands.hpp"

namespace gait::cli {
namespace {

const std::vector<std::string> trend_formats = {"text", "markdown", "html", "json"};

bool is_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
}

// Options that would do nothing, or contradict each other.
void check_options_apply(const TrendOptions& options) {
    if (options.paths.empty() && options.git.empty()) {
        throw Error({}, "nothing to read",
                    "name answers files, reports or directories, or --git PATH");
    }
    if (!options.paths.empty() && !options.git.empty()) {
        throw Error({}, "--git reads the history of PATH, and files are named too",
                    "name files, or --git PATH, not both");
    }
    if (options.git.empty() && (!options.since.empty() || options.most_given->count() > 0)) {
        throw Error({}, "--since and --max choose commits, and only --git reads commits",
                    "add --git PATH, or drop --since and --max");
    }
    if (!options.since.empty() && !is_date(options.since)) {
        throw Error({}, fmt::format("--since {} is not a date", quote_value(options.since)),
                    "write it as YYYY-MM-DD");
    }
    if (options.follow_symlinks && (!options.git.empty() || !any_directory(options.paths))) {
        throw Error({}, "--follow-symlinks is for links found in a directory, and no path is one",
                    "a link named on the command line is always read: drop --follow-symlinks");
    }
}

// What was read: the points, and their questions' texts, kept once.
struct Inputs {
    std::vector<TrendInput> points;
    QuestionTexts texts;
};

// Answers are scored, and several respondents' merged, once all are read. Two
// files of one respondent, team and date do not merge: the later counts, and
// the trend lists the other as superseded, as for files without a respondent.
Inputs to_inputs(const Rubric& rubric, std::vector<ReadAssessment> read) {
    Inputs inputs;
    std::vector<Diagnostic> not_merged;  // said by the trend's superseded list
    inputs.points = trend_inputs(rubric, std::move(read), inputs.texts, not_merged);
    return inputs;
}

Inputs read_files(const TrendOptions& options, std::vector<Diagnostic>& skipped) {
    const std::vector<TeamFile> files =
        collect_team_files(options.paths, skipped,
                           options.follow_symlinks ? FolderLinks::followed : FolderLinks::skipped);
    const Rubric rubric = rubric_for_files(options.rubric, files);
    std::vector<ReadAssessment> read;
    for (const TeamFile& file : files) {
        const std::string name = input_name(file.path);
        try {
            read.push_back({name,
                            {},
                            0,
                            read_assessment(read_file(file.path, file.kinds, limits::report_bytes),
                                            name, rubric)});
        } catch (const Error& e) {
            skipped.push_back(e.diagnostic());
        }
    }
    return to_inputs(rubric, std::move(read));
}

// Each committed version, dated by its commit; a version that cannot be read
// (a broken commit) is skipped, and the trend goes on.
Inputs read_commits(const TrendOptions& options, std::vector<Diagnostic>& skipped) {
    const std::vector<GitVersion> versions =
        read_git_history(options.git, {options.since, options.most});
    if (versions.empty()) return {};
    const Rubric rubric = rubric_for_answers(
        options.rubric,
        {{versions.back().path + "@" + versions.back().short_commit, versions.back().text}});
    std::vector<ReadAssessment> read;
    for (const GitVersion& version : versions) {
        const std::string name = version.path + "@" + version.short_commit;
        try {
            auto assessment = read_assessment(version.text, name, rubric);
            std::visit([&](auto& a) { a.date = version.date; }, assessment);
            read.push_back({name, version.short_commit, version.time, std::move(assessment)});
        } catch (const Error& e) {
            Diagnostic problem = e.diagnostic();
            problem.hint = fmt::format("commit {} is left out of the trend", version.short_commit);
            skipped.push_back(std::move(problem));
        }
    }
    return to_inputs(rubric, std::move(read));
}

std::string render(const Trend& trend, const TrendOptions& options) {
    const Format format = output_format(options.format, options.output, trend_formats);
    if (format == Format::json) return render_trend_json(trend);
    return write_document(trend_document(trend), format,
                          output_style(options.output, options.color));
}

}  // namespace

CLI::App* add_trend_command(CLI::App& app, TrendOptions& options) {
    CLI::App* command = app.add_subcommand(
        "trend", "Follow a team over many assessments: placement, phase and area scores by date");
    command
        ->add_option("paths", options.paths,
                     "Answers files or JSON reports; a directory is read recursively (.yaml, "
                     ".yml, .json)")
        ->type_name("FILE|DIR");
    command
        ->add_option("--git", options.git,
                     "Read every committed version of this answers file, or of those under this "
                     "directory, from its git history")
        ->type_name("PATH");
    command->add_option("--since", options.since, "With --git: only commits on or after DATE")
        ->type_name("DATE");
    options.most_given =
        command->add_option("--max", options.most, "With --git: only the latest N commits")
            ->type_name("N")
            ->check(CLI::PositiveNumber);
    add_rubric_option(*command, options.rubric, "Rubric to score answers files with");
    add_format_and_output(*command, options.format, trend_formats, options.output);
    command->add_flag("--fail-on-regression", options.fail_on_regression,
                      "Exit 1 when the latest placement, or an area's, is below the one before");
    command->add_flag("-k,--keep-going", options.keep_going,
                      "Exit 0 even when some files cannot be read (they are still listed)");
    command->add_flag("--follow-symlinks", options.follow_symlinks,
                      "Read symbolic links found in a directory (by default they are skipped)");
    add_color_option(*command, options.color);
    command->footer(
        "Points are ordered by date. Several respondents' files of one team and date are\n"
        "merged into one point (median); of other files with the same date the later one\n"
        "counts. With --git each commit that changed the file is a point, dated by the commit;\n"
        "a commit that cannot be read is skipped with a warning.\n"
        "Exit codes: 0 ok, 1 a placement fell (--fail-on-regression), 2 usage error, bad input,\n"
        "no assessment read, or a file skipped without --keep-going.\n\n"
        "Examples:\n"
        "  gait trend assessments/payments/\n"
        "  gait trend --git answers/payments.yaml --since 2026-01-01 -o trend.html\n"
        "  gait trend --git answers/ --max 2 --fail-on-regression");
    return command;
}

int run_trend(const TrendOptions& options) {
    check_options_apply(options);
    output_format(options.format, options.output, trend_formats);  // a usage error before reading
    std::vector<std::string> read = options.paths;
    read.insert(read.end(), {options.git, options.rubric});
    check_output_not_input(options.output, read);
    std::vector<Diagnostic> skipped;
    const bool git = !options.git.empty();
    const Inputs inputs = git ? read_commits(options, skipped) : read_files(options, skipped);
    for (const Diagnostic& problem : skipped)
        print_diagnostic(git ? "warning" : "error", problem);
    if (inputs.points.empty()) {
        throw Error({}, git ? "no committed version to follow" : "no assessment to follow",
                    git ? "commit the answers file, or widen --since and --max"
                        : "name answers files or reports gait can read");
    }
    Trend trend = build_trend(inputs.points, inputs.texts);
    trend.skipped = std::move(skipped);
    write_output(options.output, render(trend, options));
    if (!git && !trend.skipped.empty() && !options.keep_going) {
        tell(fmt::format("{} skipped; with --keep-going this exits 0",
                         count_of(trend.skipped.size(), "file")));
        return 2;
    }
    if (!options.fail_on_regression) return 0;
    const auto drops = latest_drops(trend);
    for (const auto& [team, drop] : drops)
        tell_regression(team, drop);
    return drops.empty() ? 0 : 1;
}

}  // namespace gait::cli
