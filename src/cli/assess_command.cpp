#include <unistd.h>

#include <fmt/format.h>

#include "gait/load/answers.hpp"
#include "gait/score/scoring.hpp"
#include "gait/util/text_format.hpp"

#include "cli/commands.hpp"

namespace gait::cli {
namespace {

void check_all_answered(const Result& result, const Answers& answers) {
    if (result.unanswered.empty()) return;
    throw Error(
        answers.where,
        fmt::format("{} unanswered, the first {}", count_of(result.unanswered.size(), "question"),
                    quote_value(result.unanswered.front().question)),
        "answer every question, or drop --strict");
}

}  // namespace

CLI::App* add_assess_command(CLI::App& app, AssessOptions& options) {
    CLI::App* command =
        app.add_subcommand("assess", "Score a team's answers and report the phase and the gaps");
    command->add_option("file", options.files, "The answers file, as --answers takes it")
        ->type_name("FILE");
    command->add_option("-a,--answers", options.answers, "Answers file (YAML or JSON)")
        ->type_name("FILE");
    add_rubric_option(*command, options.rubric, "Rubric file");
    add_report_options(*command, options.report);
    command->add_flag("--strict", options.strict, "Unanswered questions are an error");
    command
        ->add_option("--save", options.save,
                     "Questionnaire: save answers to FILE (default: gait-answers.yaml); "
                     "run again to resume")
        ->type_name("FILE");
    command->add_option("-t,--team", options.team, "Questionnaire: the team's name")
        ->type_name("NAME");
    command->add_flag("--restart", options.restart,
                      "Questionnaire: start over, keeping the old answers as FILE.DATE.bak");
    command->footer(
        "Without an answers file, on a terminal, it asks the questions, saving each answer.\n"
        "Exit codes: 0 ok, 1 placement below --fail-below, 2 usage error or bad input.\n\n"
        "Examples:\n"
        "  gait assess                                # on a terminal: the questionnaire\n"
        "  gait assess team.yaml -o report.html       # the format from the extension\n"
        "  gait assess team.yaml --fail-below crawl   # a CI gate");
    return command;
}

namespace {

// The answers file, as an argument or with --answers; empty for the questionnaire.
std::string answers_file(const AssessOptions& options) {
    if (options.files.size() > 1) {
        throw Error(
            {}, fmt::format("gait assess scores one answers file, not {}", options.files.size()),
            "for several teams, run 'gait aggregate' on their files");
    }
    if (options.files.empty()) return options.answers;
    if (!options.answers.empty()) {
        throw Error({},
                    fmt::format("the answers file is named twice, as {} and as --answers {}",
                                quote_value(options.files.front()), quote_value(options.answers)),
                    "name it once");
    }
    return options.files.front();
}

// What only the questionnaire reads would do nothing next to an answers file.
void check_no_questionnaire_options(const AssessOptions& options) {
    const std::pair<bool, const char*> given[] = {{!options.save.empty(), "--save"},
                                                  {!options.team.empty(), "--team"},
                                                  {options.restart, "--restart"}};
    for (const auto& [is_given, name] : given) {
        if (!is_given) continue;
        throw Error({}, fmt::format("{} is for the questionnaire, not for an answers file", name),
                    fmt::format("drop {}, or the answers file to answer on the terminal", name));
    }
}

int run_questionnaire(AssessOptions options, const Rubric& rubric) {
    if (options.save.empty()) options.save = default_save_path;
    check_yaml_output("--save", options.save);
    if (!::isatty(STDIN_FILENO) || !::isatty(STDOUT_FILENO)) {
        throw Error({}, "no answers file, and no terminal to ask the questions on",
                    "pass an answers file: gait assess FILE ('gait init' makes one)");
    }
    return run_interactive_assess(options, rubric);
}

}  // namespace

int run_assess(const AssessOptions& options) {
    const std::string path = answers_file(options);
    if (!path.empty()) check_no_questionnaire_options(options);
    if (path.empty()) {
        const Rubric rubric = load_rubric_or_builtin(options.rubric);
        if (!options.report.fail_below.empty()) gate_index(rubric, options.report.fail_below);
        return run_questionnaire(options, rubric);
    }
    const InputText input = read_input(path);
    const Rubric rubric = rubric_for_answers(options.rubric, {input});
    if (!options.report.fail_below.empty()) gate_index(rubric, options.report.fail_below);
    const Answers answers = load_answers(input.text, input.name, rubric);
    for (const Diagnostic& warning : answers.warnings)
        print_diagnostic("warning", warning);
    return report(options, rubric, answers);
}

int report(const AssessOptions& options, const Rubric& rubric, const Answers& answers) {
    const Result result = score(rubric, answers);
    if (options.strict) check_all_answered(result, answers);
    return emit_report(result, options.report);
}

}  // namespace gait::cli
