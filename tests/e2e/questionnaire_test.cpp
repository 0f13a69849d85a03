// The questionnaire on a real (pseudo-)terminal: keys in, screens out, answers
// saved after every answer, and the terminal put back however it ends.

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <signal.h>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "pty_session.hpp"
#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::PtySession;
using gait::test::read_text;
using gait::test::run_gait;

namespace {

const std::string five_level = "tests/data/rubrics/five-level.yaml";

std::string scratch(const std::string& name) {
    const std::string path = "/tmp/gait-pty-" + std::to_string(::getpid()) + "-" + name;
    std::remove(path.c_str());
    return path;
}

// The file named in gait's message after `lead`, up to the end of its line.
std::string named_after(const std::string& output, const std::string& lead) {
    const std::size_t at = output.find(lead);
    if (at == std::string::npos) return {};
    const std::size_t start = at + lead.size();
    return output.substr(start, output.find_first_of("\r\n;", start) - start);
}

// What the terminal showed with each line break made a space: a sentence wrapped
// on screen reads whole.
std::string joined_lines(std::string text) {
    for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at))
        text.replace(at, 2, " ");
    return text;
}

std::size_t line_count(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

std::vector<std::string> questionnaire(const std::string& save) {
    return {"assess", "--rubric", five_level, "--save", save};
}

// Presses `key` and waits for the screen it leads to.
void answer(PtySession& session, const std::string& key, const std::string& next_screen) {
    session.send(key);
    REQUIRE(session.wait_for(next_screen));
}

// Starts a new questionnaire for team Ops, answered by `respondent` (none: Enter
// skips the question), and waits for question 1.
void begin(PtySession& session, const std::string& respondent = {}) {
    REQUIRE(session.wait_for("Team name: "));
    session.send("Ops\r");
    REQUIRE(session.wait_for("Your name (Enter to skip): "));
    session.send(respondent + "\r");
    REQUIRE(session.wait_for("Press any key to begin"));
    answer(session, " ", "Question 1 of 7");
}

// Presses q and waits for gait to end with exit code 0.
void quit(PtySession& session) {
    session.send("q");
    CHECK(session.wait_exit() == 0);
}

// A new questionnaire for team Ops at `save`: `keys` answer the first questions, then q.
void answer_first(const std::string& save, const std::string& keys) {
    PtySession session(questionnaire(save));
    begin(session);
    for (std::size_t i = 0; i < keys.size(); ++i)
        answer(session, keys.substr(i, 1), "Question " + std::to_string(i + 2) + " of 7");
    quit(session);
}

}  // namespace

