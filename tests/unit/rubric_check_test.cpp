#include "load/rubric_check.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/limits.hpp"

#include "small_rubric.hpp"

using Catch::Matchers::Contains;

namespace {

using gait::test::good_rubric;
using gait::test::load_error;
using gait::test::replaced;

// good_rubric as check_rubric sees it once read, each thing on a line of its own:
// the rubric (line 0), scale choices on lines 5 and 7, the area on 10, the phase on
// 13 and its question on 17.
gait::Rubric sound_rubric() {
    gait::Rubric rubric;
    rubric.id = "small";
    rubric.version = "1";
    rubric.title = "Small";
    rubric.where = {"r.yaml", 0, 0};
    rubric.scale = {{"yes", "yes", 1.0, {"r.yaml", 5, 5}}, {"no", "no", 0.0, {"r.yaml", 7, 5}}};
    gait::Area build;
    build.id = "build";
    build.name = "Build";
    build.where = {"r.yaml", 10, 5};
    rubric.areas = {build};
    gait::Question question;
    question.id = "one.a";
    question.area = "build";
    question.text = "A";
    question.where = {"r.yaml", 17, 9};
    gait::Phase phase;
    phase.id = "one";
    phase.name = "One";
    phase.threshold = 0.5;
    phase.questions = {question};
    phase.where = {"r.yaml", 13, 5};
    rubric.phases = {phase};
    return rubric;
}

std::vector<gait::Diagnostic> checked(const gait::Rubric& rubric) {
    std::vector<gait::Diagnostic> problems;
    gait::detail::check_rubric(rubric, problems);
    return problems;
}

// The messages of check_rubric's problems, in the order it found them.
std::vector<std::string> messages(const gait::Rubric& rubric) {
    std::vector<std::string> out;
    for (const gait::Diagnostic& problem : checked(rubric))
        out.push_back(problem.message);
    return out;
}

using Messages = std::vector<std::string>;

}  // namespace

// Line numbers below count from `id: bad` as line 1.
const char* const many_problems = R"(id: bad
version: "1"
title: Bad
scale:
  - id: low
    value: 0
  - id: high
    value: 1.5
areas:
  - id: build
    name: Build
phases:
  - id: one
    name: One
    threshold: 1.2
    questions:
      - id: one.a
        area: biuld
        text: A
      - id: one.a
        area: build
        text: B
      - id: one.c
        area: build
        text: C
        weight: -1
      - id: one.d
        area: build
      - id: one.e
        area: build
        text: E
        wieght: 2
  - id: two
    name: Two
    threshold: 0.5
    questions: []
)";

TEST_CASE("lint_rubric reports every problem in file order", "[rubric][lint]") {
    const std::vector<gait::Diagnostic> problems = gait::lint_rubric(many_problems, "bad.yaml");
    struct Expected {
        int line, column;
        std::string message, hint;
    };
    const std::vector<Expected> expected = {
        {5, 5, "the scale has no full-credit choice", "give one choice the value 1"},
        {7, 5, "scale choice 'high' has value 1.5, outside [0,1]", ""},
        {13, 5, "phase 'one' has threshold 1.2, outside [0,1]", ""},
        {17, 9, "question 'one.a' names unknown area 'biuld'", "did you mean 'build'?"},
        {20, 9, "duplicate question id 'one.a' (first on line 17)", ""},
        {23, 9, "question 'one.c' has negative weight -1", ""},
        {27, 9, "the question 'one.d' has no 'text'", ""},
        {32, 9, "unknown key 'wieght' in the question 'one.e'", "did you mean 'weight'?"},
        {36, 16, "the phase 'two' has no questions", ""},
    };
    REQUIRE(problems.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("problem " << i << ": " << gait::format_diagnostic(problems[i]));
        CHECK(problems[i].where.file == "bad.yaml");
        CHECK(problems[i].where.line == expected[i].line);
        CHECK(problems[i].where.column == expected[i].column);
        CHECK(problems[i].message == expected[i].message);
        CHECK(problems[i].hint == expected[i].hint);
    }
}

