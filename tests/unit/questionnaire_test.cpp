#include "gait/ask/questionnaire.hpp"

#include <algorithm>
#include <sstream>

#include <catch2/catch.hpp>

#include "gait/load/rubric.hpp"
#include "gait/model/result.hpp"

#include "scripted_console.hpp"
#include "text_helpers.hpp"

using gait::KeyCode;
using gait::QuestionnaireEnd;
using gait::test::count;
using gait::test::ScriptedConsole;

namespace {

const char* const clear_screen = "\x1b[H\x1b[2J";

gait::Rubric five_level() {
    return gait::load_rubric_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
}

// The last screen drawn: what follows the last clear.
std::string last_screen(const ScriptedConsole& console) {
    return console.output().substr(console.output().rfind(clear_screen));
}

// The last screen with its lines joined by spaces: a sentence wrapped on it
// reads whole. The questionnaire wraps at 100 columns however wide the terminal.
std::string last_screen_joined(const ScriptedConsole& console) {
    std::string screen = last_screen(console);
    std::replace(screen.begin(), screen.end(), '\n', ' ');
    return screen;
}

// Runs the questionnaire on five-level.yaml and records every save.
struct Session {
    gait::Rubric rubric = five_level();
    gait::Answers answers;
    ScriptedConsole console;
    std::vector<gait::Answers> saves;

    explicit Session(std::string team = "Team A") { answers.team = std::move(team); }

    QuestionnaireEnd run() {
        return gait::run_questionnaire(rubric, answers, console, {"saved.yaml", "2026-11-24"},
                                       [this](const gait::Answers& a) { saves.push_back(a); });
    }

    std::string choice(const std::string& question) const {
        for (const gait::Answer& answer : answers.answers) {
            if (answer.question == question) return answer.choice;
        }
        return "(none)";
    }
};

}  // namespace

TEST_CASE("choice keys come from the scale, avoiding the questionnaire's own keys") {
    std::vector<std::pair<char, std::size_t>> keys;
    for (const gait::ChoiceKey& k : gait::choice_keys(gait::builtin_rubric())) {
        keys.emplace_back(k.key, k.choice);
    }
    CHECK(keys ==
          std::vector<std::pair<char, std::size_t>>{{'y', 0}, {'p', 1}, {'n', 2}, {'x', 3}});
    keys.clear();
    for (const gait::ChoiceKey& k : gait::choice_keys(five_level()))
        keys.emplace_back(k.key, k.choice);
    // none n; started: s is skip, so t; half h; mostly m; done d; skip (n/a) x.
    CHECK(keys == std::vector<std::pair<char, std::size_t>>{
                      {'n', 0}, {'t', 1}, {'h', 2}, {'m', 3}, {'d', 4}, {'x', 5}});
}

TEST_CASE("a whole questionnaire: letters, digits, Enter and the review") {
    Session s("");
    // Team name, any key to begin, then the seven questions: d (done), 4 (mostly),
    // x (n/a, allowed; Enter skips its reason), down and Enter (the first choice:
    // none), t, x and x (each reason skipped); Enter at the review finishes.
    s.console.type("Platform\r").type(" ").type("d4x\r");
    s.console.press(KeyCode::down).press(KeyCode::enter).type("tx\rx\r\r");
    CHECK(s.run() == QuestionnaireEnd::finished);
    CHECK(s.answers.team == "Platform");
    CHECK(s.answers.date == "2026-11-24");
    CHECK(s.choice("bronze.build.ci") == "done");
    CHECK(s.choice("bronze.operate.alerts") == "mostly");
    CHECK(s.choice("bronze.operate.backups") == "skip");
    CHECK(s.choice("silver.build.review") == "none");
    CHECK(s.choice("silver.operate.slo") == "started");
    CHECK(s.choice("gold.build.canary") == "skip");
    CHECK(s.choice("gold.operate.chaos") == "skip");
    // A save after every answer, each holding everything answered so far.
    REQUIRE(s.saves.size() == 7);
    CHECK(s.saves[0].answers.size() == 1);
    CHECK(s.saves.back().answers.size() == 7);
    CHECK(s.console.keys_left() == 0);
    CHECK_THAT(s.console.output(), Catch::Matchers::Contains("Review: 7 of 7 answered"));
}