TEST_CASE("questionnaire: answer, go back, add a note, quit, resume, finish") {
    const std::string save = scratch("flow.yaml");
    {
        PtySession session(questionnaire(save), {"NO_COLOR=1"});
        REQUIRE(session.wait_for("7 questions in 3 phases: Bronze, Silver, Gold."));
        begin(session);
        answer(session, "d", "Question 2 of 7");
        answer(session, "m", "Question 3 of 7");
        answer(session, "b", "Question 2 of 7");
        answer(session, "d", "Question 3 of 7");
        answer(session, "e", "Note: ");
        answer(session, "no restore test yet\r", "Note: no restore test yet");
        quit(session);
        CHECK_THAT(session.output(),
                   Contains("answers saved to " + save + "; to go on, run: gait assess --rubric " +
                            five_level + " --save " + save));
        CHECK(session.terminal_restored());
    }
    const std::string saved = read_text(save);
    CHECK_THAT(saved, Contains("team: \"Ops\""));
    CHECK_THAT(saved, Contains("  bronze.build.ci: \"done\"\n"));
    CHECK_THAT(saved, Contains("  bronze.operate.alerts: \"done\"\n"));
    CHECK_THAT(saved, Contains("  bronze.operate.backups:\n    note: \"no restore test yet\"\n"));

    PtySession session(questionnaire(save), {"NO_COLOR=1"});
    REQUIRE(session.wait_for("Resuming Ops: 2 of 7 answered, starting at question 3."));
    answer(session, " ", "Question 3 of 7");
    // Each n/a with its reason: --strict below refuses one without.
    answer(session, "xNo stateful data\r",
           "Bronze done: score 1.00 for a threshold of 0.50; the team holds Bronze.");
    REQUIRE(session.wait_for("Question 4 of 7"));
    answer(session, "n", "Question 5 of 7");
    answer(session, "t", "Question 6 of 7");
    answer(session, "xBatch jobs: no canary\r", "Question 7 of 7");
    answer(session, "xNo chaos on a single host\r", "Review: 7 of 7 answered");
    answer(session, "\r", "Placement: Bronze");
    CHECK(session.wait_exit() == 0);
    CHECK(session.terminal_restored());
    CHECK_THAT(session.output(), Contains("gait: answers saved to " + save));
    const auto report = run_gait(
        {"assess", "--rubric", five_level, "--answers", save, "--strict", "--format", "json"});
    CHECK(report.exit_code == 0);
    CHECK_THAT(report.out, Contains("\"phase\": \"bronze\""));
    CHECK_THAT(read_text(save),
               Contains("  bronze.operate.backups:\n    answer: \"skip\"\n"
                        "    reason: \"No stateful data\"\n    note: \"no restore test yet\"\n"));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a kill -9 between answers loses nothing already answered") {
    const std::string save = scratch("killed.yaml");
    PtySession session(questionnaire(save));
    begin(session);
    answer(session, "d", "Question 2 of 7");
    answer(session, "h", "Question 3 of 7");
    answer(session, "x\r", "Question 4 of 7");
    session.kill(SIGKILL);
    CHECK(session.wait_exit() == 128 + SIGKILL);
    const auto report =
        run_gait({"assess", "--rubric", five_level, "--answers", save, "--format", "json"});
    CHECK(report.exit_code == 0);
    CHECK_THAT(report.out, Contains("\"answer\": \"half\""));  // alerts, an essential
    CHECK_THAT(report.out, Contains("\"question\": \"silver.build.review\""));  // unanswered
    const std::string saved = read_text(save);
    CHECK_THAT(saved, Contains("bronze.build.ci: \"done\""));
    CHECK_THAT(saved, Contains("bronze.operate.alerts: \"half\""));
    CHECK_THAT(saved, Contains("bronze.operate.backups: \"skip\""));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: Ctrl-C, SIGTERM, SIGHUP and end of input save and restore the terminal") {
    const auto [how, code] = GENERATE(table<std::string, int>(
        {{"ctrl-c", 130}, {"sigterm", 143}, {"sighup", 129}, {"ctrl-d", 0}}));
    const std::string save = scratch("end-" + how + ".yaml");
    PtySession session(questionnaire(save));
    begin(session);
    answer(session, "t", "Question 2 of 7");
    if (how == "ctrl-c") session.send("\x03");
    if (how == "ctrl-d") session.send("\x04");
    if (how == "sigterm") session.kill(SIGTERM);
    if (how == "sighup") session.kill(SIGHUP);
    INFO("ended by " << how);
    CHECK(session.wait_exit() == code);
    CHECK(session.terminal_restored());
    if (how != "sighup") CHECK_THAT(session.output(), Contains("to go on, run: gait assess"));
    CHECK_THAT(read_text(save), Contains("bronze.build.ci: \"started\""));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a saved file for another rubric is refused, not overwritten") {
    const std::string save = scratch("other-rubric.yaml");
    std::ofstream(save) << read_text(gait::test::source_path("data/examples/walk.yaml"));
    const std::string before = read_text(save);
    PtySession session(questionnaire(save));
    CHECK(
        session.wait_for("answers are for rubric 'sre-maturity', but the rubric is "
                         "'platform-health'"));
    CHECK(session.wait_exit() == 2);
    CHECK(read_text(save) == before);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: --restart twice keeps both earlier assessments in dated backups") {
    const std::string save = scratch("restart.yaml");
    answer_first(save, "dd");
    const std::string original = read_text(save);
    auto args = questionnaire(save);
    args.insert(args.end(), {"--restart", "--team", "Ops Two", "--respondent", "Ana"});
    std::vector<std::string> backups;
    for (const std::string& key : {"n", "t"}) {
        PtySession session(args);
        REQUIRE(session.wait_for("Press any key to begin"));
        backups.push_back(named_after(session.output(), "the previous answers are kept in "));
        answer(session, " ", "Question 1 of 7");
        answer(session, key, "Question 2 of 7");
        quit(session);
        CHECK_THAT(session.output(), Contains("gait: answers saved to " + save + ";"));
    }
    REQUIRE(backups.size() == 2);
    INFO("backups: " << backups[0] << " and " << backups[1]);
    CHECK(backups[0] != backups[1]);
    CHECK(backups[0].rfind(save + ".", 0) == 0);
    CHECK(backups[0].size() > 4);
    CHECK(backups[0].substr(backups[0].size() - 4) == ".bak");
    CHECK(read_text(backups[0]) == original);  // the first assessment, whole
    CHECK_THAT(read_text(backups[1]), Contains("bronze.build.ci: \"none\""));
    CHECK_THAT(read_text(save), Contains("bronze.build.ci: \"started\""));
    CHECK_THAT(read_text(save), Contains("team: \"Ops Two\""));
    for (const std::string& file : {save, backups[0], backups[1]})
        std::remove(file.c_str());
}

