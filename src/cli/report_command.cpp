#include "gait/load/report_reader.hpp"

#include "cli/commands.hpp"

namespace gait::cli {

CLI::App* add_report_command(CLI::App& app, ReportCommandOptions& options) {
    CLI::App* command =
        app.add_subcommand("report", "Render a saved JSON report again, in any format");
    command->add_option("report", options.file, "A JSON report from 'gait assess --format json'")
        ->type_name("REPORT.json")
        ->required();
    add_report_options(*command, options.report);
    command->footer(
        "No rubric is needed: the report holds everything it shows.\n"
        "Exit codes: 0 ok, 1 placement below --fail-below or a due target missed\n"
        "(--fail-below-target), 2 usage error or bad input.\n\n"
        "Examples:\n"
        "  gait report report.json\n"
        "  gait report report.json --format html -o report.html\n"
        "  gait report report.json --format markdown --fail-below walk");
    return command;
}

int run_report(const ReportCommandOptions& options) {
    check_output_not_input(options.report.output, {options.file});
    return emit_report(load_report_file(options.file), options.report);
}

}  // namespace gait::cli