TEST_CASE("the question screen says where it stands and what the keys are") {
    Session s;
    s.console.type(" ");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains("Question 1 of 7 · Bronze · Build"));
    CHECK_THAT(screen,
               Catch::Matchers::Contains("Does every change go through continuous integration?"));
    // Unanswered: no choice is highlighted, so Enter alone answers nothing.
    CHECK_THAT(screen, Catch::Matchers::Contains("    1 n  Not at all"));
    CHECK(screen.find("›") == std::string::npos);
    CHECK_THAT(screen, Catch::Matchers::Contains("  5 d  Done"));
    // bronze.build.ci does not allow n/a: neither the choice nor its key is offered.
    CHECK(screen.find("Does not apply") == std::string::npos);
    CHECK_THAT(screen, Catch::Matchers::Contains("n Not at all · t Started"));
}

TEST_CASE("b goes back, s skips, and the answer can change") {
    Session s;
    s.console.type(" ").type("n").type("b").type("d").type("s").type("b").type("m");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.choice("bronze.build.ci") == "done");
    CHECK(s.choice("bronze.operate.alerts") == "mostly");
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Question 3 of 7"));
}

TEST_CASE("arrow keys move the highlight, Enter picks it, left and right move") {
    Session s;
    // Down from no highlight goes to the first choice; up, to the last allowed one.
    s.console.type(" ").press(KeyCode::down).press(KeyCode::down).press(KeyCode::enter);
    s.console.press(KeyCode::up).press(KeyCode::enter);
    s.console.press(KeyCode::left).press(KeyCode::right);
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.choice("bronze.build.ci") == "started");
    CHECK(s.choice("bronze.operate.alerts") == "done");
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Question 3 of 7"));
}

TEST_CASE("Enter on an unanswered question answers nothing; on an answered one, keeps it") {
    Session s;
    s.answers.answers.push_back({"bronze.operate.alerts", "half", "", "", {}});
    s.console.type(" ").press(KeyCode::enter);  // question 1: nothing highlighted
    s.console.type("b").press(KeyCode::enter);  // back on question 1... still nothing
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.saves.empty());
    CHECK(s.choice("bronze.build.ci") == "(none)");
    CHECK_THAT(last_screen(s.console),
               Catch::Matchers::EndsWith("Press n, t, h, m, d to answer, ? for help, q to quit."));

    Session resumed;
    resumed.answers.answers.push_back({"bronze.build.ci", "mostly", "", "", {}});
    resumed.console.type(" ").type("b").press(KeyCode::enter);  // to question 1, Enter
    CHECK(resumed.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(resumed.console.output(),
               Catch::Matchers::Contains("› 4 m  Mostly  (current answer)"));
    REQUIRE(resumed.saves.size() == 1);
    CHECK(resumed.choice("bronze.build.ci") == "mostly");
}

TEST_CASE("e adds a note, saved at once and shown") {
    Session s;
    s.console.type(" ").type("e").type("CI on GitLab").press(KeyCode::enter);
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    REQUIRE(s.saves.size() == 1);
    REQUIRE(s.saves[0].answers.size() == 1);
    CHECK(s.saves[0].answers[0].note == "CI on GitLab");
    CHECK(s.saves[0].answers[0].choice.empty());
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Note: CI on GitLab"));
}

TEST_CASE("Escape while editing a note keeps the old note") {
    Session s;
    s.answers.answers.push_back({"bronze.build.ci", "", "old note", "", {}});
    s.console.type(" ").type("e").type(" and more").press(KeyCode::escape);
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.saves.empty());
    CHECK(s.answers.answers[0].note == "old note");
}

TEST_CASE("a note being typed is saved when the questionnaire is ended from it") {
    const auto [code, end] = GENERATE(
        table<KeyCode, QuestionnaireEnd>({{KeyCode::interrupt, QuestionnaireEnd::interrupted},
                                          {KeyCode::terminate, QuestionnaireEnd::terminated},
                                          {KeyCode::hang_up, QuestionnaireEnd::hung_up},
                                          {KeyCode::end_of_input, QuestionnaireEnd::input_ended}}));
    Session s;
    s.console.type(" ").type("d").type("e").type("half typed").press(code);
    CHECK(s.run() == end);
    REQUIRE(s.saves.size() == 2);
    REQUIRE(s.saves.back().answers.size() == 2);
    CHECK(s.saves.back().answers[1].question == "bronze.operate.alerts");
    CHECK(s.saves.back().answers[1].note == "half typed");
}