TEST_CASE("load_rubric throws the first problem in the file", "[rubric][lint]") {
    const gait::Diagnostic first = load_error(many_problems);
    CHECK(first.where.line == 5);
    CHECK(first.where.column == 5);
    CHECK(first.message == "the scale has no full-credit choice");
    REQUIRE_THROWS_WITH(gait::load_rubric(many_problems, "bad.yaml"),
                        "bad.yaml:5:5: the scale has no full-credit choice; give one choice "
                        "the value 1");
}

TEST_CASE("a sound rubric lints clean; each single fault is found", "[rubric][lint]") {
    CHECK(gait::lint_rubric(good_rubric, "g.yaml").empty());
    CHECK_NOTHROW(gait::load_rubric(good_rubric, "g.yaml"));

    SECTION("unknown key at the top, with a hint") {
        const auto diagnostic = load_error(replaced(good_rubric, "title:", "titel: x\ntitle:"));
        CHECK(diagnostic.message == "unknown key 'titel' in the rubric");
        CHECK(diagnostic.hint == "did you mean 'title'?");
        CHECK(diagnostic.where.line == 3);
        CHECK(diagnostic.where.column == 1);
    }
    SECTION("a misspelt required key is reported once, as the unknown key") {
        const std::string text = replaced(good_rubric, "        text: A", "        txet: A");
        const std::vector<gait::Diagnostic> problems = gait::lint_rubric(text, "r.yaml");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "unknown key 'txet' in the question 'one.a'");
        CHECK(problems[0].hint == "did you mean 'text'?");
        CHECK(problems[0].where.line == 19);
    }
    SECTION("a missing required field names the mapping") {
        const auto diagnostic = load_error(replaced(good_rubric, "title: Small\n", ""));
        CHECK(diagnostic.message == "the rubric has no 'title'");
    }
    SECTION("a second not-applicable choice") {
        const auto diagnostic =
            load_error(replaced(good_rubric, "areas:", "  - id: na\n  - id: skip\nareas:"));
        CHECK(diagnostic.message ==
              "scale choice 'skip' has no value, but the scale already has a not-applicable "
              "choice");
        CHECK(diagnostic.where.line == 10);
    }
    SECTION("allow_na without a not-applicable choice") {
        const auto diagnostic =
            load_error(replaced(good_rubric, "text: A\n", "text: A\n        allow_na: true\n"));
        CHECK_THAT(diagnostic.message, Contains("allows not applicable"));
        CHECK(diagnostic.where.line == 17);
    }
    SECTION("a malformed id") {
        const auto diagnostic = load_error(replaced(good_rubric, "id: one.a", "id: one a"));
        CHECK_THAT(diagnostic.message, Contains("question id 'one a' may hold only"));
    }
    SECTION("no phases at all") {
        const auto diagnostic = load_error(good_rubric.substr(0, good_rubric.find("phases:")));
        CHECK(diagnostic.message == "the rubric has no phases");
        CHECK(diagnostic.where.line == 1);  // the rubric's mapping, where the key belongs
    }
}

TEST_CASE("check_rubric finds nothing in a sound rubric and appends to the problems given",
          "[rubric_check]") {
    CHECK(checked(sound_rubric()).empty());

    std::vector<gait::Diagnostic> problems = {{{"other.yaml", 1, 1}, "found before", ""}};
    gait::detail::check_rubric(sound_rubric(), problems);
    REQUIRE(problems.size() == 1);

    gait::Rubric broken = sound_rubric();
    broken.phases[0].threshold = 2.0;
    gait::detail::check_rubric(broken, problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message == "found before");
    CHECK(problems[1].message == "phase 'one' has threshold 2, outside [0,1]");
    CHECK(problems[1].where.line == 13);
}

