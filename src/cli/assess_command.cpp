#include <optional>
#include <set>
#include <unistd.h>

#include <fmt/format.h>

#include "gait/load/answers.hpp"
#include "gait/score/respondents.hpp"
#include "gait/score/scoring.hpp"
#include "gait/score/team_files.hpp"
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

// A not-applicable answer must say why: --strict refuses the first that does
// not, where it stands in its file.
void check_reasons_given(const Rubric& rubric, const Answers& answers) {
    for (const Answer& answer : answers.answers) {
        const ScaleChoice* choice = find_choice(rubric, answer.choice);
        if (!choice || choice->value || !answer.reason.empty()) continue;
        throw Error(answer.where,
                    fmt::format("{} is answered {} with no reason", quote_value(answer.question),
                                quote_value(choice->id)),
                    "add 'reason: ...' saying why it does not apply, or drop --strict");
    }
}

MergeRule merge_rule(const std::string& name) {
    const std::optional<MergeRule> rule = merge_rule_named(ascii_lower(name));  // as --format
    if (!rule) {
        throw Error({}, fmt::format("--merge takes median, min or mean, not {}", quote_value(name)),
                    "median is the default");
    }
    return *rule;
}

// Files for different rubrics are refused naming both files. Asked only when a
// later file does not read against the first one's rubric: a file's rubric id
// takes a parse of its own, which the files that read need not pay.
void check_same_rubric(const InputText& first, const InputText& input) {
    const std::string first_id = named_rubric_id(first.text, first.name);
    const std::string id = named_rubric_id(input.text, input.name);
    if (id == first_id || id.empty() || first_id.empty()) return;
    throw Error({input.name, 0, 0},
                fmt::format("{} and {} answer different rubrics ({} and {})", first.name,
                            input.name, quote_value(first_id), quote_value(id)),
                "merge one team's answers to one rubric; for several teams, run "
                "'gait aggregate'");
}

Answers load_respondent(const InputText& input, const InputText& first, const Rubric& rubric) {
    try {
        return load_answers(input.text, input.name, rubric);
    } catch (const Error&) {
        if (&input != &first) check_same_rubric(first, input);
        throw;
    }
}

}  // namespace

CLI::App* add_assess_command(CLI::App& app, AssessOptions& options) {
    CLI::App* command =
        app.add_subcommand("assess", "Score a team's answers and report the phase and the gaps");
    command
        ->add_option("file", options.files, "Answers files or directories, as --answers takes them")
        ->type_name("FILE");
    command
        ->add_option("-a,--answers", options.answers,
                     "Answers file (YAML or JSON) or directory; several of one team merge")
        ->type_name("FILE");
    command
        ->add_option("--merge", options.merge,
                     "Several respondents: median (default), min or mean of their values")
        ->type_name("RULE");
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
    command
        ->add_option("--respondent", options.respondent,
                     "Questionnaire: who answers (else it asks)")
        ->type_name("NAME");
    command->add_flag("--restart", options.restart,
                      "Questionnaire: start over, keeping the old answers as FILE.DATE.bak");
    command->footer(
        "Without an answers file, on a terminal, it asks the questions, saving each answer.\n"
        "Exit codes: 0 ok, 1 placement below --fail-below or a due target missed\n"
        "(--fail-below-target), 2 usage error or bad input.\n\n"
        "Examples:\n"
        "  gait assess                                # on a terminal: the questionnaire\n"
        "  gait assess team.yaml -o report.html       # the format from the extension\n"
        "  gait assess team.yaml --fail-below crawl   # a CI gate\n"
        "  gait assess ana.yaml ben.yaml chloe.yaml   # three respondents, merged");
    return command;
}

namespace {

// The answers files, as arguments and with --answers, directories listed;
// empty for the questionnaire.
std::vector<std::string> answers_files(const AssessOptions& options) {
    std::vector<std::string> named = options.files;
    named.insert(named.end(), options.answers.begin(), options.answers.end());
    std::set<std::string> seen;
    for (const std::string& path : named) {
        if (!seen.insert(path).second) {
            throw Error({}, fmt::format("the answers file {} is named twice", quote_value(path)),
                        "name it once");
        }
    }
    std::vector<Diagnostic> problems;
    std::vector<std::string> paths;
    for (TeamFile& file : collect_team_files(named, problems))
        paths.push_back(std::move(file.path));
    if (!problems.empty())
        throw Error(problems.front().where, problems.front().message, problems.front().hint);
    if (paths.empty() && !named.empty()) {
        throw Error({named.front(), 0, 0}, "holds no answers file (.yaml, .yml or .json)");
    }
    return paths;
}

// What only the questionnaire reads would do nothing next to an answers file.
void check_no_questionnaire_options(const AssessOptions& options) {
    const std::pair<bool, const char*> given[] = {{!options.save.empty(), "--save"},
                                                  {!options.team.empty(), "--team"},
                                                  {!options.respondent.empty(), "--respondent"},
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
    check_output_not_input(options.report.output, {options.save, options.rubric});
    if (!::isatty(STDIN_FILENO) || !::isatty(STDOUT_FILENO)) {
        throw Error({}, "no answers file, and no terminal to ask the questions on",
                    "pass an answers file: gait assess FILE ('gait init' makes one)");
    }
    return run_interactive_assess(options, rubric);
}

}  // namespace

int run_assess(const AssessOptions& options) {
    const MergeRule rule = merge_rule(options.merge);
    const std::vector<std::string> paths = answers_files(options);
    if (!paths.empty()) check_no_questionnaire_options(options);
    if (paths.empty()) {
        const Rubric rubric = load_rubric_or_builtin(options.rubric);
        if (!options.report.fail_below.empty()) gate_index(rubric, options.report.fail_below);
        return run_questionnaire(options, rubric);
    }
    std::vector<std::string> read = paths;
    read.push_back(options.rubric);
    check_output_not_input(options.report.output, read);
    std::vector<InputText> inputs;
    for (const std::string& path : paths)
        inputs.push_back(read_input(path));
    const Rubric rubric = rubric_for_answers(options.rubric, inputs);
    if (!options.report.fail_below.empty()) gate_index(rubric, options.report.fail_below);
    std::vector<Answers> files;
    for (const InputText& input : inputs) {
        files.push_back(load_respondent(input, inputs.front(), rubric));
        warn_if_future(input.name, files.back().date);
        for (const Diagnostic& warning : files.back().warnings)
            print_diagnostic("warning", warning);
    }
    for (const Answers& file : files) {
        if (options.strict) check_reasons_given(rubric, file);
    }
    if (files.size() == 1) return report(options, rubric, files.front());
    check_one_team(files);
    const MergedAnswers merged = merge_respondents(rubric, files, rule);
    for (const Diagnostic& warning : merged.answers.warnings)
        print_diagnostic("warning", warning);
    const Result result = score_merged(rubric, merged);
    if (options.strict) check_all_answered(result, files.front());
    return emit_report(result, options.report);
}

int report(const AssessOptions& options, const Rubric& rubric, const Answers& answers) {
    const Result result = score(rubric, answers);
    if (options.strict) check_all_answered(result, answers);
    return emit_report(result, options.report);
}

}  // namespace gait::cli