TEST_CASE("a key that means nothing gets a hint, not a new screen") {
    Session s;
    s.console.type(" ").type("z");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(count(s.console.output(), clear_screen) == 2);  // the opening and question 1
    CHECK_THAT(last_screen(s.console),
               Catch::Matchers::EndsWith("Press n, t, h, m, d to answer, ? for help, q to quit."));
}

TEST_CASE("a paste on a question answers nothing and says where a paste goes") {
    // Case 12 of the hardening issue: pasted letters answered this question and the next.
    Session s;
    s.console.type(" ")
        .paste("done\ndone\nno\n")
        .type("e")
        .paste("line one\nline two")
        .press(KeyCode::enter);
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    REQUIRE(s.saves.size() == 1);
    REQUIRE(s.saves[0].answers.size() == 1);
    CHECK(s.saves[0].answers[0].choice.empty());
    CHECK(s.saves[0].answers[0].note == "line one line two");
    CHECK_THAT(
        s.console.output(),
        Catch::Matchers::Contains("A paste goes into a note: press e to write one, then paste."));
}

TEST_CASE("not applicable is refused where the question does not allow it") {
    Session s;
    s.console.type(" ").type("x").type("6");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.saves.empty());
    CHECK(s.choice("bronze.build.ci") == "(none)");
}

TEST_CASE("? shows the help and guidance") {
    Session s;
    s.console.type(" ").type("?");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains(
                           "Why it matters: A build and test run on every change catches"));
    CHECK_THAT(screen, Catch::Matchers::Contains("What to do: Add a CI pipeline"));
}

TEST_CASE("a resumed questionnaire starts at the first unanswered question") {
    Session s;
    s.answers.answers.push_back({"bronze.build.ci", "done", "", "", {}});
    s.answers.answers.push_back({"bronze.operate.alerts", "half", "", "", {}});
    s.console.type(" ");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(
        s.console.output(),
        Catch::Matchers::Contains("Resuming Team A: 2 of 7 answered, starting at question 3."));
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Question 3 of 7"));
}

TEST_CASE("a resumed questionnaire with every question answered says so and shows the review") {
    Session s;
    for (const char* id :
         {"bronze.build.ci", "bronze.operate.alerts", "bronze.operate.backups",
          "silver.build.review", "silver.operate.slo", "gold.build.canary", "gold.operate.chaos"})
        s.answers.answers.push_back({id, "done", "", "", {}});
    s.console.type(" ");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(s.console.output(),
               Catch::Matchers::Contains("Resuming Team A: all 7 answered, showing the review."));
    CHECK(s.console.output().find("question 8") == std::string::npos);
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Review: 7 of 7 answered"));
}

TEST_CASE("after the last question of a phase, its score is said once") {
    Session s;
    SECTION("achieved") {
        // bronze: done (1 x 2), done (1), n/a: (2 + 1) / 3 = 1.00.
        s.console.type(" ").type("ddx\r");
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        CHECK_THAT(last_screen(s.console),
                   Catch::Matchers::Contains("Bronze done: score 1.00 for a threshold of 0.50; "
                                             "the team holds Bronze."));
    }
    SECTION("not achieved: the essential alerts question is only mostly done") {
        // (1 x 2 + 0.75 x 1) / 3 = 0.9167 passes 0.50, but the essential is short.
        s.console.type(" ").type("dmx\r");
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        CHECK_THAT(last_screen_joined(s.console),
                   Catch::Matchers::Contains("Bronze done: score 0.92 for a threshold of 0.50; "
                                             "Bronze is not held yet: the essential "
                                             "'bronze.operate.alerts' is short of full "
                                             "credit."));
    }
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains("Question 4 of 7 · Silver"));
}

