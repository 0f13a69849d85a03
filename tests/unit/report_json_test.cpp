#include "gait/format/report_json.hpp"

#include <catch2/catch.hpp>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"
#include "gait/version.hpp"

#include "five_level_targets.hpp"

namespace {

const char* const five_level_answers = R"(
rubric: {id: platform-health}
team: JSON Team
date: 2026-01-02
answers:
  bronze.build.ci: half
  bronze.operate.alerts: done
  bronze.operate.backups: skip
  silver.build.review: done
  gold.build.canary: skip
  gold.operate.chaos: skip
)";

nlohmann::ordered_json five_level_report() {
    const gait::Rubric rubric =
        gait::load_rubric_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
    return gait::report_to_json(
        gait::score(rubric, gait::load_answers(five_level_answers, "t.yaml", rubric)));
}

}  // namespace

TEST_CASE("the JSON report keeps its keys in a fixed order") {
    const auto report = five_level_report();
    std::vector<std::string> keys;
    for (const auto& item : report.items())
        keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"schema_version", "tool", "rubric", "team", "date",
                                           "respondent", "placement", "phases", "areas", "gaps",
                                           "unanswered", "not_applicable_without_reason",
                                           "questions"});
    CHECK(report["schema_version"] == gait::report_schema_version);
    CHECK(report["tool"]["version"] == gait::version);
}

TEST_CASE("the JSON report carries scores, nulls and gaps") {
    const auto report = five_level_report();
    // bronze: (0.5 x 2 + 1 x 1) / 3 = 0.6667; backups is n/a.
    CHECK(report["phases"][0]["score"] == 0.6667);
    // gold: every question n/a, so no score, and achieved.
    CHECK(report["phases"][2]["score"].is_null());
    CHECK(report["phases"][2]["achieved"] == true);
    // silver: review done (1 x 1), slo unanswered (0 x 3): 1 / 4.
    CHECK(report["phases"][1]["score"] == 0.25);
    CHECK(report["placement"]["phase"] == "bronze");
    CHECK(report["placement"]["next"] == "silver");
    CHECK(report["areas"][0]["scores"]["gold"].is_null());

    const auto& gaps = report["gaps"];
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0]["kind"] == "hold");
    CHECK(gaps[0]["question"] == "bronze.build.ci");
    CHECK(gaps[0]["answer"] == "half");
    CHECK(gaps[0]["value"] == 0.5);
    CHECK(gaps[1]["kind"] == "reach");
    CHECK(gaps[1]["question"] == "silver.operate.slo");
    CHECK(gaps[1]["answer"].is_null());
    CHECK(gaps[1]["value"].is_null());
    REQUIRE(report["unanswered"].size() == 1);
    CHECK(report["unanswered"][0]["question"] == "silver.operate.slo");
}

TEST_CASE("JSON writes C1 and bidi controls as escapes, so a terminal shows them inert") {
    gait::Result result;
    result.team =
        "a\xe2\x80\xae"
        "b\xc2\x9b"
        "c\x1b[2J \xe2\x81\xa6 caf\xc3\xa9";
    const std::string json = gait::render_json(result);
    CHECK(json.find("\"team\": \"a\\u202eb\\u009bc\\u001b[2J \\u2066 café\"") != std::string::npos);
    CHECK(json.find("\xe2\x80\xae") == std::string::npos);
    CHECK(json.find("\xc2\x9b") == std::string::npos);
    // The same string when read back.
    CHECK(nlohmann::json::parse(json)["team"] == result.team);
}

TEST_CASE("the JSON report carries each target with its placement and gaps") {
    const nlohmann::ordered_json report = gait::report_to_json(gait::test::bronze_with_targets());
    REQUIRE(report["targets"].size() == 3);
    CHECK(report["targets"][0].dump() ==
          R"({"area":null,"phase":"silver","by":"2025-12-31","placed":"bronze","met":false,)"
          R"("due":true,"gaps":["silver.operate.slo"]})");
    CHECK(report["targets"][1]["area"] == "build");
    CHECK(report["targets"][1]["by"].is_null());
    CHECK(report["targets"][1]["placed"] == "silver");
    CHECK(report["targets"][2]["met"] == true);
    CHECK(report["targets"][2]["due"] == false);
}

TEST_CASE("the JSON report of a file without targets has no targets key") {
    CHECK_FALSE(five_level_report().contains("targets"));
}