TEST_CASE("questionnaire: --restart and quit at once names the backup, not a file that is gone") {
    const std::string save = scratch("restart-quit.yaml");
    answer_first(save, "d");
    auto args = questionnaire(save);
    args.push_back("--restart");
    PtySession session(args);
    REQUIRE(session.wait_for("Team name: "));
    const std::string backup = named_after(session.output(), "the previous answers are kept in ");
    session.send("\x1b");  // Escape: no team, no questionnaire
    CHECK(session.wait_exit() == 0);
    CHECK_THAT(session.output(),
               Contains("gait: nothing was saved; the previous answers are in " + backup));
    CHECK_THAT(session.output(), !Contains("answers saved"));
    CHECK_THAT(read_text(backup), Contains("bronze.build.ci: \"done\""));
    CHECK(::access(save.c_str(), F_OK) != 0);
    std::remove(backup.c_str());
}

TEST_CASE("questionnaire: answering a gait init file keeps every comment and line") {
    const std::string save = scratch("init.yaml");
    const auto init = run_gait({"init", "--rubric", five_level, "--team", "Ops", "-o", save});
    REQUIRE(init.exit_code == 0);
    std::string text = read_text(save);
    text.insert(text.find("answers:"), "# our own note: we answer this every quarter\n");
    std::ofstream(save, std::ios::binary) << text;
    const std::size_t lines_before = line_count(text);
    {
        PtySession session(questionnaire(save));
        REQUIRE(session.wait_for("Your name (Enter to skip): "));  // init left it ""
        session.send("\r");
        REQUIRE(session.wait_for("Press any key to begin"));
        answer(session, " ", "Question 1 of 7");
        answer(session, "d", "Question 2 of 7");
        quit(session);
    }
    const std::string saved = read_text(save);
    CHECK(line_count(saved) == lines_before);
    CHECK_THAT(saved, Contains("# our own note: we answer this every quarter\n"));
    CHECK_THAT(saved, Contains("  # Does every change go through continuous integration?\n"
                               "  bronze.build.ci: \"done\"\n"));
    CHECK_THAT(saved, Contains("  bronze.operate.alerts:\n"));
    CHECK_THAT(saved,
               Contains(text.substr(0, text.find("team:"))));  // header and rubric: as they were
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a second questionnaire on the same file is refused, naming the first") {
    const std::string save = scratch("locked.yaml");
    PtySession first(questionnaire(save));
    begin(first);
    answer(first, "d", "Question 2 of 7");
    PtySession second(questionnaire(save));
    CHECK(second.wait_exit() == 2);
    CHECK_THAT(second.output(),
               Contains("gait: error: " + save +
                        ": another gait questionnaire is answering this file (process "));
    CHECK_THAT(second.output(), Contains(" on host "));
    CHECK_THAT(second.output(), Contains("or answer into another file with --save"));
    answer(first, "h", "Question 3 of 7");
    quit(first);
    const std::string saved = read_text(save);
    CHECK_THAT(saved, Contains("bronze.build.ci: \"done\""));
    CHECK_THAT(saved, Contains("bronze.operate.alerts: \"half\""));
    CHECK(::access((save + ".lock").c_str(), F_OK) != 0);  // removed at exit
    // The lock dies with its process: after a kill -9 the next questionnaire goes on.
    {
        PtySession killed(questionnaire(save));
        REQUIRE(killed.wait_for("Press any key to begin"));
        killed.kill(SIGKILL);
        CHECK(killed.wait_exit() == 128 + SIGKILL);
    }
    PtySession after(questionnaire(save));
    REQUIRE(after.wait_for("Resuming Ops: 2 of 7 answered"));
    quit(after);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a file changed by someone else is never overwritten") {
    const std::string save = scratch("changed.yaml");
    PtySession session(questionnaire(save));
    begin(session);
    answer(session, "d", "Question 2 of 7");
    // An editor (or git pull) changes the file while the questionnaire runs.
    std::string theirs = read_text(save);
    theirs += "# edited by hand\n";
    std::ofstream(save, std::ios::binary) << theirs;
    session.send("h");
    CHECK(session.wait_exit() == 2);
    CHECK(session.terminal_restored());
    CHECK(read_text(save) == theirs);
    const std::string mine = named_after(session.output(), "saved your answers in ");
    INFO(session.output());
    CHECK(mine == save + ".mine");
    CHECK_THAT(session.output(), Contains("gait: error: " + save +
                                          ": changed by someone else since gait last saved it"));
    CHECK_THAT(session.output(), !Contains("answers saved"));
    CHECK_THAT(read_text(mine), Contains("bronze.build.ci: \"done\""));
    CHECK_THAT(read_text(mine), Contains("bronze.operate.alerts: \"half\""));
    std::remove(save.c_str());
    std::remove(mine.c_str());
}