TEST_CASE("a phase achieved on its own is not held while an earlier one is not, and says why") {
    Session s;
    SECTION("an earlier phase short of an essential") {
        // bronze: alerts none, an essential; silver: (1 + 3) / 4 = 1.00 passes 0.60.
        s.console.type(" ").type("dnx\r").type("dd");
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        CHECK_THAT(last_screen_joined(s.console),
                   Catch::Matchers::Contains(
                       "Silver done: score 1.00 for a threshold of 0.60, but Silver is not held "
                       "while Bronze is not: the essential 'bronze.operate.alerts' is short of "
                       "full credit."));
    }
    SECTION("an earlier phase below its threshold") {
        // bronze: (0 x 2 + 1 x 1) / 3 = 0.33, below 0.50; silver 1.00.
        s.console.type(" ").type("ndx\r").type("dd");
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        CHECK_THAT(last_screen_joined(s.console),
                   Catch::Matchers::Contains(
                       "Silver done: score 1.00 for a threshold of 0.60, but Silver is not held "
                       "while Bronze is not: Bronze scores 0.33, below its 0.50."));
    }
    SECTION("held: every phase before it is held too") {
        s.console.type(" ").type("ddx\r").type("dd");
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        CHECK_THAT(last_screen(s.console),
                   Catch::Matchers::Contains("Silver done: score 1.00 for a threshold of 0.60; "
                                             "the team holds Silver."));
    }
    SECTION("an earlier phase with an area below the floor") {
        // bronze: (0 x 2 + 1 + 1) / 4 = 0.50 meets its 0.50, but Build scores 0.
        s.console.type(" ").type("ndd").type("dd");
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        std::string said = s.console.output();  // both phases' lines, wrapped
        std::replace(said.begin(), said.end(), '\n', ' ');
        const std::string screens = last_screen_joined(s.console);
        CHECK_THAT(said,
                   Catch::Matchers::Contains("Bronze is not held yet. In Bronze, Build 0.00 is "
                                             "below the 0.50 every area needs."));
        CHECK_THAT(screens, Catch::Matchers::Contains(
                                "but Silver is not held while Bronze is not: Bronze has 1 area "
                                "below the floor."));
    }
    SECTION("below its own threshold") {
        s.console.type(" ").type("ddx\r").type("nt");  // (0 + 0.25 x 3) / 4 = 0.1875
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        CHECK_THAT(last_screen(s.console),
                   Catch::Matchers::Contains("Silver done: score 0.19 for a threshold of 0.60; "
                                             "Silver is not held yet."));
    }
}

TEST_CASE("the review jumps to a question and comes back") {
    Session s;
    s.console.type(" ").type("dmx\rnnx\rx\r");  // all seven
    s.console.type("2\r").type("t");            // change question 2, back to the review
    s.console.type("99\r");                     // no such question: said, and asked again
    s.console.type("\r");
    CHECK(s.run() == QuestionnaireEnd::finished);
    CHECK(s.choice("bronze.operate.alerts") == "started");
    CHECK_THAT(s.console.output(),
               Catch::Matchers::Contains("There is no question 99; the numbers go from 1 to 7."));
    CHECK_THAT(s.console.output(),
               Catch::Matchers::Contains(
                   "2. Started         Does someone get an alert when the platform is down?"));
}

TEST_CASE("q quits with every answer saved already; Ctrl-C, SIGTERM and a hang-up end it") {
    SECTION("q") {
        Session s;
        s.console.type(" ").type("d").type("q");
        CHECK(s.run() == QuestionnaireEnd::quit);
        REQUIRE(s.saves.size() == 1);  // the answer; the quit has nothing new to save
        CHECK(s.saves.back().answers.size() == 1);
    }
    SECTION("exit keys") {
        const auto [code, end] = GENERATE(table<KeyCode, QuestionnaireEnd>(
            {{KeyCode::interrupt, QuestionnaireEnd::interrupted},
             {KeyCode::terminate, QuestionnaireEnd::terminated},
             {KeyCode::hang_up, QuestionnaireEnd::hung_up},
             {KeyCode::end_of_input, QuestionnaireEnd::input_ended}}));
        Session s;
        s.console.type(" ").type("d").press(code).type("m");
        CHECK(s.run() == end);
        CHECK(s.saves.size() == 1);
        CHECK(s.choice("bronze.build.ci") == "done");
        CHECK(s.choice("bronze.operate.alerts") == "(none)");
    }
    SECTION("while asking the team's name") {
        Session s("");
        s.console.type("Pay").press(KeyCode::interrupt);
        CHECK(s.run() == QuestionnaireEnd::interrupted);
        CHECK(s.saves.empty());
    }
}

