// gait assess on a terminal with no --answers: the questionnaire, saved after
// every answer, then the report.

#include <cstdio>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "gait/answers_writer.hpp"
#include "gait/file_io.hpp"
#include "gait/questionnaire.hpp"
#include "gait/scoring.hpp"

#include "commands.hpp"
#include "terminal.hpp"
#include "terminal_console.hpp"

namespace gait::cli {
namespace {

// The answers to go on from: the saved file when there is one (never replaced
// by one for another rubric), else a new set.
Answers starting_answers(const Rubric& rubric, const AssessOptions& options) {
    if (options.restart && file_exists(options.save)) {
        const std::string backup = options.save + ".bak";
        if (::rename(options.save.c_str(), backup.c_str()) != 0) {
            throw Error({options.save, 0, 0}, "cannot keep the old answers as " + backup);
        }
        fmt::print(stderr, "gait: the previous answers are kept in {}\n", printable(backup));
    }
    Answers answers;
    if (file_exists(options.save)) {
        answers = load_answers_file(options.save, rubric);
        for (const Diagnostic& warning : answers.warnings)
            print_diagnostic("warning", warning);
    }
    answers.rubric_id = rubric.id;
    answers.rubric_version = rubric.version;
    if (!options.team.empty()) answers.team = options.team;
    return answers;
}

int exit_code_for(QuestionnaireEnd end) {
    switch (end) {
        case QuestionnaireEnd::interrupted:
            return 128 + SIGINT;
        case QuestionnaireEnd::terminated:
            return 128 + SIGTERM;
        case QuestionnaireEnd::hung_up:
            return 128 + SIGHUP;
        default:
            return 0;
    }
}

std::string resume_command(const AssessOptions& options) {
    std::string command = "gait assess";
    if (!options.rubric.empty()) command += " --rubric " + options.rubric;
    if (options.save != default_save_path) command += " --save " + options.save;
    return command;
}

}  // namespace

int run_interactive_assess(const AssessOptions& options, const Rubric& rubric) {
    Answers answers = starting_answers(rubric, options);
    const QuestionnaireOptions questionnaire{options.save, today()};
    QuestionnaireEnd end;
    {
        TerminalConsole console(options.report.color);
        end = run_questionnaire(rubric, answers, console, questionnaire, [&](const Answers& a) {
            write_file_atomically(options.save, render_answers(rubric, a));
        });
    }
    if (end != QuestionnaireEnd::finished) {
        if (end != QuestionnaireEnd::hung_up) {
            fmt::print(stderr, "gait: answers saved to {}; to go on, run: {}\n",
                       printable(options.save), printable(resume_command(options)));
        }
        return exit_code_for(end);
    }
    if (!options.report.output.empty()) {
        // The person at the terminal reads the report too; the file gets --format.
        const Result result = score(rubric, answers);
        write_output({}, render_in_format(result, "text", style_for(stdout, options.report.color)));
    }
    const int code = report(options, rubric, answers);
    fmt::print(stderr, "gait: answers saved to {}\n", printable(options.save));
    return code;
}

}  // namespace gait::cli
