#include <fmt/format.h>

#include "gait/document/rubric_document.hpp"
#include "gait/format/text_writer.hpp"
#include "gait/util/text_format.hpp"

#include "cli/commands.hpp"
#include "cli/terminal.hpp"

namespace gait::cli {
namespace {

std::size_t question_count(const Rubric& rubric) {
    std::size_t questions = 0;
    for (const Phase& phase : rubric.phases)
        questions += phase.questions.size();
    return questions;
}

int run_lint(const std::string& name_or_path, const TextStyle& style) {
    const RubricSource source = rubric_source(name_or_path);
    const std::vector<Diagnostic> problems = lint_rubric(source.text, source.name);
    for (const Diagnostic& problem : problems)
        print_diagnostic("error", problem);
    if (!problems.empty()) {
        tell(fmt::format("{}: {}", printable(source.name), count_of(problems.size(), "problem")));
        return 2;
    }
    const Rubric rubric = load_rubric(source.text, source.name);
    fmt::print("{}: {}, {}, {}, {}\n", printable(source.name), paint("ok", Paint::green, style),
               count_of(rubric.phases.size(), "phase"), count_of(rubric.areas.size(), "area"),
               count_of(question_count(rubric), "question"));
    return 0;
}

int run_list(const TextStyle& style) {
    const std::vector<BundledRubric> bundled = bundled_rubrics();
    std::string out = paint(fmt::format("{:<14}{:<18}{:<9}{:<11}{}", "NAME", "ID", "VERSION",
                                        "QUESTIONS", "TITLE"),
                            Paint::bold, style) +
                      "\n";
    for (std::size_t i = 0; i < bundled.size(); ++i) {
        const Rubric rubric = load_bundled_rubric(bundled[i]);
        std::string title = printable(rubric.title);
        if (i == 0) title += paint(" (default)", Paint::dim, style);
        out += fmt::format("{:<14}{:<18}{:<9}{:<11}{}\n", bundled[i].name, rubric.id,
                           printable(rubric.version), question_count(rubric), title);
    }
    write_output({}, out);
    return 0;
}

// Both forms name the rubric: `gait rubric show FILE` and `gait rubric show -r NAME`.
void add_rubric_arguments(CLI::App& command, RubricOptions& options) {
    command.add_option("file", options.file, "A bundled rubric's name or a file (default: sre)")
        ->type_name("NAME|FILE");
    add_rubric_option(command, options.rubric, "The same, as an option");
    add_color_option(command, options.color);
}

// A bundled rubric's YAML as shipped, comments and all: a start for one's own.
int run_export(const RubricOptions& options) {
    const std::string name = options.file.empty() ? "sre" : options.file;
    const std::optional<BundledRubric> bundled = find_bundled_rubric(name);
    if (!bundled) {
        throw Error({}, fmt::format("no bundled rubric named {}", quote_value(name)),
                    bundled_rubric_hint(name));
    }
    if (options.output != "-") check_yaml_output("-o", options.output);
    write_output(options.output, std::string(bundled->text));
    return 0;
}

void add_export_command(CLI::App& rubric, RubricOptions& options) {
    options.export_yaml =
        rubric.add_subcommand("export", "Write a bundled rubric's YAML, to start one of your own");
    options.export_yaml->add_option("name", options.file, "A bundled rubric's name (default: sre)")
        ->type_name("NAME");
    options.export_yaml
        ->add_option("-o,--output", options.output, "Write to FILE, atomically, not to stdout")
        ->type_name("FILE");
    options.export_yaml->footer(
        "The YAML is the file gait was built with, with its comments; edit its id and title,\n"
        "then check it with 'gait rubric lint' and use it with --rubric FILE.\n\n"
        "Examples:\n"
        "  gait rubric export -o my-rubric.yaml\n"
        "  gait rubric export health-check -o quick.yaml\n"
        "  gait rubric lint my-rubric.yaml");
}

// Named twice, one way each: refused rather than one silently winning.
std::string rubric_named(const RubricOptions& options) {
    if (options.file.empty()) return options.rubric;
    if (options.rubric.empty()) return options.file;
    throw Error({},
                fmt::format("the rubric is named twice, as {} and as --rubric {}",
                            quote_value(options.file), quote_value(options.rubric)),
                "name it once");
}

}  // namespace

CLI::App* add_rubric_command(CLI::App& app, RubricOptions& options) {
    CLI::App* command = app.add_subcommand("rubric", "List, show, check or export rubrics");
    command->require_subcommand(1);
    options.list = command->add_subcommand("list", "List the bundled rubrics");
    add_color_option(*options.list, options.color);
    options.list->footer("Examples:\n  gait rubric list\n  gait assess --rubric health-check");
    options.show = command->add_subcommand("show", "Print a rubric: phases, areas, questions");
    add_rubric_arguments(*options.show, options);
    options.show->footer("Examples:\n  gait rubric show | less\n  gait rubric show health-check");
    options.lint = command->add_subcommand("lint", "Check a rubric and report every problem");
    add_rubric_arguments(*options.lint, options);
    options.lint->footer(
        "Exit codes: 0 no problems, 2 problems found (one line each on stderr).\n\n"
        "Examples:\n  gait rubric lint my-rubric.yaml\n  gait rubric lint - < my-rubric.yaml");
    add_export_command(*command, options);
    command->footer(
        "Examples:\n  gait rubric list\n  gait rubric show health-check\n"
        "  gait rubric export -o my-rubric.yaml");
    return command;
}

int run_rubric(const RubricOptions& options) {
    const TextStyle style = style_for(stdout, options.color);
    if (options.list->parsed()) return run_list(style);
    if (options.lint->parsed()) return run_lint(rubric_named(options), style);
    if (options.export_yaml->parsed()) return run_export(options);
    write_output({},
                 write_text(rubric_document(load_rubric_or_builtin(rubric_named(options))), style));
    return 0;
}

}  // namespace gait::cli