TEST_CASE("a resized terminal gets the screen drawn again at its new width") {
    Session s;
    s.console.type(" ");
    s.console.press(KeyCode::resized);
    // The resize is read after the first screen; set the new width before running.
    s.console.set_width(40);
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(count(s.console.output(), clear_screen) == 3);
    std::istringstream lines(last_screen(s.console));
    for (std::string line; std::getline(lines, line);) {
        INFO(line);
        const bool one_word = line.find(' ') == std::string::npos;
        CHECK((gait::display_width(line) <= 40 || one_word));
    }
}

TEST_CASE("text from the rubric never reaches the console raw") {
    const gait::Rubric rubric = gait::load_rubric(R"(
id: hostile
version: "1"
title: "Title \e]0;owned\a"
scale: [{id: "yes", value: 1}, {id: "no", value: 0}]
areas: [{id: a, name: "Area \u202Eevil"}]
phases:
  - id: p
    name: P
    threshold: 0.5
    questions: [{id: p.a.q, area: a, text: "Clear \e[2J the screen?", help: "\e[31mred"}]
)",
                                                  "hostile.yaml");
    gait::Answers answers;
    answers.team = "T";
    ScriptedConsole console;
    console.type(" ?");
    gait::run_questionnaire(rubric, answers, console, {"f", ""}, [](const gait::Answers&) {});
    std::string output = console.output();
    // Remove the questionnaire's own escape sequences; nothing else may remain.
    for (const char* own : {"\x1b[H", "\x1b[2J", "\x1b[K"}) {
        for (std::size_t at; (at = output.find(own)) != std::string::npos;) {
            output.erase(at, std::string(own).size());
        }
    }
    CHECK(output.find('\x1b') == std::string::npos);
    CHECK(output.find('\a') == std::string::npos);
    CHECK_THAT(output, Catch::Matchers::Contains("Clear ^[[2J the screen?"));
    CHECK_THAT(output, Catch::Matchers::Contains("Area <U+202E>evil"));
}

namespace {

// The questionnaire on the built-in rubric (2.0), resumed from the 1.0 answers of
// data/examples/walk-1.0.yaml read through its migration keys. In rubric order the
// first question left is the sixth, crawl.observability.symptom-paging: carried over
// from walk.observability.actionable-alerts ("yes"); the seventh is carried over too,
// from walk.observability.dashboards-logs ("yes"); the next left after them is the
// twelfth, crawl.security.least-privilege, unanswered.
struct MigratedSession : Session {
    MigratedSession() {
        rubric = gait::builtin_rubric();
        answers = gait::load_answers_file(
            std::string(GAIT_TEST_DATA) + "/../../data/examples/walk-1.0.yaml", rubric);
    }

    const gait::Answer* answer(const std::string& question) const {
        for (const gait::Answer& a : answers.answers) {
            if (a.question == question) return &a;
        }
        return nullptr;
    }

    static const gait::Answer* answer_in(const gait::Answers& saved, const std::string& question) {
        for (const gait::Answer& a : saved.answers) {
            if (a.question == question) return &a;
        }
        return nullptr;
    }
};

const char* const carried_line =
    "Carried over from 'walk.observability.actionable-alerts', asked in two parts now: confirm "
    "the answer or change it.";

}  // namespace

TEST_CASE(
    "answers carried over from a 1.0 file: the questionnaire starts at the first to confirm") {
    MigratedSession s;
    REQUIRE(s.answer("crawl.observability.symptom-paging"));
    REQUIRE(s.answer("crawl.observability.symptom-paging")->carried_from ==
            "walk.observability.actionable-alerts");
    s.console.type(" ");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(s.console.output(),
               Catch::Matchers::Contains("to confirm, starting at question 6."));
    const std::string screen = last_screen_joined(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains("Question 6 of 88 · Crawl · Observability"));
    CHECK_THAT(screen, Catch::Matchers::Contains(carried_line));
    // The carried answer is the current one, highlighted.
    CHECK_THAT(screen, Catch::Matchers::Contains("› "));
    CHECK(s.saves.empty());
}

TEST_CASE("a question answered directly in the 1.0 file shows no carried-over line") {
    MigratedSession s;
    // Back from question 6 to question 5, crawl.observability.metrics, answered "yes".
    s.console.type(" ").type("b");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains("Question 5 of 88 · Crawl · Observability"));
    CHECK(screen.find("Carried over from") == std::string::npos);
}

