#include <filesystem>
#include <limits>

#include <fmt/format.h>

#include "gait/document/trend_document.hpp"
#include "gait/format/trend_json.hpp"
#include "gait/load/calendar_date.hpp"
#include "gait/load/git_history.hpp"
#include "gait/score/assessment.hpp"
#include "gait/score/git_trend_inputs.hpp"
#include "gait/score/trend.hpp"
#include "gait/util/file_io.hpp"

#include "cli/commands.hpp"
#include "cli/option_checks.hpp"

namespace gait::cli {
namespace {

const std::vector<std::string> trend_formats = {"text", "markdown", "html", "json"};

// --max N (checked by whole_number when parsed), or 0 when not given.
std::size_t most_commits(const TrendOptions& options) {
    return options.most_given->count() == 0 ? 0 : std::stoull(options.most_text);
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
    if (!options.since.empty() && !is_calendar_date(options.since)) {
        throw Error({}, fmt::format("--since {} is not a date", quote_value(options.since)),
                    "write it as YYYY-MM-DD");
    }
    if (options.follow_symlinks && !options.git.empty()) {
        throw Error({},
                    "--follow-symlinks is for links found in a directory, and --git reads commits",
                    "drop --follow-symlinks");
    }
    if (options.follow_symlinks && !any_directory(options.paths)) {
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
        bool another_rubric = false;  // stops the run, as a report for another does
        try {
            const std::string text = read_file(file.path, file.kinds, limits::report_bytes);
            try {
                read.push_back({name, {}, 0, read_assessment(text, name, rubric)});
            } catch (const Error&) {
                another_rubric = names_another_rubric(text, name, rubric);
                throw;
            }
        } catch (const Error& e) {
            if (another_rubric) throw;
            skipped.push_back(e.diagnostic());
        }
    }
    return to_inputs(rubric, std::move(read));
}

// The newest committed texts, to find the rubric they name.
std::vector<InputText> latest_texts(const std::vector<GitVersion>& versions) {
    std::vector<InputText> texts;
    for (auto v = versions.rbegin(); v != versions.rend() && texts.size() < 3; ++v)
        if (!v->gone) texts.push_back({v->path + "@" + v->short_commit, v->text});
    return texts;
}

// Each commit, a point of each team whose files it changed. --max N counts the
// commits with a version that reads: past broken ones, it reads further back.
GitTrendInputs read_commits(const TrendOptions& options, std::size_t most) {
    GitHistoryOptions window{options.since, most};
    for (;;) {
        GitHistory history = read_git_history(options.git, window);
        const Rubric rubric = rubric_for_answers(options.rubric, latest_texts(history.versions));
        GitTrendInputs inputs = git_trend_inputs(rubric, std::move(history.versions));
        if (!history.more || most == 0 || inputs.readable_commits >= most) return inputs;
        window.most += most - inputs.readable_commits;
    }
}

// No point in git mode: why, in the user's terms.
Error no_commit(const TrendOptions& options) {
    std::error_code error;
    if (!std::filesystem::exists(options.git, error)) {
        return Error({options.git, 0, 0}, "does not exist and has no committed version",
                     "name an answers file or folder committed to git");
    }
    if (!options.since.empty() || options.most_given->count() > 0)
        return Error({options.git, 0, 0},
                     "has no committed version that reads in the commits chosen",
                     "widen --since or --max");
    return Error({options.git, 0, 0}, "has no committed version that reads",
                 "commit the answers file");
}

Inputs git_inputs(const TrendOptions& options, std::vector<Diagnostic>& skipped,
                  std::vector<Diagnostic>& latest_unreadable) {
    GitTrendInputs read = read_commits(options, most_commits(options));
    skipped = std::move(read.skipped);
    latest_unreadable = std::move(read.latest_unreadable);
    if (read.points.empty()) {
        for (const Diagnostic& problem : skipped)
            print_diagnostic("warning", problem);
        for (const Diagnostic& problem : latest_unreadable)
            print_diagnostic("error", problem);
        throw no_commit(options);
    }
    return {std::move(read.points), std::move(read.texts)};
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
        command
            ->add_option("--max", options.most_text,
                         "With --git: only the latest N commits with a version that reads")
            ->type_name("N")
            ->check(whole_number(1, std::numeric_limits<std::size_t>::max()));
    add_rubric_option(*command, options.rubric, "Rubric to score answers files with",
                      "the bundled rubric the first file, or with --git the latest version, "
                      "names; else sre");
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
        "counts. With --git each commit that changed a team's files is a point of the\n"
        "team as it stands at that commit, dated by the commit; a file is followed across\n"
        "renames, a folder is not. An older version that cannot be read is skipped with a\n"
        "warning.\n"
        "Exit codes: 0 ok, 1 a placement fell (--fail-on-regression), 2 usage error, bad\n"
        "input, no assessment read, or, without --keep-going, a file skipped or (--git) a\n"
        "file's latest version unreadable.\n\n"
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
    std::vector<Diagnostic> latest_unreadable;  // git: a file's latest version, not read
    const bool git = !options.git.empty();
    const Inputs inputs =
        git ? git_inputs(options, skipped, latest_unreadable) : read_files(options, skipped);
    for (const Diagnostic& problem : skipped)
        print_diagnostic(git ? "warning" : "error", problem);
    for (const Diagnostic& problem : latest_unreadable)
        print_diagnostic(options.keep_going ? "warning" : "error", problem);
    if (inputs.points.empty()) {
        throw Error({}, "no assessment to follow", "name answers files or reports gait can read");
    }
    Trend trend = build_trend(inputs.points, inputs.texts);
    trend.skipped = std::move(skipped);
    trend.skipped.insert(trend.skipped.end(), latest_unreadable.begin(), latest_unreadable.end());
    trend.from_git = git;
    write_output(options.output, render(trend, options));
    if (!git && !trend.skipped.empty() && !options.keep_going) {
        tell(fmt::format("{} skipped; with --keep-going this exits 0",
                         count_of(trend.skipped.size(), "file")));
        return 2;
    }
    if (!latest_unreadable.empty() && !options.keep_going) {
        tell(
            fmt::format("the latest version of {} cannot be read, so the trend does not show "
                        "where the team stands now; with --keep-going this exits 0",
                        count_of(latest_unreadable.size(), "file")));
        return 2;
    }
    if (!options.fail_on_regression) return 0;
    const auto drops = latest_drops(trend);
    for (const auto& [team, drop] : drops)
        tell_regression(team, drop);
    return drops.empty() ? 0 : 1;
}

}  // namespace gait::cli
