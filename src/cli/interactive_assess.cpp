// gait assess on a terminal with no --answers: the questionnaire, saved in
// place after every answer, one questionnaire per file at a time, then the report.

#include <cstdio>
#include <optional>
#include <signal.h>

#include <fmt/format.h>

#include "gait/ask/questionnaire.hpp"
#include "gait/load/answers_store.hpp"
#include "gait/score/scoring.hpp"
#include "gait/util/file_io.hpp"
#include "gait/util/file_lock.hpp"

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "cli/terminal_console.hpp"

namespace gait::cli {
namespace {

// With --restart, moves the earlier answers to a dated backup that never
// replaces another, and returns its name; empty when there was nothing to move.
std::string move_for_restart(const AssessOptions& options) {
    if (!options.restart || !file_exists(options.save)) return {};
    const std::string backup =
        move_to_free_name(options.save, options.save + "." + today(), ".bak");
    tell(fmt::format("the previous answers are kept in {}", printable(backup)));
    return backup;
}

// Resuming one team's answers under another team's name would put them under the wrong name.
void check_team(const Answers& saved, const AssessOptions& options) {
    if (options.team.empty() || saved.team.empty() || saved.team == options.team) return;
    throw Error({options.save, 0, 0},
                fmt::format("holds the answers of team {}, not {}", quote_value(saved.team),
                            quote_value(options.team)),
                fmt::format("to assess {} in a file of its own, add --save with another path; "
                            "to go on with {}, leave --team off",
                            options.team, saved.team));
}

// One person's answers resumed under another person's name would be theirs no more.
void check_respondent(const Answers& saved, const AssessOptions& options) {
    if (options.respondent.empty() || saved.respondent.empty() ||
        saved.respondent == options.respondent)
        return;
    throw Error({options.save, 0, 0},
                fmt::format("holds the answers of {}, not {}", quote_value(saved.respondent),
                            quote_value(options.respondent)),
                "each respondent answers in a file of their own: add --save with another path");
}

// The answers to go on from: the saved file when there is one (never replaced
// by one for another rubric or team), else a new set.
Answers starting_answers(const Rubric& rubric, const AssessOptions& options, AnswersStore& store) {
    std::optional<Answers> saved;
    store = open_answers_store(options.save, rubric, saved);
    Answers answers;
    if (saved) {
        for (const Diagnostic& warning : saved->warnings)
            print_diagnostic("warning", warning);
        check_team(*saved, options);
        check_respondent(*saved, options);
        answers = std::move(*saved);
    }
    answers.rubric_id = rubric.id;
    answers.rubric_version = rubric.version;
    if (!options.team.empty()) answers.team = options.team;
    if (!options.respondent.empty()) answers.respondent = options.respondent;
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

// Where the answers are, said only of files that exist: "saved" only after a
// save succeeded in this run.
std::string where_answers_are(const AnswersStore& store, const std::string& backup) {
    if (store.saves > 0) return "answers saved to " + printable(store.path);
    if (store.known) return "no new answer; the answers are in " + printable(store.path);
    if (!backup.empty())
        return "nothing was saved; the previous answers are in " + printable(backup);
    return "nothing was saved";
}

}  // namespace

int run_interactive_assess(const AssessOptions& options, const Rubric& rubric) {
    const FileLock lock(options.save);
    const std::string backup = move_for_restart(options);
    AnswersStore store;
    Answers answers = starting_answers(rubric, options, store);
    const QuestionnaireOptions questionnaire{options.save, today(), options.respondent.empty()};
    QuestionnaireEnd end;
    {
        TerminalConsole console(options.report.color);
        end = run_questionnaire(rubric, answers, console, questionnaire,
                                [&](const Answers& a) { save_answers(store, rubric, a); });
    }
    if (end != QuestionnaireEnd::finished) {
        if (end != QuestionnaireEnd::hung_up) {
            const std::string go_on =
                store.known ? "; to go on, run: " + printable(resume_command(options)) : "";
            tell(fmt::format("{}{}", where_answers_are(store, backup), go_on));
        }
        return exit_code_for(end);
    }
    if (!options.report.output.empty()) {
        // The person at the terminal reads the report too; the file gets --format.
        const Result result = score(rubric, answers);
        write_output(
            {}, render_in_format(result, Format::text, style_for(stdout, options.report.color)));
    }
    const int code = report(options, rubric, answers);
    tell(fmt::format("{}", where_answers_are(store, backup)));
    return code;
}

}  // namespace gait::cli
