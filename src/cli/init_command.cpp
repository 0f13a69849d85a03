#include <ctime>
#include <sys/stat.h>

#include "gait/load/answers_template.hpp"

#include "cli/commands.hpp"

namespace gait::cli {

CLI::App* add_init_command(CLI::App& app, InitOptions& options) {
    CLI::App* command =
        app.add_subcommand("init", "Write an answers file to fill in, with every question");
    add_rubric_option(*command, options.rubric, "Rubric file");
    command->add_option("-o,--output", options.output, "Write to FILE, atomically, not to stdout")
        ->type_name("FILE");
    command->add_option("-t,--team", options.team, "The team's name")->type_name("NAME");
    command->add_option("--respondent", options.respondent, "Who will fill it in")
        ->type_name("NAME");
    command->add_flag("--force", options.force, "Overwrite the output file if it exists");
    command->footer(
        "Examples:\n"
        "  gait init --team Payments -o payments.yaml\n"
        "  gait init --team Payments --respondent Ana -o ana.yaml\n"
        "  gait assess --answers payments.yaml");
    return command;
}

namespace {

// The command that scores the new file, for its header: the rubric and the
// file named as they were given, so that it can be copied as it stands.
std::string score_command(const InitOptions& options, bool to_file) {
    std::string command = "gait assess";
    if (!options.rubric.empty()) command += " --rubric " + shell_word(options.rubric, "RUBRIC");
    return command + " --answers " +
           (to_file ? shell_word(options.output, "THIS-FILE") : "THIS-FILE");
}

}  // namespace

int run_init(const InitOptions& options) {
    check_output_not_input(options.output, {options.rubric});
    const Rubric rubric = load_rubric_or_builtin(options.rubric);
    const bool to_file = !options.output.empty() && options.output != "-";
    if (to_file) check_yaml_output("-o", options.output);
    if (options.force && !to_file) {
        throw Error({}, "--force replaces an existing -o FILE, and there is none",
                    "drop --force, or add -o FILE");
    }
    if (to_file && !options.force && file_exists(options.output)) {
        throw Error({options.output, 0, 0}, "already exists; gait init does not overwrite it",
                    "pass --force to replace it");
    }
    write_output(options.output,
                 render_answers_template(rubric, options.team, today(), installed_schema("answers"),
                                         score_command(options, to_file), options.respondent));
    return 0;
}

}  // namespace gait::cli