TEST_CASE("questionnaire: resuming another team's file under --team is refused") {
    const std::string save = scratch("payments.yaml");
    std::ofstream(save) << "rubric: platform-health\nteam: Payments\ndate: 2026-11-01\n"
                           "answers:\n  bronze.build.ci: done\n";
    const std::string before = read_text(save);
    auto args = questionnaire(save);
    args.insert(args.end(), {"--team", "Checkout"});
    PtySession session(args);
    CHECK(session.wait_exit() == 2);
    CHECK_THAT(session.output(),
               Contains("gait: error: " + save +
                        ": holds the answers of team 'Payments', not 'Checkout'; to assess "
                        "Checkout in a file of its own, add --save with another path; to go on "
                        "with Payments, leave --team off"));
    CHECK(read_text(save) == before);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a fully answered file resumes at the review") {
    const std::string save = scratch("all.yaml");
    std::ofstream(save) << "rubric: platform-health\nteam: Ops\ndate: 2026-11-01\nanswers:\n"
                           "  bronze.build.ci: done\n  bronze.operate.alerts: done\n"
                           "  bronze.operate.backups: done\n  silver.build.review: done\n"
                           "  silver.operate.slo: done\n  gold.build.canary: done\n"
                           "  gold.operate.chaos: done\n";
    const std::string before = read_text(save);
    PtySession session(questionnaire(save), {"NO_COLOR=1"});
    REQUIRE(session.wait_for("Resuming Ops: all 7 answered, showing the review."));
    answer(session, " ", "Review: 7 of 7 answered");
    session.send("\r");
    CHECK(session.wait_exit() == 0);
    CHECK_THAT(session.output(), !Contains("question 8"));
    CHECK_THAT(session.output(), Contains("gait: no new answer; the answers are in " + save));
    CHECK(read_text(save) == before);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: Enter on an unanswered question answers nothing") {
    const std::string save = scratch("enter.yaml");
    PtySession session(questionnaire(save), {"NO_COLOR=1"});
    begin(session);
    answer(session, "?", "Why it matters");
    answer(session, "\r", "Press n, t, h, m, d to answer");
    quit(session);
    CHECK_THAT(session.output(), Contains("gait: nothing was saved\r\n"));
    CHECK(::access(save.c_str(), F_OK) != 0);
}

TEST_CASE("questionnaire: Ctrl-C at the team name saves nothing and says so") {
    const std::string save = scratch("team-ctrl-c.yaml");
    PtySession session(questionnaire(save));
    REQUIRE(session.wait_for("Team name: "));
    session.send("Pay\x03");
    CHECK(session.wait_exit() == 130);
    CHECK_THAT(session.output(), Contains("gait: nothing was saved\r\n"));
    CHECK_THAT(session.output(), !Contains("answers saved"));
    CHECK(::access(save.c_str(), F_OK) != 0);
}

