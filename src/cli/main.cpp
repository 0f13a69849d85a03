// The gait command line: reads what is asked (help, the version, a command),
// parses the command's arguments with CLI11, runs it, and turns every error
// into one line on stderr and exit code 2.

#include <csignal>
#include <cstdio>
#include <exception>

#include <fmt/format.h>

#include "gait/version.hpp"

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/help_format.hpp"
#include "cli/option_checks.hpp"

namespace {

constexpr int exit_usage_or_bad_input = 2;

std::string version_line() {
    return fmt::format("gait {}\n", gait::version);
}

// `gait help [COMMAND...]` and `gait version`, listed with the others; the
// command line is read before CLI11 parses it (cli/command_line.hpp), so these
// only say what they are.
void add_help_and_version_commands(CLI::App& app, std::vector<std::string>& help_words) {
    CLI::App* help = app.add_subcommand("help", "Print the help of gait or of a command");
    help->add_option("command", help_words, "The command, and its subcommand: rubric lint")
        ->type_name("COMMAND");
    help->footer(
        "Examples:\n"
        "  gait help assess\n"
        "  gait help rubric lint\n"
        "  gait assess --help           # the same");
    CLI::App* version = app.add_subcommand("version", "Print gait's version, as --version does");
    version->footer(
        "Examples:\n"
        "  gait version\n"
        "  gait --version               # the same");
}

int run(int argc, char** argv) {
    CLI::App app(
        "gait places an SRE team in the Crawl, Walk or Run phase of the SRE maturity "
        "model and lists the gaps to hold it and to reach the next.",
        "gait");
    // Before the commands are added: they inherit the help flag and the format.
    gait::cli::use_help_format(app);
    app.set_help_flag("-h,--help", "Print this help and exit");
    app.set_version_flag("--version", version_line(), "Print gait's version and exit");
    app.require_subcommand(1);

    gait::cli::AssessOptions assess;
    gait::cli::InitOptions init;
    gait::cli::RubricOptions rubric;
    gait::cli::ReportCommandOptions report;
    gait::cli::CompareOptions compare;
    gait::cli::AggregateCommandOptions aggregate;
    gait::cli::MigrateOptions migrate;
    gait::cli::TrendOptions trend;
    gait::cli::PlanCommandOptions plan;
    CLI::App* assess_command = gait::cli::add_assess_command(app, assess);
    CLI::App* init_command = gait::cli::add_init_command(app, init);
    CLI::App* report_command = gait::cli::add_report_command(app, report);
    CLI::App* compare_command = gait::cli::add_compare_command(app, compare);
    CLI::App* aggregate_command = gait::cli::add_aggregate_command(app, aggregate);
    CLI::App* trend_command = gait::cli::add_trend_command(app, trend);
    CLI::App* migrate_command = gait::cli::add_migrate_command(app, migrate);
    CLI::App* plan_command = gait::cli::add_plan_command(app, plan);
    gait::cli::add_rubric_command(app, rubric);
    gait::cli::refuse_empty_values(app);
    std::vector<std::string> help_words;
    add_help_and_version_commands(app, help_words);
    app.footer(
        "Examples:\n"
        "  gait init --team Payments -o payments.yaml   # write a file to fill in\n"
        "  gait assess payments.yaml                    # place the team, list the gaps\n"
        "  gait report report.json -o report.html       # render a saved report\n"
        "  gait compare q3.yaml q4.yaml                 # what moved since last time\n"
        "  gait aggregate answers/ -o org.html          # every team at once\n"
        "  gait trend --git payments.yaml               # a team's progress over its history\n"
        "  gait migrate payments.yaml                   # update answers for a new rubric\n"
        "  gait plan answers/ --plan plan.yaml          # the gaps as a backlog\n"
        "  gait rubric show                             # read the questions\n\n"
        "Run 'gait help COMMAND' or 'gait COMMAND --help' for a command's options.\n"
        "Exit codes: 0 ok, 1 a gate failed (--fail-below, --fail-below-target,\n"
        "--fail-on-regression), 2 usage error or bad input.");

    const gait::cli::Request request = gait::cli::read_request(app, {argv + 1, argv + argc});
    if (request.help) {
        gait::cli::write_output({}, request.command->help());
        return 0;
    }
    if (request.version) {
        gait::cli::write_output({}, version_line());
        return 0;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        gait::cli::print_diagnostic("error", {{},
                                              gait::cli::parse_error_message(*request.command, e),
                                              gait::cli::help_hint(*request.command)});
        return exit_usage_or_bad_input;
    }
    if (assess_command->parsed()) return gait::cli::run_assess(assess);
    if (init_command->parsed()) return gait::cli::run_init(init);
    if (report_command->parsed()) return gait::cli::run_report(report);
    if (compare_command->parsed()) return gait::cli::run_compare(compare);
    if (aggregate_command->parsed()) return gait::cli::run_aggregate(aggregate);
    if (migrate_command->parsed()) return gait::cli::run_migrate(migrate);
    if (trend_command->parsed()) return gait::cli::run_trend(trend);
    if (plan_command->parsed()) return gait::cli::run_plan(plan);
    return gait::cli::run_rubric(rubric);
}

}  // namespace

int main(int argc, char** argv) {
    // Past a file size limit (ulimit -f), a write fails with EFBIG, handled as any
    // failed write (message, temporary file removed, terminal restored), instead
    // of SIGXFSZ killing gait half way.
    ::signal(SIGXFSZ, SIG_IGN);
    try {
        return run(argc, argv);
    } catch (const gait::Error& e) {
        gait::cli::print_diagnostic("error", e.diagnostic());
    } catch (const std::exception& e) {  // out of memory and the like: still one line, no trace
        gait::cli::print_diagnostic("error", {{}, e.what(), {}});
    }
    return exit_usage_or_bad_input;
}
