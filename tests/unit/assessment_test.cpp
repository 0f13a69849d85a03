#include "gait/score/assessment.hpp"

#include <cstdio>
#include <string>
#include <unistd.h>
#include <variant>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/format/aggregate_json.hpp"
#include "gait/format/compare_json.hpp"
#include "gait/format/report_json.hpp"
#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"

#include "five_level.hpp"
#include "summary_fixtures.hpp"

using Catch::Matchers::StartsWith;

namespace {

using gait::test::five_level;

std::string scratch(const std::string& name) {
    return "/tmp/gait-unit-assessment-" + std::to_string(::getpid()) + "-" + name;
}

// silver_team's answers file, of version `version` of the rubric.
std::string silver_answers(const std::string& version = "2") {
    return "rubric: {id: platform-health, version: \"" + version +
           "\"}\nteam: Payments\ndate: 2026-04-01\nanswers:\n" + gait::test::silver_team;
}

// The Error read_assessment throws for `text`; fails the test when it does not throw.
gait::Diagnostic assessment_error(const std::string& text, const std::string& file) {
    try {
        gait::read_assessment(text, file, five_level());
    } catch (const gait::Error& e) {
        return e.diagnostic();
    }
    FAIL("read_assessment accepted the text");
    return {};
}

}  // namespace

TEST_CASE("read_assessment tells answers from a saved report", "[assessment]") {
    const auto answers = gait::read_assessment(silver_answers(), "a.yaml", five_level());
    REQUIRE(std::holds_alternative<gait::Answers>(answers));
    CHECK(std::get<gait::Answers>(answers).team == "Payments");
    CHECK(std::get<gait::Answers>(answers).answers.size() == 7);

    const gait::Result scored =
        gait::score(five_level(), gait::load_answers(silver_answers(), "a.yaml", five_level()));
    const auto report = gait::read_assessment(gait::render_json(scored), "r.json", five_level());
    REQUIRE(std::holds_alternative<gait::Result>(report));
    CHECK(std::get<gait::Result>(report).team == "Payments");
    CHECK(std::get<gait::Result>(report).placement == std::optional<std::size_t>(1));
}

TEST_CASE("read_assessment refuses gait's aggregate and comparison, naming the file",
          "[assessment]") {
    SECTION("a minimal aggregate") {
        const gait::Diagnostic diagnostic =
            assessment_error("{\"kind\": \"aggregate\", \"schema_version\": 1}\n", "teams.json");
        CHECK(diagnostic.message == "a gait aggregate, not one team's answers or report");
        CHECK(diagnostic.where.file == "teams.json");
        CHECK(diagnostic.where.line == 0);
        CHECK(gait::format_diagnostic(diagnostic) ==
              "teams.json: a gait aggregate, not one team's answers or report");
    }
    SECTION("an aggregate as gait writes it") {
        const std::string text = gait::render_aggregate_json(gait::test::three_teams());
        CHECK(assessment_error(text, "out/teams.json").message ==
              "a gait aggregate, not one team's answers or report");
    }
    SECTION("a comparison as gait writes it") {
        const std::string text = gait::render_compare_json(gait::test::bronze_to_silver());
        const gait::Diagnostic diagnostic = assessment_error(text, "c.json");
        CHECK(diagnostic.message == "a gait comparison, not one team's answers or report");
        CHECK(diagnostic.where.file == "c.json");
    }
}

TEST_CASE("read_assessment passes on the loaders' errors", "[assessment]") {
    SECTION("a report from a newer gait") {
        std::string text = gait::render_json(gait::test::score_five_level(gait::test::silver_team));
        text.replace(text.find("\"schema_version\": 1"), 19, "\"schema_version\": 7");
        CHECK(assessment_error(text, "r.json").message ==
              "report has schema_version 7, newer than the 1 this gait reads");
    }
    SECTION("answers to another rubric") {
        const gait::Diagnostic diagnostic =
            assessment_error("rubric: other\nteam: t\ndate: 2026-01-01\nanswers:\n", "a.yaml");
        CHECK(diagnostic.message ==
              "answers are for rubric 'other', but the rubric is 'platform-health'");
        CHECK(diagnostic.where.file == "a.yaml");
        CHECK(diagnostic.where.line == 1);
    }
    SECTION("not YAML") {
        CHECK(assessment_error("a: [1\n", "a.yaml").message.rfind("invalid YAML: ", 0) == 0);
    }
}

TEST_CASE("load_assessment_file scores an answers file and passes on its warnings",
          "[assessment]") {
    const std::string path = scratch("payments.yaml");
    gait::write_file_atomically(path, silver_answers("1"));
    std::vector<gait::Diagnostic> warnings;
    const gait::Result result = gait::load_assessment_file(path, five_level(), &warnings);
    // silver_team: bronze 1, silver 0.6875, gold 0.5: placed in silver (five_level.hpp)
    CHECK(result.team == "Payments");
    CHECK(result.date == "2026-04-01");
    CHECK(result.placement == std::optional<std::size_t>(1));
    REQUIRE(result.phases.size() == 3);
    CHECK(result.phases[0].score == 1.0);
    CHECK(result.phases[1].score == 0.6875);
    CHECK(result.phases[2].score == 0.5);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message ==
          "answers are for version 1 of rubric 'platform-health', this is version 2");
    CHECK(warnings[0].where.file == path);

    // Without a list to take them, warnings are dropped and the result is the same.
    const gait::Result again = gait::load_assessment_file(path, five_level());
    CHECK(again.phases[1].score == 0.6875);
    std::remove(path.c_str());
}

TEST_CASE("load_assessment_file takes a saved report as it stands, whatever the rubric",
          "[assessment]") {
    const std::string path = scratch("payments.json");
    const gait::Result written =
        gait::test::score_five_level(gait::test::bronze_team, "Payments", "2026-01-01");
    gait::write_file_atomically(path, gait::render_json(written));
    std::vector<gait::Diagnostic> warnings;
    // The built-in SRE rubric: a report carries its own rubric and is not scored again.
    const gait::Result read = gait::load_assessment_file(path, gait::builtin_rubric(), &warnings);
    CHECK(warnings.empty());
    CHECK(read.rubric.id == "platform-health");
    CHECK(read.team == "Payments");
    CHECK(read.placement == std::optional<std::size_t>(0));
    REQUIRE(read.phases.size() == 3);
    CHECK(read.phases[1].score == 0.4375);
    REQUIRE(read.gaps.size() == 3);
    CHECK(read.gaps[0].question == "bronze.build.ci");
    CHECK(read.questions.size() == written.questions.size());
    std::remove(path.c_str());
}

TEST_CASE("load_assessment_file names the file it refuses", "[assessment]") {
    const std::string path = scratch("teams.json");
    gait::write_file_atomically(path, "{\"kind\": \"aggregate\", \"schema_version\": 1}\n");
    CHECK_THROWS_WITH(gait::load_assessment_file(path, five_level()),
                      path + ": a gait aggregate, not one team's answers or report");
    std::remove(path.c_str());
    CHECK_THROWS_WITH(gait::load_assessment_file(path, five_level()), StartsWith(path + ": "));
}