TEST_CASE("check_rubric finds malformed ids and ids used twice within one kind", "[rubric_check]") {
    SECTION("a malformed rubric id, where the rubric is") {
        gait::Rubric rubric = sound_rubric();
        rubric.id = "small rubric";
        const auto problems = checked(rubric);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message ==
              "rubric id 'small rubric' may hold only letters, digits, '.', '-' and '_'");
        CHECK(problems[0].where.line == 0);
    }
    SECTION("letters of both cases, digits, '.', '-' and '_' make an id; '/' does not") {
        gait::Rubric rubric = sound_rubric();
        rubric.phases[0].questions[0].id = "Q_1-a.b";
        CHECK(checked(rubric).empty());
        rubric.phases[0].questions[0].id = "one/a";
        CHECK(messages(rubric) ==
              Messages{"question id 'one/a' may hold only letters, digits, '.', '-' and '_'"});
    }
    SECTION("an empty id is left to the reader, which reports it missing") {
        gait::Rubric rubric = sound_rubric();
        rubric.phases[0].questions[0].id.clear();
        CHECK(checked(rubric).empty());
    }
    SECTION("a scale choice twice, naming the first one's line") {
        gait::Rubric rubric = sound_rubric();
        rubric.scale.push_back({"yes", "Yes again", 0.5, {"r.yaml", 9, 5}});
        const auto problems = checked(rubric);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "duplicate scale choice id 'yes' (first on line 5)");
        CHECK(problems[0].where.line == 9);
    }
    SECTION("an area twice") {
        gait::Rubric rubric = sound_rubric();
        rubric.areas.push_back(rubric.areas[0]);
        rubric.areas[1].where = {"r.yaml", 12, 5};
        CHECK(messages(rubric) == Messages{"duplicate area id 'build' (first on line 10)"});
    }
    SECTION("a phase twice, and a question id repeated in another phase") {
        gait::Rubric rubric = sound_rubric();
        gait::Phase second = rubric.phases[0];
        second.where = {"r.yaml", 20, 5};
        second.questions[0].where = {"r.yaml", 24, 9};
        rubric.phases.push_back(second);
        CHECK(messages(rubric) == Messages{"duplicate phase id 'one' (first on line 13)",
                                           "duplicate question id 'one.a' (first on line 17)"});
    }
    SECTION("one id may name things of different kinds") {
        gait::Rubric rubric = sound_rubric();
        rubric.id = "build";
        rubric.phases[0].id = "build";
        rubric.phases[0].questions[0].id = "build";
        rubric.scale[0].id = "build";
        CHECK(checked(rubric).empty());
    }
}

TEST_CASE("check_rubric wants scale values in [0,1], one of them 1, and one n/a choice at most",
          "[rubric_check]") {
    gait::Rubric rubric = sound_rubric();
    SECTION("a value below 0") {
        rubric.scale[1].value = -0.25;
        CHECK(messages(rubric) == Messages{"scale choice 'no' has value -0.25, outside [0,1]"});
    }
    SECTION("no value of 1, reported where the scale starts") {
        rubric.scale[0].value = 0.9;
        const auto problems = checked(rubric);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "the scale has no full-credit choice");
        CHECK(problems[0].hint == "give one choice the value 1");
        CHECK(problems[0].where.line == 5);
    }
    SECTION("a value above 1 is out of range and no full credit") {
        rubric.scale[0].value = 1.5;
        CHECK(messages(rubric) == Messages{"scale choice 'yes' has value 1.5, outside [0,1]",
                                           "the scale has no full-credit choice"});
    }
    SECTION("an empty scale is left to the reader, which reports it missing") {
        rubric.scale.clear();
        CHECK(checked(rubric).empty());
    }
    SECTION("one not-applicable choice is sound; a second and a third are one problem") {
        rubric.scale.push_back({"na", "n/a", std::nullopt, {"r.yaml", 9, 5}});
        CHECK(checked(rubric).empty());
        rubric.scale.push_back({"skip", "skip", std::nullopt, {"r.yaml", 10, 5}});
        rubric.scale.push_back({"pass", "pass", std::nullopt, {"r.yaml", 11, 5}});
        const auto problems = checked(rubric);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message ==
              "scale choice 'skip' has no value, but the scale already has a not-applicable "
              "choice");
        CHECK(problems[0].hint == "give it a value in [0,1]");
        CHECK(problems[0].where.line == 10);
    }
}

TEST_CASE("check_rubric wants thresholds in [0,1], ends included", "[rubric_check]") {
    gait::Rubric rubric = sound_rubric();
    rubric.phases[0].threshold = 0.0;
    CHECK(checked(rubric).empty());
    rubric.phases[0].threshold = 1.0;
    CHECK(checked(rubric).empty());
    rubric.phases[0].threshold = -0.1;
    CHECK(messages(rubric) == Messages{"phase 'one' has threshold -0.1, outside [0,1]"});
}

