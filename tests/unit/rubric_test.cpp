#include "gait/load/rubric.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/util/diagnostic.hpp"

#include "small_rubric.hpp"

namespace {

using gait::test::good_rubric;
using gait::test::load_error;
using gait::test::replaced;

}  // namespace

TEST_CASE("the built-in rubric loads and lints clean", "[rubric][builtin]") {
    CHECK(gait::lint_rubric(gait::builtin_rubric_text(), "sre.yaml (built in)").empty());
    const gait::Rubric rubric = gait::builtin_rubric();
    CHECK(rubric.id == "sre-maturity");
    REQUIRE(rubric.phases.size() == 3);
    CHECK(rubric.phases[0].id == "crawl");
    CHECK(rubric.phases[1].id == "walk");
    CHECK(rubric.phases[2].id == "run");
    CHECK(rubric.version == "2.0");
    CHECK(rubric.areas.size() == 8);
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
    CHECK(ci.where.line == 40);
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