TEST_CASE("questionnaire: a note being typed is saved on Ctrl-C, Ctrl-D, SIGTERM and SIGHUP") {
    const auto [how, code] = GENERATE(table<std::string, int>(
        {{"ctrl-c", 130}, {"sigterm", 143}, {"sighup", 129}, {"ctrl-d", 0}}));
    const std::string save = scratch("note-" + how + ".yaml");
    PtySession session(questionnaire(save));
    begin(session);
    answer(session, "d", "Question 2 of 7");
    answer(session, "e", "Note: ");
    answer(session, "pager goes to the old phone", "old phone");
    if (how == "ctrl-c") session.send("\x03");
    if (how == "ctrl-d") session.send("\x04");
    if (how == "sigterm") session.kill(SIGTERM);
    if (how == "sighup") session.kill(SIGHUP);
    INFO("ended by " << how);
    CHECK(session.wait_exit() == code);
    CHECK(session.terminal_restored());
    if (how != "sighup") CHECK_THAT(session.output(), Contains("gait: answers saved to " + save));
    CHECK_THAT(read_text(save),
               Contains("  bronze.operate.alerts:\n    note: \"pager goes to the old phone\"\n"));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: the end of a phase says it is not held while an earlier one is not") {
    const std::string save = scratch("phase-line.yaml");
    PtySession session(questionnaire(save), {"NO_COLOR=1"}, 200, 24);
    begin(session);
    answer(session, "d", "Question 2 of 7");
    answer(session, "n", "Question 3 of 7");  // alerts: none, an essential of Bronze
    answer(session, "x\r", "Question 4 of 7");
    answer(session, "d", "Question 5 of 7");
    answer(session, "d", "Question 6 of 7");
    quit(session);
    // Wrapped at 100 columns, however wide the terminal.
    const std::string shown = joined_lines(session.output());
    CHECK_THAT(shown, Contains("Bronze done: score 0.67 for a threshold of 0.50; Bronze is not "
                               "held yet: the essential 'bronze.operate.alerts' is short of full "
                               "credit."));
    CHECK_THAT(shown, Contains("Silver done: score 1.00 for a threshold of 0.60, but Silver is not "
                               "held while Bronze is not: the essential 'bronze.operate.alerts' "
                               "is short of full credit."));
    CHECK_THAT(session.output(), !Contains("achieved."));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a narrow terminal, a resize, and no color with NO_COLOR") {
    const std::string save = scratch("narrow.yaml");
    PtySession session(questionnaire(save), {"NO_COLOR=1"}, 40, 24);
    begin(session);
    session.resize(60, 24);  // the kernel sends SIGWINCH; gait draws the question again
    REQUIRE(session.wait_for("Question 1 of 7"));
    quit(session);
    CHECK(session.output().find("\x1b[1m") == std::string::npos);
    CHECK(session.output().find("\x1b[36m") == std::string::npos);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: with color, and the JSON report written at the end") {
    const std::string save = scratch("json.yaml");
    const std::string report = scratch("report.json");
    auto args = questionnaire(save);
    args.insert(args.end(), {"--format", "json", "-o", report});
    PtySession session(args, {"NO_COLOR=", "TERM=xterm"});
    begin(session);
    CHECK(session.wait_for("\x1b[1mDoes every change go through"));
    answer(session, "d", "Question 2 of 7");
    answer(session, "d", "Question 3 of 7");
    answer(session, "x\r", "Question 4 of 7");
    answer(session, "d", "Question 5 of 7");
    answer(session, "d", "Question 6 of 7");
    answer(session, "n", "Question 7 of 7");  // gold: 0, below its 0.90
    answer(session, "x\r", "Review: 7 of 7 answered");
    answer(session, "\r", "Placement: \x1b[1mSilver\x1b[0m");
    CHECK(session.wait_exit() == 0);
    CHECK_THAT(read_text(report), Contains("\"phase\": \"silver\""));
    std::remove(save.c_str());
    std::remove(report.c_str());
}