TEST_CASE("check_rubric checks each question's area, weight and n/a", "[rubric_check]") {
    gait::Rubric rubric = sound_rubric();
    gait::Question& question = rubric.phases[0].questions[0];
    SECTION("an unknown area, with a hint only for a likely typo") {
        question.area = "biuld";
        auto problems = checked(rubric);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "question 'one.a' names unknown area 'biuld'");
        CHECK(problems[0].hint == "did you mean 'build'?");
        CHECK(problems[0].where.line == 17);
        question.area = "security";
        problems = checked(rubric);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "question 'one.a' names unknown area 'security'");
        CHECK(problems[0].hint.empty());
    }
    SECTION("an empty area is left to the reader") {
        question.area.clear();
        CHECK(checked(rubric).empty());
    }
    SECTION("weights from 0 to the limit are sound") {
        question.weight = 0.0;
        CHECK(checked(rubric).empty());
        question.weight = gait::limits::weight;
        CHECK(checked(rubric).empty());
    }
    SECTION("a weight past the limit") {
        question.weight = 1000.5;
        CHECK(messages(rubric) ==
              Messages{"question 'one.a' has weight 1000.5, more than the 1000 gait reads"});
    }
    SECTION("a negative weight") {
        question.weight = -0.5;
        CHECK(messages(rubric) == Messages{"question 'one.a' has negative weight -0.5"});
    }
    SECTION("allow_na needs a not-applicable choice") {
        question.allow_na = true;
        const auto problems = checked(rubric);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message ==
              "question 'one.a' allows not applicable, but the scale has no not-applicable "
              "choice");
        CHECK(problems[0].hint == "add a scale choice without a value");
        rubric.scale.push_back({"na", "n/a", std::nullopt, {"r.yaml", 9, 5}});
        CHECK(checked(rubric).empty());
    }
}

TEST_CASE("check_rubric refuses a rubric larger than gait reads, where the rubric is",
          "[rubric_check]") {
    gait::Rubric rubric = sound_rubric();
    SECTION("questions: the limit is sound, one more is not") {
        gait::Phase& phase = rubric.phases[0];
        const gait::Question model = phase.questions[0];
        phase.questions.clear();
        for (std::size_t i = 0; i < gait::limits::questions; ++i) {
            gait::Question question = model;
            question.id = "q" + std::to_string(i);
            question.where.line = static_cast<int>(20 + i);
            phase.questions.push_back(question);
        }
        CHECK(checked(rubric).empty());
        phase.questions.push_back(model);
        const auto problems = checked(rubric);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "2001 questions, more than the 2000 gait reads");
        CHECK(problems[0].where.line == 0);
    }
    SECTION("phases") {
        const gait::Phase model = rubric.phases[0];
        rubric.phases.clear();
        for (int i = 0; i < 21; ++i) {
            gait::Phase phase = model;
            phase.id = "p" + std::to_string(i);
            phase.questions[0].id = phase.id + ".a";
            rubric.phases.push_back(phase);
        }
        CHECK(messages(rubric) == Messages{"21 phases, more than the 20 gait reads"});
    }
    SECTION("areas") {
        for (int i = 0; i < 100; ++i) {
            gait::Area area = rubric.areas[0];
            area.id = "a" + std::to_string(i);
            rubric.areas.push_back(area);
        }
        CHECK(messages(rubric) == Messages{"101 areas, more than the 100 gait reads"});
    }
    SECTION("scale choices") {
        for (int i = 0; i < 19; ++i) {
            rubric.scale.push_back({"c" + std::to_string(i), "c", 0.5, {"r.yaml", 9, 5}});
        }
        CHECK(messages(rubric) == Messages{"21 scale choices, more than the 20 gait reads"});
    }
}

