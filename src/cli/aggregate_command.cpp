#include <algorithm>
#include <limits>

#include <fmt/format.h>

#include "gait/document/aggregate_document.hpp"
#include "gait/format/aggregate_json.hpp"
#include "gait/score/team_files.hpp"
#include "gait/util/file_io.hpp"

#include "cli/commands.hpp"
#include "cli/option_checks.hpp"
#include "cli/progress_counter.hpp"
#include "cli/reports_dir.hpp"

namespace gait::cli {
namespace {

const std::vector<std::string> aggregate_formats = {"text", "markdown", "html", "json", "csv"};

std::string render(const Aggregate& aggregate, const AggregateCommandOptions& options,
                   const TextStyle& style) {
    const Format format = output_format(options.format, options.output, aggregate_formats);
    if (format == Format::json) return render_aggregate_json(aggregate);
    if (format == Format::csv) return render_aggregate_csv(aggregate);
    return write_document(aggregate_document(aggregate, AggregateView{options.top}), format, style);
}

}  // namespace

CLI::App* add_aggregate_command(CLI::App& app, AggregateCommandOptions& options) {
    CLI::App* command = app.add_subcommand(
        "aggregate", "Sum up many teams: phases, a team x area heatmap, the gaps most share");
    add_team_paths(*command, options.paths);
    add_rubric_option(*command, options.rubric, "Rubric to score answers files with");
    add_format_and_output(*command, options.format, aggregate_formats, options.output);
    command->add_flag("-k,--keep-going", options.keep_going,
                      "Exit 0 even when some files cannot be read (they are still listed)");
    command->add_flag("--all", options.all,
                      "Count every file, not only the latest (by date) of each team");
    command->add_flag("--follow-symlinks", options.follow_symlinks,
                      "Read symbolic links found in a directory (by default they are skipped)");
    options.top_given =
        command
            ->add_option("--top", options.top,
                         "Shared gaps to list in text, markdown and html (default: 10; 0 for all)")
            ->type_name("N")
            ->check(whole_number(0, std::numeric_limits<std::size_t>::max()));
    command
        ->add_option("-j,--jobs", options.jobs,
                     "Files to read at once, 1 to 1024 (default: one per core)")
        ->type_name("N")
        ->check(whole_number(1, 1024));
    command
        ->add_option("--by", options.by,
                     "Group teams by their tags that start with PREFIX (such as org:)")
        ->type_name("PREFIX");
    command
        ->add_option("--reports-dir", options.reports_dir,
                     "Write each team's HTML report and an index.html linking them into DIR")
        ->type_name("DIR");
    add_color_option(*command, options.color);
    command->footer(
        "A file that cannot be read is reported on stderr and listed in the output.\n"
        "Exit codes: 0 ok, 2 usage error, bad input, no team counted, or a file skipped without\n"
        "--keep-going.\n\n"
        "Examples:\n"
        "  gait aggregate answers/\n"
        "  gait aggregate answers/ --by org: --format html -o org.html\n"
        "  gait aggregate reports/*.json --format csv --keep-going > teams.csv\n"
        "  gait aggregate answers/ --reports-dir site/");
    return command;
}

namespace {

// Options that would do nothing with these paths or in this format.
void check_options_apply(const AggregateCommandOptions& options) {
    const Format format = options.reports_dir.empty() || !options.format.empty()
                              ? output_format(options.format, options.output, aggregate_formats)
                              : Format::html;
    if (options.top_given->count() > 0 && (format == Format::json || format == Format::csv)) {
        throw Error({}, "--top shortens the list of shared gaps in text, markdown and html",
                    "JSON and CSV list every one: drop --top");
    }
    if (!options.reports_dir.empty() && (!options.output.empty() || format != Format::html)) {
        throw Error({}, "--reports-dir writes HTML: the team reports and their index.html",
                    "drop --format and -o, or give --format html");
    }
    const bool reads_stdin =
        std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end();
    if (!options.reports_dir.empty() && reads_stdin) {
        throw Error({},
                    "--reports-dir reads each team's files again, and standard input cannot "
                    "be read twice",
                    "save the answers to a file and name it");
    }
    if (options.by.find_first_of(" \t\r\n") != std::string::npos) {
        throw Error({},
                    fmt::format("--by {}: a tag prefix holds no spaces", quote_value(options.by)),
                    "give the start of the tags, such as --by org:");
    }
    if (options.follow_symlinks && !any_directory(options.paths)) {
        throw Error({}, "--follow-symlinks is for links found in a directory, and no path is one",
                    "a link named on the command line is always read: drop --follow-symlinks");
    }
}

// The files' aggregate, with a progress counter on a terminal, cleared on return.
Aggregate read_files(const std::vector<TeamFile>& files, const Rubric& rubric,
                     const AggregateCommandOptions& options) {
    ProgressCounter counter(stderr, files.size());
    AggregateProgress progress;
    if (counter.drawing()) {
        progress = [&](std::size_t read, std::size_t total) { counter(read, total); };
    }
    return aggregate_files(files, rubric, !options.rubric.empty(),
                           {options.all, options.jobs, progress});
}

}  // namespace

int run_aggregate(const AggregateCommandOptions& options) {
    check_options_apply(options);
    std::vector<Diagnostic> problems;
    std::vector<TeamFile> files =
        collect_team_files(options.paths, problems,
                           options.follow_symlinks ? FolderLinks::followed : FolderLinks::skipped);
    keep_standard_input(files, problems);
    std::vector<std::string> read = {options.rubric};
    for (const TeamFile& file : files)
        read.push_back(file.path);
    check_output_not_input(options.output, read);
    if (files.empty() && problems.empty()) {
        throw Error({}, "no .yaml, .yml or .json file to aggregate",
                    "name answers files, reports or directories that hold them");
    }
    const Rubric rubric = rubric_for_files(options.rubric, files);
    Aggregate aggregate = read_files(files, rubric, options);
    for (Diagnostic& problem : problems)
        add_skipped(aggregate, std::move(problem));
    if (!options.by.empty()) group_teams(aggregate, options.by);
    for (const Diagnostic& skipped : aggregate.skipped)
        print_diagnostic("error", skipped);
    for (const std::vector<TeamRow>* rows : {&aggregate.teams, &aggregate.superseded}) {
        for (const TeamRow& row : *rows)
            warn_if_future(row.file, row.date);
    }
    if (aggregate.teams.empty()) {
        // A nightly job must not go green on no data, --keep-going or not.
        throw Error({},
                    fmt::format("no team to aggregate: {} skipped",
                                count_of(aggregate.skipped.size(), "file")),
                    "fix the files named above, or name answers files or reports gait can read");
    }
    if (!options.reports_dir.empty()) {
        write_reports_dir(options.reports_dir, aggregate, rubric, AggregateView{options.top},
                          output_style(options.reports_dir, options.color));
    } else {
        write_output(options.output,
                     render(aggregate, options, output_style(options.output, options.color)));
    }
    if (aggregate.skipped.empty() || options.keep_going) return 0;
    tell(fmt::format("{} skipped; with --keep-going this exits 0",
                     count_of(aggregate.skipped.size(), "file")));
    return 2;
}

}  // namespace gait::cli
