// Targets and exemptions end to end: the golden team report of
// tests/data/answers/targets-team.yaml in every format, read back by gait
// report, and the --fail-below-target gate's exit codes and lines.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using gait::test::check_golden;
using gait::test::run_gait;

namespace {

const std::string targets_team = "tests/data/answers/targets-team.yaml";

// What --fail-below-target says of targets-team.yaml: the team's Walk is past
// its date, Security's Walk has none; Observability's Walk is not due yet and
// People's Crawl is met.
const std::string missed_lines =
    "gait: team target Walk by 2026-10-31 is not met, past its date (placed Crawl), the "
    "--fail-below-target gate\n"
    "gait: area Security target Walk is not met (placed Crawl), the --fail-below-target "
    "gate\n";

}  // namespace

TEST_CASE("assess prints the golden report with targets and exemptions in each format") {
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"text", "txt"}, {"json", "json"}, {"markdown", "md"}, {"html", "html"}}));
    const auto run = run_gait({"assess", targets_team, "--format", format});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_golden("assess-targets." + extension, run.out);
}

TEST_CASE("report renders the saved JSON with targets and exemptions as assess did") {
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"text", "txt"}, {"json", "json"}, {"markdown", "md"}, {"html", "html"}}));
    const auto run = run_gait({"report", "tests/golden/assess-targets.json", "--format", format});
    CHECK(run.exit_code == 0);
    check_golden("assess-targets." + extension, run.out);
}

TEST_CASE("the --fail-below-target gate exits 1 naming each target due and not met") {
    for (const std::string& command : {"assess", "report"}) {
        const std::string input =
            command == "assess" ? targets_team : "tests/golden/assess-targets.json";
        const auto run = run_gait({command, input, "--fail-below-target", "--format", "json"});
        CHECK(run.exit_code == 1);
        CHECK(run.err == missed_lines);
        CHECK_THAT(run.out, Catch::Matchers::StartsWith("{"));  // the report is written first
    }
}

TEST_CASE("the --fail-below-target gate exits 0 when every target due is met or none is set") {
    CHECK(run_gait({"assess", "data/examples/walk.yaml", "--fail-below-target"}).exit_code == 0);
    const auto run = run_gait({"assess", "data/examples/crawl.yaml", "--fail-below-target"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
}

TEST_CASE("the --fail-below and --fail-below-target gates each say why when both fail") {
    const auto run =
        run_gait({"assess", targets_team, "--fail-below", "walk", "--fail-below-target"});
    CHECK(run.exit_code == 1);
    CHECK(run.err == "gait: placement is below Walk, the --fail-below gate\n" + missed_lines);
}

TEST_CASE("assess --strict refuses a not-applicable answer without a reason at its position") {
    const auto run = run_gait({"assess", targets_team, "--strict"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "gait: error: " + targets_team +
                         ":100:3: 'walk.security.compliance' is answered 'na' with no reason; "
                         "add 'reason: ...' saying why it does not apply, or drop --strict\n");
}

TEST_CASE("aggregate shows each team's target and whether it is met") {
    const auto run = run_gait({"aggregate", targets_team, "data/examples/walk.yaml"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Matchers::Contains("Walk by 2026-10-31: not met, past its date"));
    const auto json =
        run_gait({"aggregate", targets_team, "data/examples/walk.yaml", "--format", "json"});
    CHECK_THAT(json.out, Catch::Matchers::Contains("\"target\": {\n        \"phase\": \"walk\",\n"
                                                   "        \"by\": \"2026-10-31\",\n"
                                                   "        \"met\": false,\n"
                                                   "        \"due\": true\n      }"));
    const auto csv =
        run_gait({"aggregate", targets_team, "data/examples/walk.yaml", "--format", "csv"});
    CHECK_THAT(csv.out,
               Catch::Matchers::Contains(",hold_gaps,reach_gaps,unanswered,target,target_by,"
                                         "target_met,reason\r\n"));
    CHECK_THAT(csv.out, Catch::Matchers::Contains(",walk,2026-10-31,false,\r\n"));  // Search
    CHECK_THAT(csv.out, Catch::Matchers::Contains(",0,,,,\r\n"));  // Payments: no target
}

TEST_CASE("the aggregate CSV has no target columns when no team sets a target") {
    const auto csv = run_gait({"aggregate", "data/examples/walk.yaml", "--format", "csv"});
    CHECK(csv.exit_code == 0);
    CHECK_THAT(csv.out, !Catch::Matchers::Contains("target"));
}