TEST_CASE("check_rubric reports sizes, then ids, the scale, areas and phases", "[rubric_check]") {
    gait::Rubric rubric = sound_rubric();
    rubric.phases[0].threshold = 3.0;
    rubric.areas.push_back(rubric.areas[0]);
    rubric.scale[1].value = 2.0;
    rubric.id = "a b";
    for (int i = 0; i < 20; ++i) {
        gait::Phase phase = rubric.phases[0];
        phase.id = "p" + std::to_string(i);
        phase.threshold = 0.5;
        phase.questions[0].id = phase.id + ".a";
        rubric.phases.push_back(phase);
    }
    CHECK(messages(rubric) == Messages{"21 phases, more than the 20 gait reads",
                                       "rubric id 'a b' may hold only letters, digits, '.', '-' "
                                       "and '_'",
                                       "scale choice 'no' has value 2, outside [0,1]",
                                       "duplicate area id 'build' (first on line 10)",
                                       "phase 'one' has threshold 3, outside [0,1]"});
}

// The migration keys, on good_rubric with a second question one.b (line 20) after one.a
// (line 17), and the top-level `removed` before the phases.
namespace {

const std::string question_b = "      - id: one.b\n        area: build\n        text: B\n";

// good_rubric with `a_keys` added to one.a, then one.b with `b_keys`, and `removed`
// (a list of lines) before the phases.
std::string migration_rubric(const std::string& a_keys, const std::string& b_keys,
                             const std::string& removed = {}) {
    std::string text = replaced(good_rubric, "        text: A\n",
                                "        text: A\n" + a_keys + question_b + b_keys);
    if (!removed.empty()) text = replaced(text, "phases:\n", "removed:\n" + removed + "phases:\n");
    return text;
}

struct Expected {
    int line, column;
    std::string message, hint;
};

void check_problems(const std::string& text, const std::vector<Expected>& expected) {
    INFO(text);
    const std::vector<gait::Diagnostic> problems = gait::lint_rubric(text, "r.yaml");
    for (const gait::Diagnostic& problem : problems)
        UNSCOPED_INFO(gait::format_diagnostic(problem));
    REQUIRE(problems.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("problem " << i << ": " << gait::format_diagnostic(problems[i]));
        CHECK(problems[i].where.file == "r.yaml");
        CHECK(problems[i].where.line == expected[i].line);
        CHECK(problems[i].where.column == expected[i].column);
        CHECK(problems[i].message == expected[i].message);
        CHECK(problems[i].hint == expected[i].hint);
    }
}

const std::string both = "an id is either a question or an earlier one, not both";
const std::string once = "an earlier question is renamed once, split, or removed";

}  // namespace

TEST_CASE("lint wants an earlier id named by replaces, split_from or removed not to be a question",
          "[rubric_check]") {
    SECTION("replaces, where the question naming it is") {
        check_problems(
            migration_rubric("", "        replaces: one.a\n"),
            {{20, 9, "'replaces' names 'one.a', which is still a question of this rubric", both}});
    }
    SECTION("replaces as a list, one of its ids current") {
        check_problems(
            migration_rubric("", "        replaces: [one.old, one.a]\n"),
            {{20, 9, "'replaces' names 'one.a', which is still a question of this rubric", both}});
    }
    SECTION("split_from") {
        check_problems(
            migration_rubric("", "        split_from: one.a\n"),
            {{20, 9, "'split_from' names 'one.a', which is still a question of this rubric",
              both}});
    }
    SECTION("removed, where the list item is") {
        check_problems(
            migration_rubric("", "", "  - one.gone\n  - one.b\n"),
            {{14, 5, "'removed' names 'one.b', which is still a question of this rubric", both}});
    }
    SECTION("load_rubric refuses it with the same message") {
        const gait::Diagnostic first =
            load_error(migration_rubric("", "        split_from: one.a\n"));
        CHECK(first.message ==
              "'split_from' names 'one.a', which is still a question of this rubric");
        CHECK(first.hint == both);
    }
}