TEST_CASE("questionnaire: a 1.0 file asks what to confirm first and is saved for 2.0") {
    const std::string save = scratch("walk-1.0.yaml");
    std::ofstream(save) << read_text(gait::test::source_path("data/examples/walk-1.0.yaml"));
    PtySession session({"assess", "--save", save}, {"NO_COLOR=1"});
    REQUIRE(session.wait_for("14 to confirm, starting at question 6."));
    answer(session, " ", "Question 6 of 88");
    REQUIRE(session.wait_for("Carried over from 'walk.observability.actionable-alerts'"));
    answer(session, "\r", "Question 7 of 88");  // Enter keeps the answer: confirmed
    quit(session);
    const std::string saved = read_text(save);
    CHECK_THAT(saved, Contains("  version: \"2.0\"\n"));
    CHECK_THAT(saved, Contains("  crawl.observability.symptom-paging: \"yes\"\n"));
    CHECK_THAT(saved, Contains("    carried_from: \"walk.observability.dashboards-logs\"\n"));
    CHECK_THAT(saved, Contains("Interviews still lean on Java and Kafka trivia"));
    CHECK_THAT(saved, Contains("#  crawl.people.mantras: \"yes\"\n"));
    // Read again, the file needs no migration: no notice.
    const auto run = run_gait({"assess", "--answers", save});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK_THAT(run.out, Contains("To confirm: 13 answers carried over"));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a bracketed paste never answers a question and goes whole into a note") {
    // Case 12 of the hardening issue: a pasted "d" and a line break answered
    // the question on screen and the next ones, and were saved.
    const std::string save = scratch("paste.yaml");
    PtySession session(questionnaire(save));
    REQUIRE(session.wait_for("\x1b[?2004h"));  // bracketed paste on while gait asks
    begin(session);
    answer(session, "\x1b[200~d\r\nd\r\nn\x1b[201~",
           "A paste goes into a note: press e to write one");
    answer(session, "e", "Note: ");
    answer(session, "\x1b[200~first line\r\nsecond  line\x1b[201~", "second  line");
    answer(session, "\r", "Question 1 of 7");
    quit(session);
    CHECK_THAT(session.output(), Contains("\x1b[?2004l"));  // and off again when it ends
    const std::string saved = read_text(save);
    CHECK_THAT(saved, Contains("note: \"first line second  line\""));
    CHECK_THAT(saved, !Contains("choice:"));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a megabyte pasted into a note is cut at what a value holds") {
    const std::string save = scratch("paste-big.yaml");
    PtySession session(questionnaire(save));
    begin(session);
    answer(session, "e", "Note: ");
    session.send("\x1b[200~" + std::string(1024 * 1024, 'p') + "\x1b[201~", 60000);
    REQUIRE(session.wait_for("(a line holds at most 64 KiB: the rest was not taken)", 60000));
    answer(session, "\r", "Question 1 of 7");
    quit(session);
    CHECK_THAT(read_text(save), Contains("note: \"" + std::string(64 * 1024, 'p') + "\"\n"));
    CHECK(run_gait({"assess", "--rubric", five_level, "--answers", save}).exit_code == 0);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a paste the terminal does not bracket costs time linear in its length") {
    // Case 8 of the hardening issue: the note was drawn again per character,
    // 40,000 characters took 12.6 s and a 64 KiB paste over half a minute.
    // Drawn only when no key waits, it takes well under a second; the
    // time-out is generous for a loaded machine.
    const std::string save = scratch("paste-raw.yaml");
    PtySession session(questionnaire(save));
    begin(session);
    answer(session, "e", "Note: ");
    session.send(std::string(64 * 1024 + 1, 'r'), 20000);
    REQUIRE(session.wait_for("(a line holds at most 64 KiB: the rest was not taken)", 20000));
    answer(session, "\r", "Question 1 of 7");
    quit(session);
    CHECK_THAT(read_text(save), Contains("note: \"" + std::string(64 * 1024, 'r') + "\"\n"));
    std::remove(save.c_str());
}

TEST_CASE(
    "questionnaire: past a file size limit the save fails cleanly and the terminal is restored") {
    // Case 10 of the hardening issue: SIGXFSZ killed gait, leaving a temporary
    // file and the terminal in raw mode. The save is in a folder of its own, so
    // that what is left in it is what gait left.
    char folder[] = "/tmp/gait-pty-fsize-XXXXXX";
    REQUIRE(::mkdtemp(folder) != nullptr);
    const std::string save = std::string(folder) + "/answers.yaml";
    PtySession session(questionnaire(save), {}, 80, 24, 100);
    begin(session);
    session.send("d");
    CHECK(session.wait_exit() == 2);
    CHECK(session.terminal_restored());
    CHECK_THAT(session.output(), Contains("gait: error: " + save));
    CHECK_THAT(session.output(), Contains("File too large"));
    CHECK(::rmdir(folder) == 0);  // empty: no answers file, no temporary file
}

TEST_CASE("questionnaire: a paste whose end marker never comes ends when it pauses") {
    // A terminal that loses ESC [ 201 ~ must not turn every later key into pasted text.
    const std::string save = scratch("paste-unended.yaml");
    PtySession session(questionnaire(save));
    begin(session);
    answer(session, "e", "Note: ");
    session.send("\x1b[200~no end marker");
    REQUIRE(session.wait_for("no end marker"));  // drawn once the paste has ended
    answer(session, "\r", "Question 1 of 7");
    quit(session);
    CHECK_THAT(read_text(save), Contains("note: \"no end marker\""));
    std::remove(save.c_str());
}

