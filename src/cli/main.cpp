// The gait command line: parses arguments with CLI11, runs one subcommand, and
// turns every error into one line on stderr and exit code 2.

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <exception>

#include <fmt/format.h>

#include "gait/util/edit_distance.hpp"
#include "gait/version.hpp"

#include "cli/commands.hpp"

namespace {

constexpr int exit_usage_or_bad_input = 2;

// CLI11 would call a mistyped command an unexpected argument; say what it is.
void check_command_name(const CLI::App& app, int argc, char** argv) {
    if (argc < 2 || argv[1][0] == '-') return;
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands({}))
        names.push_back(command->get_name());
    if (std::find(names.begin(), names.end(), argv[1]) != names.end()) return;
    std::string hint = gait::did_you_mean(argv[1], names);
    if (hint.empty()) hint = fmt::format("the commands are {}", fmt::join(names, ", "));
    throw gait::Error({}, fmt::format("unknown command '{}'", argv[1]), hint);
}

int run(int argc, char** argv) {
    CLI::App app(
        "gait places an SRE team in the Crawl, Walk or Run phase of the SRE maturity "
        "model and lists the gaps to hold it and to reach the next.",
        "gait");
    app.set_version_flag("--version", fmt::format("gait {}", gait::version));
    app.require_subcommand(1);
    app.footer(
        "Examples:\n"
        "  gait init --team Payments -o payments.yaml   # write a file to fill in\n"
        "  gait assess --answers payments.yaml          # place the team, list the gaps\n"
        "  gait report report.json --format html -o report.html  # render a saved report\n"
        "  gait compare q3.yaml q4.yaml                 # what moved since last time\n"
        "  gait aggregate answers/ --format html -o org.html    # every team at once\n"
        "  gait migrate payments.yaml                   # update answers for a new rubric\n"
        "  gait rubric show                             # read the questions\n\n"
        "Run 'gait COMMAND --help' for a command's options.\n"
        "Exit codes: 0 ok, 1 below a --fail-below gate, 2 usage error or bad input.");

    gait::cli::AssessOptions assess;
    gait::cli::InitOptions init;
    gait::cli::RubricOptions rubric;
    gait::cli::ReportCommandOptions report;
    gait::cli::CompareOptions compare;
    gait::cli::AggregateCommandOptions aggregate;
    gait::cli::MigrateOptions migrate;
    CLI::App* assess_command = gait::cli::add_assess_command(app, assess);
    CLI::App* init_command = gait::cli::add_init_command(app, init);
    CLI::App* report_command = gait::cli::add_report_command(app, report);
    CLI::App* compare_command = gait::cli::add_compare_command(app, compare);
    CLI::App* aggregate_command = gait::cli::add_aggregate_command(app, aggregate);
    CLI::App* migrate_command = gait::cli::add_migrate_command(app, migrate);
    gait::cli::add_rubric_command(app, rubric);

    check_command_name(app, argc, argv);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help and --version
        gait::cli::print_diagnostic("error", {{}, e.what(), "run 'gait --help'"});
        return exit_usage_or_bad_input;
    }
    if (assess_command->parsed()) return gait::cli::run_assess(assess);
    if (init_command->parsed()) return gait::cli::run_init(init);
    if (report_command->parsed()) return gait::cli::run_report(report);
    if (compare_command->parsed()) return gait::cli::run_compare(compare);
    if (aggregate_command->parsed()) return gait::cli::run_aggregate(aggregate);
    if (migrate_command->parsed()) return gait::cli::run_migrate(migrate);
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
