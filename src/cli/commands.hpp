#pragma once

// The subcommands: each adds its options to the CLI11 app, then runs on what was parsed.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "gait/document/document.hpp"
#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/model/result.hpp"
#include "gait/score/compare.hpp"
#include "gait/score/team_files.hpp"
#include "gait/util/limits.hpp"
#include "gait/util/text_format.hpp"

namespace gait::cli {

// Where the questionnaire saves answers unless --save says otherwise.
inline constexpr const char* default_save_path = "gait-answers.yaml";

// An output format; each command offers some of them with --format.
enum class Format { text, markdown, html, json, csv, junit };

// The format to write: --format's (`format`, empty when not given; any case,
// md, htm and txt too), else the one -o's extension names (.json, .md,
// .markdown, .html, .htm, .csv, .txt), else the first of `offered`. A usage
// error for a format not offered, or an extension that contradicts --format.
Format output_format(const std::string& format, const std::string& output,
                     const std::vector<std::string>& offered);
// A usage error when `path`, the file `option` writes YAML to, has the
// extension of another format (.json, .md, .html, .csv): `--save p.json`.
void check_yaml_output(const std::string& option, const std::string& path);

// A report kind's document in a human format (text, Markdown or HTML): the one
// dispatch from a format to its writer. JSON and CSV are each report kind's own
// serialisers, so naming one here is an error.
std::string write_document(const doc::Document& document, Format format, const TextStyle& style);

// Where a report goes and in which format; shared by assess and report.
struct ReportOptions {
    std::string format;              // --format as given; empty: from -o's extension, else text
    std::string output;              // the report file; empty for stdout
    std::string fail_below;          // a phase id or name; empty for no gate
    bool fail_below_target = false;  // --fail-below-target: exit 1 when a due target is missed
    std::string color = "auto";      // --color: auto, always or never
};
void add_report_options(CLI::App& command, ReportOptions& options);
// Renders, writes, then applies --fail-below and --fail-below-target: 0, or 1
// when a gate fails.
int emit_report(const Result& result, const ReportOptions& options);
std::string render_in_format(const Result& result, Format format, const TextStyle& style);
// The index of the phase --fail-below names by its id or its name, in any
// case; a usage error for an unknown one.
std::size_t gate_index(const Rubric& rubric, const std::string& phase);

struct AssessOptions {
    std::vector<std::string> answers;  // --answers, any number: files or directories
    std::vector<std::string> files;    // the arguments: answers files or directories
    std::string merge = "median";      // how several respondents' answers merge
    std::string respondent;            // the respondent's name, for the questionnaire
    std::string rubric;                // a rubric file; empty for the built-in one
    ReportOptions report;
    bool strict = false;   // unanswered questions are an error
    std::string save;      // the questionnaire's answers file; empty for default_save_path
    std::string team;      // the team's name, for the questionnaire
    bool restart = false;  // start the questionnaire over, keeping the old file as FILE.bak
};
CLI::App* add_assess_command(CLI::App& app, AssessOptions& options);
int run_assess(const AssessOptions& options);
int run_interactive_assess(const AssessOptions& options, const Rubric& rubric);
// Scores, then emit_report; with --strict, unanswered questions are an error.
int report(const AssessOptions& options, const Rubric& rubric, const Answers& answers);

struct ReportCommandOptions {
    std::string file;  // a saved JSON report
    ReportOptions report;
};
CLI::App* add_report_command(CLI::App& app, ReportCommandOptions& options);
int run_report(const ReportCommandOptions& options);

// The formats of assess, report and compare, the default first.
extern const std::vector<std::string> report_formats;

struct CompareOptions {
    std::string before;  // the earlier answers file or report
    std::string after;   // the later one
    std::string rubric;  // a rubric file; empty for the built-in one
    std::string format;  // as given; empty: from -o's extension, else text
    std::string output;  // empty for stdout
    std::string color = "auto";
    bool fail_on_regression = false;  // exit 1 when the placement or an area's fell
};
CLI::App* add_compare_command(CLI::App& app, CompareOptions& options);
int run_compare(const CompareOptions& options);

struct AggregateCommandOptions {
    std::vector<std::string> paths;          // files and directories
    std::string rubric;                      // a rubric file; empty for the built-in one
    std::string format;                      // as given; empty: from -o's extension, else text
    std::string output;                      // empty for stdout
    bool keep_going = false;                 // exit 0 even when files were skipped
    bool all = false;                        // count every file, not only each team's latest
    bool follow_symlinks = false;            // read symbolic links found in a directory
    std::size_t top = 10;                    // shared gaps listed; 0 for all
    const CLI::Option* top_given = nullptr;  // --top, to tell whether it was given
    unsigned jobs = 0;                       // files read at once; 0 for one per core
    std::string color = "auto";
    std::string by;           // --by: the tag prefix to group teams by ("org:"); empty: no groups
    std::string reports_dir;  // --reports-dir: team reports and index.html go there; empty: none
};
CLI::App* add_aggregate_command(CLI::App& app, AggregateCommandOptions& options);
int run_aggregate(const AggregateCommandOptions& options);

struct TrendOptions {
    std::vector<std::string> paths;           // answers files, reports and directories
    std::string git;                          // --git: a file or folder whose history to read
    std::string since;                        // --since YYYY-MM-DD, with --git; empty for all
    std::size_t most = 0;                     // --max N, with --git; 0 for all
    std::string most_text;                    // --max as given, checked by run_trend
    const CLI::Option* most_given = nullptr;  // --max, to tell whether it was given
    std::string rubric;                       // a rubric file; empty for the built-in one
    std::string format;                       // as given; empty: from -o's extension, else text
    std::string output;                       // empty for stdout
    bool fail_on_regression = false;          // exit 1 when the latest placement fell
    bool keep_going = false;                  // exit 0 even when files were skipped
    bool follow_symlinks = false;             // read symbolic links found in a directory
    std::string color = "auto";
};
CLI::App* add_trend_command(CLI::App& app, TrendOptions& options);
int run_trend(const TrendOptions& options);
struct PlanCommandOptions {
    std::vector<std::string> paths;  // answers files, JSON reports and directories
    std::string rubric;              // a rubric file; empty for the built-in one
    std::string format;              // as given; empty: from -o's extension, else markdown
    std::string output;              // empty for stdout
    std::string plan;                // the plan file kept across runs; empty for none
};
CLI::App* add_plan_command(CLI::App& app, PlanCommandOptions& options);
int run_plan(const PlanCommandOptions& options);

struct InitOptions {
    std::string rubric;
    std::string output;
    std::string team;
    std::string respondent;  // who will fill it in; empty when not known
    bool force = false;      // overwrite an existing file
};
CLI::App* add_init_command(CLI::App& app, InitOptions& options);
int run_init(const InitOptions& options);

struct MigrateOptions {
    std::string file;    // the answers file
    std::string rubric;  // a rubric file; empty for the built-in one
    std::string output;  // empty: the answers file itself; "-" for stdout
};
CLI::App* add_migrate_command(CLI::App& app, MigrateOptions& options);
int run_migrate(const MigrateOptions& options);

struct RubricOptions {
    std::string file;    // a bundled rubric's name or a file; empty for the default
    std::string rubric;  // the same, from -r/--rubric: one of the two at most
    std::string color = "auto";
    std::string output;  // export's -o; empty for stdout
    CLI::App* show = nullptr;
    CLI::App* lint = nullptr;
    CLI::App* list = nullptr;
    CLI::App* export_yaml = nullptr;
};
CLI::App* add_rubric_command(CLI::App& app, RubricOptions& options);
int run_rubric(const RubricOptions& options);

// Shared by the commands.
void add_color_option(CLI::App& command, std::string& color);
void add_rubric_option(CLI::App& command, std::string& rubric, const std::string& description,
                       const std::string& default_rubric = "sre");
// The FILE|DIR... arguments of aggregate and plan: answers files, reports, directories.
void add_team_paths(CLI::App& command, std::vector<std::string>& paths);
// -f/--format, one of `formats` (the first is the default), and -o/--output.
void add_format_and_output(CLI::App& command, std::string& format,
                           const std::vector<std::string>& formats, std::string& output);
// How text output looks: the terminal's width and --color on stdout, plain in a file.
TextStyle output_style(const std::string& output, const std::string& color);
std::string today();  // YYYY-MM-DD, local time
// Warns on stderr of an assessment dated after today: most likely a slip of the
// keyboard, and an aggregate or a trend would take it for the team's latest.
void warn_if_future(const std::string& file, const std::string& date);
bool file_exists(const std::string& path);
// `word` as a shell reads it back, single-quoted when it needs to be; or
// `placeholder` when it cannot be written on one line (a control character).
std::string shell_word(const std::string& word, const std::string& placeholder);
// Where NAME.schema.json is installed: beside the running binary
// (BIN/../share/gait/schemas), so any --prefix works, else where CMake was told.
std::string installed_schema(const std::string& name);
// A rubric named on the command line: empty for the default, a bundled rubric's
// name, "-" for standard input, or a path. `name` is how messages name it.
struct RubricSource {
    std::string name;
    std::string text;
};
RubricSource rubric_source(const std::string& name_or_path);
Rubric load_rubric_or_builtin(const std::string& name_or_path);
// The rubric to read the answers in `texts` with: --rubric's (`name_or_path`)
// when given, else the bundled rubric the first of them to name one names by
// id (health-check's file needs no --rubric), else the default.
struct InputText {
    std::string name;  // as messages name it
    std::string text;
};
Rubric rubric_for_answers(const std::string& name_or_path, const std::vector<InputText>& texts);
// --rubric, else the bundled rubric the first file names (as assess and compare
// do), else the default: the rubric an aggregate or a trend reads its files with.
Rubric rubric_for_files(const std::string& rubric_option, const std::vector<TeamFile>& files);
// Whether any of `paths` is a directory (--follow-symlinks applies only then).
bool any_directory(const std::vector<std::string>& paths);
// An input file's name as messages give it, and its text, at most `most` bytes
// (a saved report may be larger than an answers file).
InputText read_input(const std::string& path, std::size_t most = limits::file_bytes);
// Writes to stdout when `path` is empty or "-", else atomically to the file.
void write_output(const std::string& path, const std::string& content);
// Refuses `output` (-o) when it names one of `inputs`, by any spelling or link,
// before anything is read: the output would replace what it was made from.
void check_output_not_input(const std::string& output, const std::vector<std::string>& inputs);
// "gait: " + `message` on stderr, as one write. Never throws: an unwritable
// stderr (2>/dev/full, 2>&-) loses the message, never the run or its output.
void tell(const std::string& message);
// "gait: TEAM: placement fell from Walk to Crawl, the --fail-on-regression gate" on stderr.
void tell_regression(const std::string& team, const PlacementDrop& drop);
// "gait: LEVEL: FILE:LINE:COL: message; hint" on stderr, level "error" or "warning".
void print_diagnostic(const char* level, const Diagnostic& diagnostic);

}  // namespace gait::cli
