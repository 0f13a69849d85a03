#include <algorithm>

#include <fmt/format.h>

#include "gait/load/answers_writer.hpp"
#include "gait/util/file_io.hpp"

#include "cli/commands.hpp"

namespace gait::cli {

CLI::App* add_migrate_command(CLI::App& app, MigrateOptions& options) {
    CLI::App* command = app.add_subcommand(
        "migrate", "Rewrite an answers file for the rubric's current version, keeping every note");
    command->add_option("file", options.file, "The answers file")->required()->type_name("FILE");
    add_rubric_option(*command, options.rubric, "Rubric file");
    command
        ->add_option("-o,--output", options.output,
                     "Write to FILE ('-' for stdout), not over the answers file")
        ->type_name("FILE");
    command->footer(
        "Answers to renamed questions carry over; the parts of a split question take the old\n"
        "answer, marked carried_from until confirmed; answers to removed questions stay as\n"
        "comments. The file is replaced atomically, and only if nobody changed it meanwhile.\n\n"
        "Examples:\n"
        "  gait migrate payments.yaml\n"
        "  gait migrate payments.yaml -o payments-2.0.yaml");
    return command;
}

namespace {

// The comment lines a file starts with: what the team wrote about it stays on
// top. The line render_answers starts with is left out: it writes it again.
std::string leading_comments(const std::string& text) {
    std::string comments;
    std::size_t start = 0;
    while (start < text.size() && text[start] == '#') {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, end - start);
        const bool gaits_own = line.rfind("# Answers to ", 0) == 0 && line.size() >= 16 &&
                               line.compare(line.size() - 16, 16, "written by gait.") == 0;
        if (!gaits_own) comments += line + "\n";
        start = end + 1;
    }
    return comments;
}

}  // namespace

int run_migrate(const MigrateOptions& options) {
    if (options.output != "-") check_yaml_output("-o", options.output);
    const InputText input = read_input(options.file);
    const Rubric rubric = rubric_for_answers(options.rubric, {input});
    const std::string& text = input.text;
    const std::string& name = input.name;
    const Answers answers = load_answers(text, name, rubric);
    if (!answers.migration.any() && answers.rubric_version == rubric.version) {
        tell(fmt::format("{} is already for version {} of {}; nothing to change", name,
                         rubric.version, quote_value(rubric.id)));
        return 0;
    }
    for (Diagnostic warning : answers.warnings) {
        warning.hint.clear();  // "run gait migrate": what this is
        print_diagnostic("warning", warning);
    }
    const std::string migrated = leading_comments(text) + render_answers(rubric, answers);
    if (!options.output.empty()) {
        write_output(options.output, migrated);
        return 0;
    }
    write_file_atomically(options.file, migrated, [&] {
        if (read_file(options.file) != text) {
            throw Error({name, 0, 0}, "changed while gait was migrating it; left as it is",
                        "run gait migrate again");
        }
    });
    tell(fmt::format("{} now answers version {} of {}", name, rubric.version,
                     quote_value(rubric.id)));
    return 0;
}

}  // namespace gait::cli
