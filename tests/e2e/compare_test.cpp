// gait compare on a hand-made team assessed twice (tests/data/compare), as answers
// files and as saved reports.

#include <cstdio>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::check_golden;
using gait::test::run_gait;

namespace {

const std::string rubric = "tests/data/rubrics/five-level.yaml";
const std::string before = "tests/data/compare/beta-2025-11.yaml";
const std::string after = "tests/data/compare/beta-2026-02.yaml";

std::string scratch(const std::string& name) {
    return "/tmp/gait-e2e-compare-" + std::to_string(::getpid()) + "-" + name;
}

}  // namespace

TEST_CASE("compare prints the golden comparison in each format") {
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"text", "txt"}, {"markdown", "md"}, {"html", "html"}, {"json", "json"}}));
    const auto run = run_gait({"compare", before, after, "--rubric", rubric, "--format", format});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_golden("compare-beta." + extension, run.out);
}

TEST_CASE("compare gives the hand-computed changes") {
    const auto run = run_gait({"compare", before, after, "--rubric", rubric, "-f", "json"});
    REQUIRE(run.exit_code == 0);
    const auto out = nlohmann::json::parse(run.out);
    CHECK(out["before"]["placement"] == "bronze");
    CHECK(out["after"]["placement"] == "silver");
    CHECK(out["placement_steps"] == 1);
    // bronze 0.5 -> 1; silver 0.4375 -> 0.6875; gold 0 -> 0.5
    CHECK(out["phases"][0]["change"] == 0.5);
    CHECK(out["phases"][1]["change"] == 0.25);
    CHECK(out["phases"][2]["change"] == 0.5);
    // operate overall: 1.75 / 6 = 0.2917 -> 3.25 / 5 = 0.65
    CHECK(out["areas"][1]["change"] == 0.3583);
    CHECK(out["improved"].size() == 3);
    CHECK(out["improved"][0]["before"]["note"] == "flaky runners");
    CHECK(out["improved"][0]["after"]["answer"] == "done");
    CHECK(out["regressed"][0]["question"] == "silver.build.review");
    CHECK(out["gaps_closed"].size() == 2);
    CHECK(out["gaps_opened"][0]["question"] == "silver.build.review");
}

TEST_CASE("compare reads saved reports and answers files in any mix") {
    const std::string report = scratch("before.json");
    REQUIRE(
        run_gait({"assess", "--answers", before, "--rubric", rubric, "-f", "json", "-o", report})
            .exit_code == 0);
    const auto from_answers = run_gait({"compare", before, after, "--rubric", rubric});
    // a report needs no rubric: the built-in one scores nothing here
    const auto from_report =
        run_gait({"compare", report, "tests/data/teams/product/beta-report.json"});
    CHECK(from_report.exit_code == 0);
    CHECK(from_report.out == from_answers.out);
    const auto mixed = run_gait({"compare", report, after, "--rubric", rubric});
    CHECK(mixed.out == from_answers.out);
    std::remove(report.c_str());
}

TEST_CASE("compare refuses assessments of different rubrics") {
    const auto run = run_gait(
        {"compare", "tests/golden/assess-walk.json", "tests/golden/assess-five-level.json"});
    CHECK(run.exit_code == 2);
    CHECK(run.err ==
          "gait: error: the assessments are for different rubrics, 'sre-maturity' and "
          "'platform-health'; compare two assessments against the same rubric\n");
    CHECK(run.out.empty());
}

TEST_CASE("compare refuses a report with no questions and a bad file, naming the place") {
    const std::string old_report = scratch("old.json");
    {
        auto report = nlohmann::ordered_json::parse(
            gait::test::read_text(gait::test::source_path("tests/golden/assess-walk.json")));
        report.erase("questions");
        std::FILE* file = std::fopen(old_report.c_str(), "w");
        std::fputs(report.dump(2).c_str(), file);
        std::fclose(file);
    }
    const auto old = run_gait({"compare", old_report, "data/examples/walk.yaml"});
    CHECK(old.exit_code == 2);
    CHECK(old.err == "gait: error: " + old_report +
                         ": the report lists no questions, so nothing can be compared; gait "
                         "before 0.2.0 wrote it: run 'gait assess' again on its answers file\n");
    std::remove(old_report.c_str());

    const auto bad = run_gait({"compare", before, "tests/data/teams-broken.yaml", "-r", rubric});
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Contains("gait: error: tests/data/teams-broken.yaml:6:20: unknown answer"));
    CHECK(run_gait({"compare", before}).exit_code == 2);
}

TEST_CASE("compare and aggregate have --help") {
    const std::string command = GENERATE("compare", "aggregate");
    const auto run = run_gait({command, "--help"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Contains("--format"));
    CHECK_THAT(run.out, Contains("Exit codes"));
}

TEST_CASE("compare warns when the two files are of different teams") {
    const auto run = run_gait({"compare", "data/examples/crawl.yaml", "data/examples/walk.yaml"});
    CHECK(run.exit_code == 0);
    CHECK(run.err ==
          "gait: warning: data/examples/walk.yaml: team 'Payments API' is compared with team "
          "'Search Platform' of data/examples/crawl.yaml; compare two assessments of one team\n");
    CHECK_THAT(run.out, Contains("Moved up from Crawl to Walk."));
}