TEST_CASE(
    "confirming a carried answer clears carried_from and saves; forward goes to what is left") {
    MigratedSession s;
    SECTION("Enter keeps the carried answer, confirmed") {
        s.console.type(" ").press(KeyCode::enter);
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        REQUIRE(s.saves.size() == 1);
        const gait::Answer* saved =
            MigratedSession::answer_in(s.saves[0], "crawl.observability.symptom-paging");
        REQUIRE(saved);
        CHECK(saved->choice == "yes");
        CHECK(saved->carried_from.empty());
        // The other carried answers are still to confirm.
        const gait::Answer* other =
            MigratedSession::answer_in(s.saves[0], "crawl.observability.dashboard");
        REQUIRE(other);
        CHECK(other->carried_from == "walk.observability.dashboards-logs");
        const std::string screen = last_screen(s.console);
        CHECK_THAT(screen, Catch::Matchers::Contains("Question 7 of 88"));
        CHECK_THAT(screen, Catch::Matchers::Contains(
                               "Carried over from 'walk.observability.dashboards-logs'"));
    }
    SECTION(
        "another choice changes it, confirmed; the next left is the seventh, then the twelfth") {
        s.console.type(" ").type("p").type("n");
        CHECK(s.run() == QuestionnaireEnd::input_ended);
        REQUIRE(s.saves.size() == 2);
        const gait::Answer* first =
            MigratedSession::answer_in(s.saves.back(), "crawl.observability.symptom-paging");
        REQUIRE(first);
        CHECK(first->choice == "partly");
        CHECK(first->carried_from.empty());
        const gait::Answer* second =
            MigratedSession::answer_in(s.saves.back(), "crawl.observability.dashboard");
        REQUIRE(second);
        CHECK(second->choice == "no");
        CHECK(second->carried_from.empty());
        // The eighth to eleventh, renamed, are not visited going forward.
        const std::string screen = last_screen(s.console);
        CHECK_THAT(screen, Catch::Matchers::Contains("Question 12 of 88 · Crawl · Security"));
        CHECK(screen.find("Carried over from") == std::string::npos);
    }
}

namespace {

const char* const five_level_ids[] = {
    "bronze.build.ci",    "bronze.operate.alerts", "bronze.operate.backups", "silver.build.review",
    "silver.operate.slo", "gold.build.canary",     "gold.operate.chaos"};

// A session whose answers are "done" for the questions numbered (1-based) in `numbers`.
Session answered(std::initializer_list<int> numbers) {
    Session s;
    for (const int number : numbers)
        s.answers.answers.push_back({five_level_ids[number - 1], "done", "", "", {}});
    return s;
}

// Whether every line of the last screen fits the console's rows and 100 columns.
void check_fits(const ScriptedConsole& console, std::size_t rows) {
    const std::string screen = last_screen(console);
    INFO(screen);
    CHECK(count(screen, "\n") + 1 <= rows);
    std::istringstream lines(screen);
    for (std::string line; std::getline(lines, line);)
        CHECK(gait::display_width(line) <= 100);
}

}  // namespace

TEST_CASE("g and : go to a question by its number") {
    const std::string key = GENERATE(std::string("g"), std::string(":"));
    Session s;
    s.console.type(" ").type(key).type("5\r").type("d");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.choice("silver.operate.slo") == "done");
    CHECK(s.choice("bronze.build.ci") == "(none)");
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Question 6 of 7"));
}

TEST_CASE("g with a number that is no question's says so and stays") {
    Session s;
    s.console.type(" ").type("g99\r");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen,
               Catch::Matchers::Contains("There is no question 99; the numbers go from 1 to 7."));
    CHECK_THAT(screen, Catch::Matchers::Contains("Question 1 of 7"));
}

TEST_CASE("u goes to the next unanswered question, round the end") {
    Session s = answered({1, 2, 3, 5, 6, 7});
    s.console.type(" ");               // resumes at question 4
    s.console.type("bbb").type("u");   // back to 1, then the next unanswered: 4
    s.console.type("g6\r").type("u");  // from 6, round the end: 4 again
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(count(s.console.output(), "Question 4 of 7") == 3);
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Question 4 of 7"));
}

TEST_CASE("u with every question answered goes to the review and says so") {
    Session s = answered({1, 2, 3, 4, 5, 6});
    s.console.type(" ").type("d").type("g2\r").type("u");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains("Review: 7 of 7 answered"));
    CHECK_THAT(screen, Catch::Matchers::Contains("Every question is answered."));
}

