#include "gait/load/rubric.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/util/diagnostic.hpp"

using Catch::Matchers::Contains;

namespace {

// A sound rubric that the error cases below break in one place each.
const std::string good_rubric = R"(id: small
version: "1"
title: Small
scale:
  - id: "yes"
    value: 1
  - id: "no"
    value: 0
areas:
  - id: build
    name: Build
phases:
  - id: one
    name: One
    threshold: 0.5
    questions:
      - id: one.a
        area: build
        text: A
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The diagnostic load_rubric throws for `text`; fails the test when it does not throw.
gait::Diagnostic load_error(const std::string& text) {
    try {
        gait::load_rubric(text, "r.yaml");
    } catch (const gait::Error& e) {
        return e.diagnostic();
    }
    FAIL("load_rubric accepted the text");
    return {};
}

}  // namespace

TEST_CASE("the built-in rubric loads and lints clean", "[rubric][builtin]") {
    CHECK(gait::lint_rubric(gait::builtin_rubric_text(), "sre.yaml (built in)").empty());
    const gait::Rubric rubric = gait::builtin_rubric();
    CHECK(rubric.id == "sre-maturity");
    REQUIRE(rubric.phases.size() == 3);
    CHECK(rubric.phases[0].id == "crawl");
    CHECK(rubric.phases[1].id == "walk");
    CHECK(rubric.phases[2].id == "run");
    CHECK(rubric.areas.size() == 7);
    REQUIRE(gait::find_choice(rubric, "yes") != nullptr);
    CHECK(*gait::find_choice(rubric, "yes")->value == 1.0);
    REQUIRE(gait::not_applicable_choice(rubric) != nullptr);
    CHECK(gait::not_applicable_choice(rubric)->id == "na");
    for (const gait::Phase& phase : rubric.phases)
        CHECK_FALSE(phase.questions.empty());
}

TEST_CASE("five-level.yaml loads with its counts and values", "[rubric]") {
    const std::string path = std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml";
    const gait::Rubric rubric = gait::load_rubric_file(path);
    CHECK(rubric.id == "platform-health");
    CHECK(rubric.version == "2");
    CHECK(rubric.title == "Platform Health Check");
    CHECK(rubric.where.file == path);

    REQUIRE(rubric.scale.size() == 6);
    const std::vector<std::pair<std::string, double>> values = {
        {"none", 0.0}, {"started", 0.25}, {"half", 0.5}, {"mostly", 0.75}, {"done", 1.0}};
    for (std::size_t i = 0; i < values.size(); ++i) {
        CHECK(rubric.scale[i].id == values[i].first);
        REQUIRE(rubric.scale[i].value.has_value());
        CHECK(*rubric.scale[i].value == values[i].second);
    }
    CHECK(rubric.scale[3].label == "Mostly");
    CHECK(rubric.scale[5].id == "skip");
    CHECK_FALSE(rubric.scale[5].value.has_value());
    CHECK(gait::not_applicable_choice(rubric) == &rubric.scale[5]);

    REQUIRE(rubric.areas.size() == 2);
    CHECK(rubric.areas[0].id == "build");
    CHECK(rubric.areas[1].name == "Operate");

    REQUIRE(rubric.phases.size() == 3);
    CHECK(rubric.phases[0].threshold == 0.5);
    CHECK(rubric.phases[1].threshold == 0.6);
    CHECK(rubric.phases[2].threshold == 0.9);
    CHECK(rubric.phases[0].questions.size() == 3);
    CHECK(rubric.phases[1].questions.size() == 2);
    CHECK(rubric.phases[2].questions.size() == 2);

    const gait::Question& ci = rubric.phases[0].questions[0];
    CHECK(ci.id == "bronze.build.ci");
    CHECK(ci.area == "build");
    CHECK(ci.weight == 2.0);
    CHECK_FALSE(ci.essential);
    CHECK_FALSE(ci.allow_na);
    CHECK(ci.guidance == "Add a CI pipeline that builds and tests every merge request.");
    CHECK(ci.where.line == 39);
    CHECK(ci.where.column == 9);
    const gait::Question& alerts = rubric.phases[0].questions[1];
    CHECK(alerts.essential);
    CHECK(alerts.weight == 1.0);  // the default
    CHECK(rubric.phases[0].questions[2].allow_na);
    CHECK(rubric.phases[1].questions[1].weight == 3.0);

    CHECK(gait::question_ids(rubric) ==
          std::vector<std::string>{"bronze.build.ci", "bronze.operate.alerts",
                                   "bronze.operate.backups", "silver.build.review",
                                   "silver.operate.slo", "gold.build.canary",
                                   "gold.operate.chaos"});
    CHECK(gait::find_phase(rubric, "silver") == &rubric.phases[1]);
    CHECK(gait::find_area(rubric, "operate") == &rubric.areas[1]);
    CHECK(gait::find_phase(rubric, "platinum") == nullptr);
}

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