TEST_CASE("lint finds replaces going round in a cycle, on each question of it", "[rubric_check]") {
    SECTION("two questions replacing each other") {
        // one.a gains a line, so one.b stands on line 21.
        check_problems(
            migration_rubric("        replaces: one.b\n", "        replaces: one.a\n"),
            {{17, 9, "question 'one.a' replaces 'one.b', which replaces it in turn (a cycle)",
              both},
             {21, 9, "question 'one.b' replaces 'one.a', which replaces it in turn (a cycle)",
              both}});
    }
    SECTION("a replaces b which replaces an old id: no cycle, b is still a question") {
        check_problems(
            migration_rubric("        replaces: one.b\n", "        replaces: one.old\n"),
            {{17, 9, "'replaces' names 'one.b', which is still a question of this rubric", both}});
    }
}

TEST_CASE("lint wants each earlier question named once: renamed, split or removed",
          "[rubric_check]") {
    SECTION("replaced by two questions") {
        check_problems(
            migration_rubric("        replaces: one.old\n", "        replaces: one.old\n"),
            {{21, 9,
              "earlier question 'one.old' is named twice: by 'replaces' on line 17, and by "
              "'replaces'",
              once}});
    }
    SECTION("replaced and removed: reported where the list item is") {
        check_problems(
            migration_rubric("        replaces: one.old\n", "", "  - one.old\n"),
            {{13, 5,
              "earlier question 'one.old' is named twice: by 'replaces' on line 19, and by "
              "'removed'",
              once}});
    }
    SECTION("split and replaced") {
        check_problems(
            migration_rubric("        split_from: one.old\n", "        replaces: one.old\n"),
            {{21, 9,
              "earlier question 'one.old' is named twice: by 'split_from' on line 17, and "
              "by 'replaces'",
              once}});
    }
    SECTION("replaced, then split") {
        check_problems(
            migration_rubric("        replaces: one.old\n", "        split_from: one.old\n"),
            {{21, 9,
              "earlier question 'one.old' is named twice: by 'replaces' on line 17, and "
              "by 'split_from'",
              once}});
    }
    SECTION("removed twice") {
        check_problems(
            migration_rubric("", "", "  - one.old\n  - one.old\n"),
            {{14, 5,
              "earlier question 'one.old' is named twice: by 'removed' on line 13, and by "
              "'removed'",
              once}});
    }
}

TEST_CASE("lint wants area_floor in [0,1], ends included", "[rubric_check]") {
    for (const char* floor : {"0", "1", "0.5"}) {
        INFO("area_floor " << floor);
        CHECK(gait::lint_rubric(
                  replaced(good_rubric, "    threshold: 0.5\n",
                           "    threshold: 0.5\n    area_floor: " + std::string(floor) + "\n"),
                  "r.yaml")
                  .empty());
    }
    check_problems(
        replaced(good_rubric, "    threshold: 0.5\n", "    threshold: 0.5\n    area_floor: 2\n"),
        {{13, 5, "phase 'one' has area_floor 2, outside [0,1]", ""}});
    check_problems(
        replaced(good_rubric, "    threshold: 0.5\n", "    threshold: 0.5\n    area_floor: -0.5\n"),
        {{13, 5, "phase 'one' has area_floor -0.5, outside [0,1]", ""}});
}

TEST_CASE("a rubric splitting one earlier question in two, renaming and removing, lints clean",
          "[rubric_check]") {
    const std::string text = migration_rubric(
        "        split_from: one.whole\n        replaces: [one.older, one.old]\n",
        "        split_from: one.whole\n        allow_na: false\n", "  - one.gone\n  - one.lost\n");
    CHECK(gait::lint_rubric(text, "r.yaml").empty());
    const gait::Rubric rubric = gait::load_rubric(text, "r.yaml");
    REQUIRE(rubric.phases.at(0).questions.size() == 2);
    const gait::Question& a = rubric.phases[0].questions[0];
    const gait::Question& b = rubric.phases[0].questions[1];
    CHECK(a.replaces == std::vector<std::string>{"one.older", "one.old"});
    CHECK(a.split_from == "one.whole");
    CHECK(b.replaces.empty());
    CHECK(b.split_from == "one.whole");
    REQUIRE(rubric.removed.size() == 2);
    CHECK(rubric.removed[0].id == "one.gone");
    CHECK(rubric.removed[0].where.line == 13);
    CHECK(rubric.removed[1].id == "one.lost");
    CHECK(rubric.removed[1].where.line == 14);
}
