// "-" as a file: standard input wherever gait reads a file, standard output for -o.

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::read_text;
using gait::test::run_gait;
using gait::test::run_gait_reading;
using gait::test::source_path;

TEST_CASE("assess --answers - reads the answers from standard input") {
    const auto piped = run_gait_reading({"assess", "--answers", "-"}, "data/examples/walk.yaml");
    const auto named = run_gait({"assess", "--answers", "data/examples/walk.yaml"});
    CHECK(piped.exit_code == 0);
    CHECK(piped.out == named.out);
}

TEST_CASE("a problem in standard input is named <stdin>") {
    const auto run = run_gait_reading({"assess", "--answers", "-"}, "tests/data/teams-broken.yaml");
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains("gait: error: <stdin>:2:9: answers are for rubric "));
}

TEST_CASE("report, compare, aggregate and rubric read - from standard input") {
    const auto report = run_gait_reading({"report", "-"}, "tests/golden/assess-walk.json");
    CHECK(report.out == read_text(source_path("tests/golden/assess-walk.txt")));

    const auto compare = run_gait_reading({"compare", "-", "tests/data/compare/beta-2026-02.yaml",
                                           "-r", "tests/data/rubrics/five-level.yaml"},
                                          "tests/data/compare/beta-2025-11.yaml");
    CHECK(compare.out == read_text(source_path("tests/golden/compare-beta.txt")));

    const auto aggregate =
        run_gait_reading({"aggregate", "-", "-f", "json"}, "data/examples/run.yaml");
    CHECK(aggregate.exit_code == 0);
    const auto out = nlohmann::json::parse(aggregate.out);
    CHECK(out["teams"][0]["file"] == "<stdin>");
    CHECK(out["teams"][0]["placement"] == "run");

    const auto rubric = run_gait_reading({"rubric", "lint", "-"}, "data/rubrics/health-check.yaml");
    CHECK(rubric.out == "<stdin>: ok, 3 phases, 6 areas, 20 questions\n");

    const auto with_rubric = run_gait_reading(
        {"assess", "--rubric", "-", "--answers", "data/examples/health-check-walk.yaml"},
        "data/rubrics/health-check.yaml");
    CHECK_THAT(with_rubric.out, Contains("Placement: Walk"));
}

TEST_CASE("output to -o - goes to standard output") {
    const auto assess =
        run_gait({"assess", "--answers", "data/examples/walk.yaml", "-o", "-", "-f", "json"});
    CHECK(assess.out == read_text(source_path("tests/golden/assess-walk.json")));
    const auto init = run_gait({"init", "-o", "-", "--team", "T"});
    CHECK(init.exit_code == 0);
    CHECK_THAT(init.out, Contains("team: \"T\"\n"));
    const auto aggregate = run_gait({"aggregate", "tests/data/teams", "-r",
                                     "tests/data/rubrics/five-level.yaml", "-f", "csv", "-o", "-"});
    CHECK(aggregate.out == read_text(source_path("tests/golden/aggregate-teams.csv")));
}

TEST_CASE("a report written to /dev/stdout that the shell appends to a file keeps what it held") {
    // The pattern of `>> $GITHUB_STEP_SUMMARY`: the file keeps its lines.
    const std::string summary = "/tmp/gait-e2e-summary-" + std::to_string(::getpid()) + ".md";
    std::ofstream(summary) << "# Earlier step\n";
    const std::string command = "cd '" + source_path(".") + "' && '" + GAIT_BINARY +
                                "' assess --answers data/examples/walk.yaml -f markdown "
                                "-o /dev/stdout >> '" +
                                summary + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string text = read_text(summary);
    CHECK(text.rfind("# Earlier step\n# SRE Maturity Model 2.0\n", 0) == 0);
    CHECK(text ==
          "# Earlier step\n" +
              run_gait({"assess", "--answers", "data/examples/walk.yaml", "-f", "markdown"}).out);
    std::remove(summary.c_str());
}

namespace {

// The exit code of a shell command run from the source tree; -1 when a signal
// ended it (an abort, say).
int shell_exit_code(const std::string& command) {
    const int status = std::system(("cd '" + source_path(".") + "' && " + command).c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string gait_binary() {
    return std::string("'") + GAIT_BINARY + "'";
}

}  // namespace

TEST_CASE("an unwritable stderr loses the message, never the exit code") {
    // The message cannot be written: gait still exits 2, as for any bad input, not by abort.
    const std::string missing = gait_binary() + " assess --answers /nonexistent.yaml";
    CHECK(shell_exit_code(missing + " 2>/dev/full") == 2);
    CHECK(shell_exit_code(missing + " 2>&-") == 2);
}

TEST_CASE("an unwritable stderr never stops an aggregate from writing its output") {
    // One bad file's warning fails to reach stderr; the aggregate is written all the same.
    const std::string dir = "/tmp/gait-e2e-full-stderr-" + std::to_string(::getpid());
    REQUIRE(std::system(("mkdir -p '" + dir + "'").c_str()) == 0);
    std::ofstream(dir + "/bad.yaml") << "team: [\n";
    std::ofstream(dir + "/walk.yaml") << read_text(source_path("data/examples/walk.yaml"));
    const std::string out = dir + ".json";
    CHECK(shell_exit_code(gait_binary() + " aggregate '" + dir + "' -f json -o '" + out +
                          "' 2>/dev/full") == 2);
    const nlohmann::json aggregate = nlohmann::json::parse(read_text(out));
    CHECK(aggregate["teams"].size() == 1);
    CHECK(aggregate["skipped"].size() == 1);
    CHECK(std::system(("rm -rf '" + dir + "' '" + out + "'").c_str()) == 0);
}