TEST_CASE("a rubric that is not readable YAML is one error with its position", "[rubric][yaml]") {
    SECTION("syntax error") {
        const std::string text = "id: x\n  bad: indent\n";
        const auto diagnostic = load_error(text);
        CHECK(diagnostic.message == "invalid YAML: illegal map value");
        CHECK(diagnostic.where.file == "r.yaml");
        CHECK(diagnostic.where.line == 2);
        CHECK(diagnostic.where.column == 6);  // the ':' after "  bad"
        // lint_rubric reports it as its one problem instead of throwing
        const auto problems = gait::lint_rubric(text, "r.yaml");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == diagnostic.message);
        CHECK(problems[0].where.line == 2);
    }
    SECTION("unclosed flow list") {
        const auto diagnostic = load_error("id: x\nscale: [a, b\nareas: []\n");
        CHECK(diagnostic.message == "invalid YAML: end of sequence flow not found");
        CHECK(diagnostic.where.line == 3);
    }
    SECTION("empty text") {
        const auto diagnostic = load_error("");
        CHECK(diagnostic.message == "file is empty");
        CHECK(diagnostic.where.line == 0);
        CHECK(load_error("# only a comment\n\n").message == "file is empty");
    }
    SECTION("duplicate mapping key names both lines") {
        const auto diagnostic =
            load_error(replaced(good_rubric, "title: Small\n", "title: Small\nversion: \"2\"\n"));
        CHECK(diagnostic.message == "duplicate key 'version' (first on line 2)");
        CHECK(diagnostic.where.line == 4);
        CHECK(diagnostic.where.column == 1);
    }
    SECTION("two YAML documents") {
        const auto diagnostic = load_error(good_rubric + "---\nid: other\n");
        CHECK_THAT(diagnostic.message, Contains("more than one YAML document"));
        CHECK(diagnostic.where.line == 20);  // the "---" that starts the second document
    }
    SECTION("invalid UTF-8, positioned in characters") {
        const auto diagnostic = load_error("id: x\ntitle: caf\xc3\xa9 \xff\n");
        CHECK(diagnostic.message == "invalid UTF-8");
        CHECK(diagnostic.hint == "save the file as UTF-8");
        CHECK(diagnostic.where.line == 2);
        CHECK(diagnostic.where.column == 13);  // "title: café " is 12 characters, 13 bytes
    }
    SECTION("a truncated UTF-8 sequence at the end") {
        const auto diagnostic = load_error("id: x\xe2\x80");
        CHECK(diagnostic.message == "invalid UTF-8");
        CHECK(diagnostic.where.column == 6);
    }
    SECTION("a NUL byte") {
        const auto diagnostic = load_error(std::string("id: x\ntit\0le: y\n", 16));
        CHECK_THAT(diagnostic.message, Contains("NUL byte"));
        CHECK(diagnostic.where.line == 2);
        CHECK(diagnostic.where.column == 4);
    }
}

TEST_CASE("values of the wrong type get clear messages", "[rubric][types]") {
    SECTION("threshold: high") {
        const auto diagnostic =
            load_error(replaced(good_rubric, "threshold: 0.5", "threshold: high"));
        CHECK(diagnostic.message == "'threshold' of the phase 'one' must be a number, not 'high'");
        CHECK(diagnostic.where.line == 15);
        CHECK(diagnostic.where.column == 16);
    }
    SECTION("questions: a string") {
        const std::string text =
            good_rubric.substr(0, good_rubric.find("    questions:")) + "    questions: a string\n";
        const std::vector<gait::Diagnostic> problems = gait::lint_rubric(text, "r.yaml");
        bool found = false;
        for (const gait::Diagnostic& problem : problems) {
            if (problem.message != "'questions' must be a list, not 'a string'") continue;
            found = true;
            CHECK(problem.where.line == 16);
            CHECK(problem.where.column == 16);
        }
        CHECK(found);
        CHECK_THROWS_AS(gait::load_rubric(text, "r.yaml"), gait::Error);
    }
    SECTION("essential: maybe") {
        const auto diagnostic =
            load_error(replaced(good_rubric, "text: A\n", "text: A\n        essential: maybe\n"));
        CHECK(diagnostic.message ==
              "'essential' of the question 'one.a' must be true or false, not 'maybe'");
    }
    SECTION("text given as a list") {
        const auto diagnostic = load_error(replaced(good_rubric, "text: A", "text: [A]"));
        CHECK(diagnostic.message == "'text' of the question 'one.a' must be text, not a list");
    }
    SECTION("a phase that is not a mapping") {
        const auto diagnostic =
            load_error(replaced(good_rubric, "  - id: one\n", "  - one\n  - id: one\n"));
        CHECK(diagnostic.message == "expected a mapping for the phase, found 'one'");
        CHECK(diagnostic.where.line == 13);
    }
}

// Found while writing these tests: a list field of the wrong type is reported twice,
// and the cascade ("has no ...") sorts before the cause, so load_rubric throws the
// cascade and hides the real problem.
TEST_CASE("a wrong-typed list is the first error load_rubric reports", "[rubric][types]") {
    SECTION("questions: a string") {
        const std::string text =
            good_rubric.substr(0, good_rubric.find("    questions:")) + "    questions: a string\n";
        const auto diagnostic = load_error(text);
        CHECK(diagnostic.message == "'questions' must be a list, not 'a string'");
        CHECK(diagnostic.where.line == 16);
    }
    SECTION("scale: 5") {
        const auto diagnostic = load_error(replaced(
            good_rubric, "scale:\n  - id: \"yes\"\n    value: 1\n  - id: \"no\"\n    value: 0\n",
            "scale: 5\n"));
        CHECK(diagnostic.message == "'scale' must be a list, not '5'");
        CHECK(diagnostic.where.line == 4);
    }
}