TEST_CASE("r goes to the review from any question and Enter there finishes") {
    Session s;
    s.console.type(" ").type("d").type("r").type("\r");
    CHECK(s.run() == QuestionnaireEnd::finished);
    CHECK_THAT(s.console.output(), Catch::Matchers::Contains("Review: 1 of 7 answered"));
    CHECK(s.choice("bronze.build.ci") == "done");
}

TEST_CASE("the last question left after resuming leads to the review") {
    Session s = answered({1, 2, 3, 4, 6, 7});
    s.console.type(" ").type("d");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Review: 7 of 7 answered"));
}

TEST_CASE("Delete and Backspace clear an answer and keep its note") {
    const KeyCode key = GENERATE(KeyCode::erase, KeyCode::backspace);
    Session s = answered({1, 2});
    s.answers.answers[1].note = "pager";
    // Resumes at question 3; back to 2, clear it; back to 1, clear it.
    s.console.type(" ").type("b").press(key).type("b").press(key);
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.choice("bronze.build.ci").empty());
    CHECK(s.choice("bronze.operate.alerts").empty());
    REQUIRE(s.saves.size() == 2);
    CHECK(s.saves.back().answers[1].note == "pager");
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains("Answer cleared: the question is unanswered."));
    CHECK(screen.find("(current answer)") == std::string::npos);
}

TEST_CASE("the keys on the question screen name g u r and Del") {
    Session s;
    s.console.type(" ");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(last_screen_joined(s.console),
               Catch::Matchers::Contains("Del clear · g go to · u unanswered · r review · q quit"));
}

TEST_CASE("the review shows each question's text beside its answer") {
    Session s = answered({1});
    s.answers.answers[0].note = "on GitLab";
    s.console.type(" ").type("r");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains(
                           "1. Done            Does every change go through continuous "
                           "integration? (note)"));
    CHECK_THAT(screen, Catch::Matchers::Contains(
                           "2. unanswered      Does someone get an alert when the platform is "
                           "down?"));
}

TEST_CASE("the review pages to the terminal's rows") {
    Session s;
    s.console.set_rows(9);
    s.console.type(" ").type("r");
    // Page Down, Space, then Down on the last page stays there; b goes one back.
    s.console.press(KeyCode::page_down).type(" ").press(KeyCode::down).type("b");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(count(s.console.output(), "page 1 of 3") == 1);
    CHECK(count(s.console.output(), "page 3 of 3") == 2);
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("page 2 of 3"));
    check_fits(s.console, 9);
}

TEST_CASE("the review keeps its message on screen") {
    Session s;
    s.console.set_rows(10);
    s.console.type(" ").type("r").type("99\r");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(last_screen_joined(s.console),
               Catch::Matchers::Contains("There is no question 99; the numbers go from 1 to 7."));
    check_fits(s.console, 10);
}

TEST_CASE("a question's number typed in the review goes there and back to the review") {
    Session s;
    s.console.type(" ").type("r").type("3").press(KeyCode::backspace).type("4\r").type("m");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.choice("silver.build.review") == "mostly");
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Review: 1 of 7 answered"));
}

TEST_CASE("at 80 by 10 the question and its choices stay on screen with help open") {
    Session s;
    s.rubric = gait::builtin_rubric();
    s.console.set_rows(10);
    s.console.type(" ").type("?");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    const std::string screen = last_screen(s.console);
    CHECK_THAT(screen, Catch::Matchers::Contains("Question 1 of"));
    CHECK_THAT(screen, Catch::Matchers::Contains("1 y  Yes"));
    CHECK_THAT(screen, Catch::Matchers::Contains("3 n  No"));
    CHECK_THAT(screen, Catch::Matchers::Contains("Why it matters:"));
    CHECK_THAT(screen, Catch::Matchers::Contains("… more: ? again"));
    check_fits(s.console, 10);
}

TEST_CASE("? again shows the rest of a help that did not fit then hides it") {
    Session s;
    s.rubric = gait::builtin_rubric();
    s.console.set_rows(10);
    s.console.type(" ");
    for (int i = 0; i < 12; ++i)
        s.console.type("?");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(s.console.output(), Catch::Matchers::Contains("What to do:"));
    // Its parts, then hidden, then from its start again.
    CHECK(count(s.console.output(), "Why it matters:") >= 2);
}