namespace {

const std::string alternate_on = "\x1b[?1049h";
const std::string alternate_off = "\x1b[?1049l";

// The last screen drawn: what follows the last clear.
std::string last_screen(const std::string& output) {
    const std::size_t at = output.rfind("\x1b[H\x1b[2J");
    return at == std::string::npos ? output : output.substr(at);
}

// A copy of the walk example team with questions 2 and 9 unanswered, for the
// default rubric's 88 questions.
std::string walk_with_two_left(const std::string& name) {
    const std::string save = scratch(name);
    std::string text = read_text(gait::test::source_path("data/examples/walk.yaml"));
    for (const std::string id : {"crawl.people.exec-buy-in", "crawl.slos.modest-target"}) {
        const std::size_t at = text.find("  " + id + ":");
        REQUIRE(at != std::string::npos);
        text.erase(at, text.find('\n', at) + 1 - at);
    }
    std::ofstream(save) << text;
    return save;
}

}  // namespace

TEST_CASE("questionnaire: the review shows question text and pages at 100x30 and 80x24") {
    const auto [columns, rows] =
        GENERATE(table<unsigned short, unsigned short>({{100, 30}, {80, 24}}));
    const std::string save = walk_with_two_left("review-" + std::to_string(columns) + ".yaml");
    PtySession session({"assess", "--save", save}, {"NO_COLOR=1"}, columns, rows);
    REQUIRE(session.wait_for("Press any key to begin"));
    answer(session, " ", "Question 2 of 88");
    answer(session, "r", "Question number: ");
    std::string screen = last_screen(session.output());
    INFO(screen);
    CHECK_THAT(screen, Contains("Review: 86 of 88 answered · page 1 of "));
    CHECK_THAT(screen, Contains("2. unanswered      Has executive leadership agreed"));
    CHECK_THAT(screen, Contains("1. Yes             Does someone on your team speak up"));
    CHECK(line_count(screen) < rows);
    answer(session, " ", "page 2 of ");
    answer(session, "999\r", "There is no question 999; the numbers go from 1 to 88.");
    REQUIRE(session.wait_for("Question number: "));
    screen = last_screen(session.output());
    CHECK_THAT(joined_lines(screen),
               Contains("There is no question 999; the numbers go from 1 to 88."));
    CHECK(line_count(screen) < rows);
    quit(session);
    std::remove(save.c_str());
}

