// gait report: a saved JSON report rendered again, with no rubric.

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::read_text;
using gait::test::run_gait;

namespace {

std::string scratch(const std::string& name) {
    return "/tmp/gait-e2e-report-" + std::to_string(::getpid()) + "-" + name;
}

}  // namespace

TEST_CASE("report renders a saved JSON report exactly as assess did, in every format") {
    const std::string team = GENERATE("pre-crawl", "crawl", "walk", "run");
    const std::string saved = "tests/golden/assess-" + team + ".json";
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"json", "json"}, {"text", "txt"}, {"markdown", "md"}, {"html", "html"}}));
    const auto run = run_gait({"report", saved, "--format", format});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out ==
          read_text(gait::test::source_path("tests/golden/assess-" + team + "." + extension)));
}

TEST_CASE("report on the other rubric's report needs no rubric either") {
    const auto run = run_gait({"report", "tests/golden/assess-five-level.json"});
    CHECK(run.exit_code == 0);
    CHECK(run.out == read_text(gait::test::source_path("tests/golden/assess-five-level.txt")));
}

TEST_CASE("report --fail-below gates on the saved placement") {
    CHECK(run_gait({"report", "tests/golden/assess-walk.json", "--fail-below", "walk"}).exit_code ==
          0);
    const auto below = run_gait(
        {"report", "tests/golden/assess-walk.json", "--fail-below", "run", "--format", "markdown"});
    CHECK(below.exit_code == 1);
    CHECK_THAT(below.out, Contains("## Placement: Walk"));
    CHECK(below.err == "gait: placement is below Run, the --fail-below gate\n");
    const auto unknown =
        run_gait({"report", "tests/golden/assess-walk.json", "--fail-below", "sprint"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err ==
          "gait: error: --fail-below names unknown phase 'sprint'; the phases are crawl, walk, "
          "run\n");
}

TEST_CASE("report refuses what is not a gait report, naming the place") {
    const auto [file, message] = GENERATE(table<std::string, std::string>({
        {"report-newer.json",
         "2:21: report has schema_version 2, newer than the 1 this gait reads; use a newer gait "
         "to read it"},
        {"report-not-a-report.json", "1:1: not a gait JSON report: no 'schema_version'"},
        {"report-bad-phase.json", "16:14: placement names unknown phase 'sprint'"},
        {"report-bad-score.json",
         "24:16: 'score' of the phase 'crawl' must be a number, not 'high'"},
    }));
    const std::string path = "tests/data/bad/" + file;
    const auto run = run_gait({"report", path});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "gait: error: " + path + ":" + message + "\n");
}

TEST_CASE("report writes its output atomically to -o") {
    const std::string out = scratch("walk.md");
    std::remove(out.c_str());
    const auto run =
        run_gait({"report", "tests/golden/assess-walk.json", "--format", "markdown", "-o", out});
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(read_text(out) == read_text(gait::test::source_path("tests/golden/assess-walk.md")));
    std::remove(out.c_str());
}

TEST_CASE("report refuses a schema_version or a score it cannot trust") {
    const auto [file, message] = GENERATE(table<std::string, std::string>({
        {"report-version-text.json", "2:21: schema_version 'two' is not one gait writes"},
        {"report-version-zero.json", "2:21: schema_version '0' is not one gait writes"},
        {"report-score-out-of-range.json", "57:18: 'crawl' is 1.7, outside [0,1]"},
    }));
    const std::string path = "tests/data/bad/" + file;
    const auto run = run_gait({"report", path});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "gait: error: " + path + ":" + message + "\n");
}

TEST_CASE("report reads a report with keys a newer gait added") {
    const auto run = run_gait({"report", "tests/data/reports/report-with-new-keys.json"});
    CHECK(run.exit_code == 0);
    CHECK(run.out == read_text(gait::test::source_path("tests/golden/assess-crawl.txt")));
}

TEST_CASE("report with an unknown --fail-below phase writes nothing") {
    const std::string out = scratch("unknown-gate.txt");
    std::remove(out.c_str());
    const auto run =
        run_gait({"report", "tests/golden/assess-walk.json", "--fail-below", "sprint", "-o", out});
    CHECK(run.exit_code == 2);
    CHECK(std::fopen(out.c_str(), "r") == nullptr);
}

TEST_CASE("a question id from a saved report cannot break out of its Markdown code span") {
    // The id holds a backtick, an image and a line break before "# heading".
    const auto run =
        run_gait({"report", "tests/data/hostile/report-markdown-id.json", "--format", "markdown"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("<img") == std::string::npos);
    CHECK(run.out.find("\n# heading") == std::string::npos);
    CHECK_THAT(run.out, Contains("x\\` &lt;img src=https://e.example/a.png&gt; \\# heading"));
}

TEST_CASE("a saved report with surrogate pairs reads as JSON readers write it") {
    // Case 14 of the hardening issue: Python's json.dump writes a rocket as
    // "\ud83d\ude80", and gait refused it with "invalid unicode: 55357".
    std::string json = read_text(gait::test::source_path("tests/golden/assess-walk.json"));
    const std::string team = "\"team\": \"Payments API\",";
    REQUIRE(json.find(team) != std::string::npos);
    json.replace(json.find(team), team.size(),
                 "\"team\": \"Payments \\ud83d\\ude80 API\", \"schema_version\": \"x\",");
    const std::string path = scratch("surrogates.json");
    std::ofstream(path) << json;
    // A mistake after the pair, on its line, is still named at its own column.
    const auto refused = run_gait({"report", path});
    CHECK(refused.exit_code == 2);
    // Two spaces, then "team": and 27 characters of value, a comma and a space.
    CHECK_THAT(refused.err, Contains(path + ":12:40: duplicate key 'schema_version'"));
    json.replace(json.find(", \"schema_version\": \"x\","), 24, ",");
    std::ofstream(path) << json;
    const auto run = run_gait({"report", path, "--format", "markdown"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Contains("Payments \xf0\x9f\x9a\x80 API"));
    std::remove(path.c_str());
}
