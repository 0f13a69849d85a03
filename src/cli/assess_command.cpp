#include <unistd.h>

#include <fmt/format.h>

#include "gait/answers.hpp"
#include "gait/edit_distance.hpp"
#include "gait/report_json.hpp"
#include "gait/report_text.hpp"
#include "gait/scoring.hpp"
#include "gait/text_format.hpp"

#include "commands.hpp"
#include "terminal.hpp"

namespace gait::cli {
namespace {

// Index of the phase --fail-below names; a usage error when there is none.
std::size_t gate_index(const Rubric& rubric, const std::string& phase_id) {
    std::vector<std::string> ids;
    for (std::size_t p = 0; p < rubric.phases.size(); ++p) {
        if (rubric.phases[p].id == phase_id) return p;
        ids.push_back(rubric.phases[p].id);
    }
    std::string hint = did_you_mean(phase_id, ids);
    if (hint.empty()) hint = fmt::format("the phases are {}", fmt::join(ids, ", "));
    throw Error({}, fmt::format("--fail-below names unknown phase '{}'", phase_id), hint);
}

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
    CLI::App* command = app.add_subcommand("assess",
                                           "Score a team's answers and report the "
                                           "phase and the gaps");
    command->add_option("-a,--answers", options.answers, "Answers file (YAML or JSON)")
        ->type_name("FILE");
    command->add_option("-r,--rubric", options.rubric, "Rubric file (default: built-in SRE rubric)")
        ->type_name("FILE");
    command->add_option("-f,--format", options.format, "Report format")
        ->check(CLI::IsMember({"text", "json"}))
        ->default_str("text");
    command->add_option("-o,--output", options.output, "Write the report to FILE, not stdout")
        ->type_name("FILE");
    command->add_flag("--strict", options.strict, "Unanswered questions are an error");
    command
        ->add_option("--save", options.save,
                     "Questionnaire: save answers to FILE (default: gait-answers.yaml); "
                     "run again to resume")
        ->type_name("FILE");
    command->add_option("-t,--team", options.team, "Questionnaire: the team's name")
        ->type_name("NAME");
    add_color_option(*command, options.color);
    command->add_flag("--restart", options.restart,
                      "Questionnaire: start over, keeping the old answers as FILE.bak");
    command
        ->add_option("--fail-below", options.fail_below,
                     "Exit 1 when the placement is below PHASE (a phase id)")
        ->type_name("PHASE");
    command->footer(
        "Examples:\n"
        "  gait assess                          # on a terminal: the questionnaire\n"
        "  gait assess --answers team.yaml\n"
        "  gait assess --answers team.yaml --format json -o report.json\n"
        "  gait assess --answers team.yaml --fail-below crawl   # CI gate\n\n"
        "Exit codes: 0 ok, 1 placement below --fail-below, 2 usage error or bad input.");
    return command;
}

int run_assess(const AssessOptions& options) {
    const Rubric rubric = load_rubric_or_builtin(options.rubric);
    if (!options.fail_below.empty()) gate_index(rubric, options.fail_below);  // a usage error first
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
    const TextStyle style = options.output.empty() ? style_for(stdout, options.color) : TextStyle{};
    return report(options, rubric, answers, style);
}

int report(const AssessOptions& options, const Rubric& rubric, const Answers& answers,
           const TextStyle& terminal_style) {
    const Result result = score(rubric, answers);
    if (options.strict) check_all_answered(result, answers);
    if (options.format == "json" && !options.output.empty() && terminal_style.color) {
        write_output({}, render_text(result, terminal_style));  // the questionnaire's person
    }
    write_output(options.output, options.format == "json" ? render_json(result)
                                                          : render_text(result, terminal_style));
    if (options.fail_below.empty()) return 0;
    const std::size_t gate = gate_index(rubric, options.fail_below);
    if (result.placement && *result.placement >= gate) return 0;
    fmt::print(stderr, "gait: placement is below {}, the --fail-below gate\n",
               printable(rubric.phases[gate].name));
    return 1;
}

}  // namespace gait::cli