TEST_CASE(
    "questionnaire: g and a number, u and r jump; the last question left leads to the review") {
    const std::string save = walk_with_two_left("jumps.yaml");
    PtySession session({"assess", "--save", save}, {"NO_COLOR=1"}, 100, 30);
    REQUIRE(session.wait_for("Press any key to begin"));
    answer(session, " ", "Question 2 of 88");
    answer(session, "g", "Go to question (1-88)");
    answer(session, "40\r", "Question 40 of 88");
    answer(session, "u", "Question 2 of 88");
    answer(session, "y", "Question 9 of 88");  // forward: the next question left
    answer(session, "r", "Review: 87 of 88 answered");
    answer(session, "9\r", "Question 9 of 88");
    answer(session, "y", "Review: 88 of 88 answered");  // from the review, back to it
    answer(session, "\r", "Placement:");
    CHECK(session.wait_exit() == 0);
    CHECK_THAT(read_text(save), Contains("crawl.slos.modest-target: \"yes\""));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: Delete clears an answer and the file no longer holds it") {
    const std::string save = scratch("clear.yaml");
    answer_first(save, "dd");
    PtySession session(questionnaire(save), {"NO_COLOR=1"});
    REQUIRE(session.wait_for("Press any key to begin"));
    answer(session, " ", "Question 3 of 7");
    answer(session, "b", "Question 2 of 7");
    answer(session, "\x1b[3~", "Answer cleared: the question is unanswered.");
    answer(session, "b", "Question 1 of 7");
    answer(session, "\x7f", "Answer cleared: the question is unanswered.");
    quit(session);
    const std::string saved = read_text(save);
    CHECK_THAT(saved, Contains("  bronze.build.ci:\n"));
    CHECK_THAT(saved, Contains("  bronze.operate.alerts:\n"));
    CHECK_THAT(saved, !Contains("\"done\""));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: the alternate screen is left before the report and on every way out") {
    const std::string how = GENERATE(as<std::string>{}, "finish", "q", "ctrl-c", "sigterm");
    const std::string save = scratch("alternate-" + how + ".yaml");
    PtySession session(questionnaire(save), {"NO_COLOR=1"});
    begin(session);
    answer(session, "d", "Question 2 of 7");
    if (how == "finish") {
        answer(session, "r", "Review: 1 of 7 answered");
        session.send("\r");
    }
    if (how == "q") session.send("q");
    if (how == "ctrl-c") session.send("\x03");
    if (how == "sigterm") session.kill(SIGTERM);
    INFO("ended by " << how);
    session.wait_exit();
    const std::string& output = session.output();
    const std::size_t on = output.find(alternate_on);
    const std::size_t off = output.rfind(alternate_off);
    REQUIRE(on != std::string::npos);
    REQUIRE(off != std::string::npos);
    CHECK(on < output.find("Question 1 of 7"));
    CHECK(off > output.rfind("Question 2 of 7"));
    // After it, the normal screen: the report, and where the answers are.
    const std::string after = output.substr(off);
    CHECK_THAT(after, Contains("gait: answers saved to " + save));
    if (how == "finish") CHECK_THAT(after, Contains("Placement:"));
    CHECK(after.find("\x1b[2J") == std::string::npos);
    CHECK(session.terminal_restored());
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: at 80x10 the question and its choices stay on screen with help open") {
    const std::string save = scratch("small.yaml");
    PtySession session({"assess", "--save", save, "--team", "Ops", "--respondent", "Ana"},
                       {"NO_COLOR=1"}, 80, 10);
    REQUIRE(session.wait_for("Press any key to begin"));
    answer(session, " ", "Question 1 of 88");
    answer(session, "?", "… more: ? again");
    const std::string screen = last_screen(session.output());
    INFO(screen);
    CHECK_THAT(screen, Contains("Question 1 of 88"));
    CHECK_THAT(screen, Contains("Does someone on your team speak up"));
    CHECK_THAT(screen, Contains("1 y  Yes"));
    CHECK_THAT(screen, Contains("3 n  No"));
    CHECK_THAT(screen, Contains("Why it matters:"));
    CHECK(line_count(screen) < 10);
    quit(session);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a new assessment asks who answers and saves the name") {
    const std::string save = scratch("respondent.yaml");
    {
        PtySession session(questionnaire(save), {"NO_COLOR=1"});
        begin(session, "Ana Lima");
        answer(session, "d", "Question 2 of 7");
        quit(session);
    }
    CHECK_THAT(read_text(save), Contains("respondent: \"Ana Lima\"\n"));
    // Resumed: the name is known, so it is not asked again.
    PtySession resumed(questionnaire(save), {"NO_COLOR=1"});
    REQUIRE(resumed.wait_for("Press any key to begin"));
    CHECK(resumed.output().find("Your name") == std::string::npos);
    answer(resumed, " ", "Question 2 of 7");
    quit(resumed);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: --respondent names who answers without asking") {
    const std::string save = scratch("respondent-option.yaml");
    {
        std::vector<std::string> args = questionnaire(save);
        args.insert(args.end(), {"--team", "Ops", "--respondent", "Ben Okafor"});
        PtySession session(args, {"NO_COLOR=1"});
        REQUIRE(session.wait_for("Press any key to begin"));
        CHECK(session.output().find("Your name") == std::string::npos);
        answer(session, " ", "Question 1 of 7");
        answer(session, "d", "Question 2 of 7");
        quit(session);
    }
    CHECK_THAT(read_text(save), Contains("respondent: \"Ben Okafor\"\n"));
    std::vector<std::string> other = questionnaire(save);
    other.insert(other.end(), {"--respondent", "Chloe"});
    PtySession refused(other, {"NO_COLOR=1"});
    REQUIRE(refused.wait_for("holds the answers of 'Ben Okafor', not 'Chloe'"));
    CHECK(refused.wait_exit() == 2);
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: not applicable asks why, and the reason is saved in the file") {
    const std::string save = scratch("reason.yaml");
    {
        PtySession session(questionnaire(save));
        begin(session);
        answer(session, "d", "Question 2 of 7");
        answer(session, "d", "Question 3 of 7");
        answer(session, "x", "Why does this not apply? (Enter to skip): ");
        answer(session, "No data: the platform keeps none\r", "Question 4 of 7");
        quit(session);
    }
    const std::string saved = read_text(save);
    CHECK_THAT(saved, Contains("  bronze.operate.backups:\n"
                               "    answer: \"skip\"\n"
                               "    reason: \"No data: the platform keeps none\"\n"));
    const auto run = run_gait({"assess", "--rubric", five_level, save, "--strict"});
    CHECK_THAT(run.err, !Contains("no reason"));
    std::remove(save.c_str());
}