TEST_CASE("text is wrapped to 100 columns on a wider terminal") {
    Session s;
    s.rubric = gait::builtin_rubric();
    s.console.set_width(200);
    s.console.type(" ").type("?");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    check_fits(s.console, 24);
}

TEST_CASE("a note keeps its spaces on the question screen") {
    Session s;
    s.console.type(" ").type("e").type("two  spaces   here").press(KeyCode::enter);
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("Note: two  spaces   here"));
}

TEST_CASE("r opens the review at the page holding the question it left") {
    Session s;
    s.console.set_rows(9);
    s.console.type(" ").type("g7\r").type("r");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK_THAT(last_screen(s.console), Catch::Matchers::Contains("page 3 of 3"));
}

TEST_CASE("a new questionnaire asks who answers, and Enter skips it") {
    gait::Rubric rubric = five_level();
    const auto run = [&](gait::Answers& answers, const std::string& typed) {
        ScriptedConsole console;
        console.type(typed).type(" ").type("d");
        gait::QuestionnaireOptions options{"saved.yaml", "2026-11-24", true};
        gait::run_questionnaire(rubric, answers, console, options, [](const gait::Answers&) {});
        return console.output();
    };
    gait::Answers named;
    named.team = "Ops";
    CHECK_THAT(run(named, "Ana Lima\r"), Catch::Matchers::Contains("Your name (Enter to skip): "));
    CHECK(named.respondent == "Ana Lima");
    CHECK(named.answers.size() == 1);
    gait::Answers skipped;
    skipped.team = "Ops";
    run(skipped, "\r");
    CHECK(skipped.respondent.empty());
    CHECK(skipped.answers.size() == 1);
}

TEST_CASE("the respondent is not asked when known, when resuming or when not wanted") {
    gait::Rubric rubric = five_level();
    const auto asks = [&](gait::Answers answers, bool ask) {
        ScriptedConsole console;
        console.type(" ");
        gait::QuestionnaireOptions options{"saved.yaml", "2026-11-24", ask};
        gait::run_questionnaire(rubric, answers, console, options, [](const gait::Answers&) {});
        return console.output().find("Your name") != std::string::npos;
    };
    gait::Answers known;
    known.team = "Ops";
    known.respondent = "Ana";
    CHECK_FALSE(asks(known, true));
    gait::Answers resumed;
    resumed.team = "Ops";
    resumed.answers.push_back({"bronze.build.ci", "done", {}, {}, {}, {}, {}});
    CHECK_FALSE(asks(resumed, true));
    gait::Answers fresh;
    fresh.team = "Ops";
    CHECK(asks(fresh, true));
    CHECK_FALSE(asks(fresh, false));
}

TEST_CASE("not applicable asks why and saves the reason", "[reason]") {
    Session s;
    // Done, done, then bronze.operate.backups not applicable (6, skip).
    s.console.type(" ").type("5").type("5").type("6").type("No data kept here");
    s.console.press(KeyCode::enter);
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    CHECK(s.choice("bronze.operate.backups") == "skip");
    REQUIRE(s.saves.size() == 4);
    CHECK(s.saves[2].answers[2].reason.empty());
    CHECK(s.saves[3].answers[2].reason == "No data kept here");
    CHECK_THAT(s.console.output(),
               Catch::Matchers::Contains("Why does this not apply? (Enter to skip): "));
}

TEST_CASE("Enter alone skips the reason and a choice with a value drops one", "[reason]") {
    Session s;
    s.answers.answers.push_back({"bronze.build.ci", "done", "", "", {}});
    s.answers.answers.push_back({"bronze.operate.alerts", "done", "", "", {}});
    gait::Answer backups{"bronze.operate.backups", "skip", "", "", "old reason"};
    s.answers.answers.push_back(backups);
    // Resumed at silver.build.review; b goes back to backups.
    s.console.type(" ").type("b").type("6").press(KeyCode::enter);
    s.console.type("b").type("1");
    CHECK(s.run() == QuestionnaireEnd::input_ended);
    REQUIRE(s.saves.size() >= 2);
    CHECK(s.saves[0].answers[2].reason == "old reason");
    CHECK(s.saves.back().answers[2].choice == "none");
    CHECK(s.saves.back().answers[2].reason.empty());
}
