// The questionnaire on a real (pseudo-)terminal: keys in, screens out, answers
// saved after every answer, and the terminal put back however it ends.

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
    std::remove((path + ".bak").c_str());
    return path;
}

std::vector<std::string> questionnaire(const std::string& save) {
    return {"assess", "--rubric", five_level, "--save", save};
}

// Presses `key` and waits for the screen it leads to.
void answer(PtySession& session, const std::string& key, const std::string& next_screen) {
    session.send(key);
    REQUIRE(session.wait_for(next_screen));
}

// Starts a new questionnaire for team Ops and waits for question 1.
void begin(PtySession& session) {
    REQUIRE(session.wait_for("Team name: "));
    session.send("Ops\r");
    REQUIRE(session.wait_for("Press any key to begin"));
    answer(session, " ", "Question 1 of 7");
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
        session.send("q");
        CHECK(session.wait_exit() == 0);
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
    answer(session, "x", "Bronze done: score 1.00 for a threshold of 0.50, achieved.");
    REQUIRE(session.wait_for("Question 4 of 7"));
    answer(session, "n", "Question 5 of 7");
    answer(session, "t", "Question 6 of 7");
    answer(session, "x", "Question 7 of 7");
    answer(session, "x", "Review: 7 of 7 answered");
    answer(session, "\r", "Placement: BRONZE");
    CHECK(session.wait_exit() == 0);
    CHECK(session.terminal_restored());
    CHECK_THAT(session.output(), Contains("gait: answers saved to " + save));
    const auto report = run_gait(
        {"assess", "--rubric", five_level, "--answers", save, "--strict", "--format", "json"});
    CHECK(report.exit_code == 0);
    CHECK_THAT(report.out, Contains("\"phase\": \"bronze\""));
    CHECK_THAT(read_text(save),
               Contains("  bronze.operate.backups:\n    answer: \"skip\"\n    note: "
                        "\"no restore test yet\"\n"));
    std::remove(save.c_str());
}

TEST_CASE("questionnaire: a kill -9 between answers loses nothing already answered") {
    const std::string save = scratch("killed.yaml");
    PtySession session(questionnaire(save));
    begin(session);
    answer(session, "d", "Question 2 of 7");
    answer(session, "h", "Question 3 of 7");
    answer(session, "x", "Question 4 of 7");
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

TEST_CASE("questionnaire: --restart starts over and keeps the old answers as a backup") {
    const std::string save = scratch("restart.yaml");
    {
        PtySession session(questionnaire(save));
        begin(session);
        answer(session, "d", "Question 2 of 7");
        session.send("q");
        CHECK(session.wait_exit() == 0);
    }
    auto args = questionnaire(save);
    args.insert(args.end(), {"--restart", "--team", "Ops Two"});
    PtySession session(args);
    REQUIRE(session.wait_for("the previous answers are kept in " + save + ".bak"));
    REQUIRE(session.wait_for("Press any key to begin"));
    answer(session, " ", "Question 1 of 7");
    answer(session, "n", "Question 2 of 7");
    session.send("q");
    CHECK(session.wait_exit() == 0);
    CHECK_THAT(read_text(save + ".bak"), Contains("bronze.build.ci: \"done\""));
    CHECK_THAT(read_text(save), Contains("bronze.build.ci: \"none\""));
    CHECK_THAT(read_text(save), Contains("team: \"Ops Two\""));
    std::remove(save.c_str());
    std::remove((save + ".bak").c_str());
}

TEST_CASE("questionnaire: a narrow terminal, a resize, and no color with NO_COLOR") {
    const std::string save = scratch("narrow.yaml");
    PtySession session(questionnaire(save), {"NO_COLOR=1"}, 40, 24);
    begin(session);
    session.resize(60, 24);  // the kernel sends SIGWINCH; gait draws the question again
    REQUIRE(session.wait_for("Question 1 of 7"));
    session.send("q");
    CHECK(session.wait_exit() == 0);
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
    answer(session, "x", "Question 4 of 7");
    answer(session, "d", "Question 5 of 7");
    answer(session, "d", "Question 6 of 7");
    answer(session, "n", "Question 7 of 7");  // gold: 0, below its 0.90
    answer(session, "x", "Review: 7 of 7 answered");
    answer(session, "\r", "Placement: \x1b[1mSILVER\x1b[0m");
    CHECK(session.wait_exit() == 0);
    CHECK_THAT(read_text(report), Contains("\"phase\": \"silver\""));
    std::remove(save.c_str());
    std::remove(report.c_str());
}
