#include <fmt/format.h>

#include "gait/file_io.hpp"
#include "gait/rubric_show.hpp"
#include "gait/text_format.hpp"

#include "commands.hpp"
#include "terminal.hpp"

namespace gait::cli {
namespace {

int run_lint(const std::string& path) {
    const std::string name = path.empty() ? builtin_rubric_name : path;
    const std::string text = path.empty() ? std::string(builtin_rubric_text()) : read_file(path);
    const std::vector<Diagnostic> problems = lint_rubric(text, name);
    for (const Diagnostic& problem : problems)
        print_diagnostic("error", problem);
    if (!problems.empty()) {
        fmt::print(stderr, "gait: {}: {}\n", printable(name), count_of(problems.size(), "problem"));
        return 2;
    }
    const Rubric rubric = load_rubric(text, name);
    std::size_t questions = 0;
    for (const Phase& phase : rubric.phases)
        questions += phase.questions.size();
    fmt::print("{}: ok, {}, {}, {}\n", printable(name), count_of(rubric.phases.size(), "phase"),
               count_of(rubric.areas.size(), "area"), count_of(questions, "question"));
    return 0;
}

}  // namespace

CLI::App* add_rubric_command(CLI::App& app, RubricOptions& options) {
    CLI::App* command = app.add_subcommand("rubric", "Show or check a rubric");
    command->require_subcommand(1);
    options.show = command->add_subcommand("show", "Print a rubric: phases, areas, questions");
    options.show->add_option("file", options.file, "Rubric file (default: the built-in one)")
        ->type_name("FILE");
    add_color_option(*options.show, options.color);
    options.show->footer("Example:\n  gait rubric show | less");
    options.lint = command->add_subcommand("lint", "Check a rubric and report every problem");
    options.lint->add_option("file", options.file, "Rubric file (default: the built-in one)")
        ->type_name("FILE");
    options.lint->footer(
        "Example:\n  gait rubric lint my-rubric.yaml\n\n"
        "Exit codes: 0 no problems, 2 problems found (one line each on stderr).");
    command->footer("Examples:\n  gait rubric show\n  gait rubric lint my-rubric.yaml");
    return command;
}

int run_rubric(const RubricOptions& options) {
    if (options.lint->parsed()) return run_lint(options.file);
    const Rubric rubric = load_rubric_or_builtin(options.file);
    write_output({}, render_rubric(rubric, style_for(stdout, options.color)));
    return 0;
}

}  // namespace gait::cli
