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
        fmt::format("{} unanswered, the first '{}'", count_of(result.unanswered.size(), "question"),
                    result.unanswered.front().question),
        "answer every question, or drop --strict");
}

}  // namespace

CLI::App* add_assess_command(CLI::App& app, AssessOptions& options) {
    CLI::App* command =
        app.add_subcommand("assess", "Score a team's answers and report the phase and the gaps");
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
        "Examples:\n"
        "  gait assess                          # on a terminal: the questionnaire\n"
        "  gait assess --answers team.yaml\n"
        "  gait assess --answers team.yaml --format json -o report.json\n"
        "  gait assess --answers team.yaml --format markdown >> \"$GITHUB_STEP_SUMMARY\"\n"
        "  gait assess --answers team.yaml --fail-below crawl   # CI gate\n\n"
        "Exit codes: 0 ok, 1 placement below --fail-below, 2 usage error or bad input.");
    return command;
}

int run_assess(const AssessOptions& options) {
    const Rubric rubric = load_rubric_or_builtin(options.rubric);
    if (!options.report.fail_below.empty()) gate_index(rubric, options.report.fail_below);
    if (options.answers.empty()) {
        if (!::isatty(STDIN_FILENO) || !::isatty(STDOUT_FILENO)) {
            throw Error({}, "no answers file, and no terminal to ask the questions on",
                        "pass --answers FILE ('gait init' makes one)");
        }
        return run_interactive_assess(options, rubric);
    }
    const Answers answers = load_answers_file(options.answers, rubric);
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
