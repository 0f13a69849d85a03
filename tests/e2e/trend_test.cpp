// gait trend on a team assessed four times (tests/data/trend), across rubric
// versions, from files and from a git history built here; and the
// --fail-on-regression gate of trend and compare.

#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::check_golden;
using gait::test::check_refused;
using gait::test::run_gait;

namespace {

const std::string rubric = "tests/data/rubrics/five-level.yaml";
const std::string january = "tests/data/trend/checkout-2026-01.yaml";
const std::string march = "tests/data/trend/checkout-2026-03.yaml";
const std::string june = "tests/data/trend/checkout-2026-06.yaml";
const std::string september = "tests/data/trend/checkout-2026-09.yaml";

std::string scratch(const std::string& name) {
    return "/tmp/gait-e2e-trend-" + std::to_string(::getpid()) + "-" + name;
}

void shell(const std::string& command) {
    REQUIRE(std::system(command.c_str()) == 0);
}

std::string file_text(const std::string& path) {
    return gait::test::read_text(gait::test::source_path(path));
}

// `text` with its date line set to `date`.
std::string dated(std::string text, const std::string& date) {
    const std::size_t at = text.find("date: ");
    return text.replace(at + 6, 10, date);
}

}  // namespace

TEST_CASE("trend prints the golden trend in each format") {
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"text", "txt"}, {"markdown", "md"}, {"html", "html"}, {"json", "json"}}));
    // Out of order on the command line: the trend orders them by date.
    const auto run = run_gait(
        {"trend", september, january, june, march, "--rubric", rubric, "--format", format});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_golden("trend-checkout." + extension, run.out);
}

TEST_CASE("trend reads a directory and gives the hand-computed points") {
    const auto run = run_gait({"trend", "tests/data/trend", "--rubric", rubric, "-f", "json"});
    REQUIRE(run.exit_code == 0);
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json["kind"] == "trend");
    REQUIRE(json["teams"].size() == 1);
    const auto& team = json["teams"][0];
    CHECK(team["team"] == "Checkout");
    CHECK(team["placement"] == "silver");
    CHECK(team["held"]["since"] == "2026-06-15");
    CHECK(team["held"]["assessments"] == 2);
    CHECK(team["held"]["days"] == 92);
    CHECK(team["points"] == 4);
    const auto& points = json["points"];
    REQUIRE(points.size() == 4);
    CHECK(points[0]["placement"].is_null());
    CHECK(points[1]["placement"] == "bronze");
    CHECK(points[2]["placement"] == "silver");
    // January: ci half (weight 2) alone in bronze's four weights: 0.25.
    CHECK(points[0]["phases"][0]["score"] == 0.25);
    // September's build: ci 1 (w2), review 1, canary 0: 3 / 4.
    CHECK(points[3]["areas"][0]["score"] == 0.75);
    CHECK(points[2]["areas"][0]["placement"] == "gold");
    CHECK(points[3]["areas"][0]["placement"] == "silver");
    REQUIRE(points[3]["regressed"].size() == 1);
    CHECK(points[3]["regressed"][0]["question"] == "gold.build.canary");
    CHECK(points[3]["regressed"][0]["before"] == "Done");
    CHECK(points[3]["regressed"][0]["after"] == "Not at all");
    REQUIRE(points[3]["drops"].size() == 1);
    CHECK(points[3]["drops"][0]["area"] == "build");
}

TEST_CASE("trend --fail-on-regression exits 1 naming each placement that fell") {
    SECTION("an area fell at the latest assessment") {
        const auto run =
            run_gait({"trend", "tests/data/trend", "--rubric", rubric, "--fail-on-regression"});
        CHECK(run.exit_code == 1);
        CHECK(run.err ==
              "gait: Checkout: area Build fell from Gold to Silver, the --fail-on-regression "
              "gate\n");
        CHECK_THAT(run.out, Contains("Placement: Silver"));
    }
    SECTION("rising passes") {
        const auto run =
            run_gait({"trend", january, march, june, "--rubric", rubric, "--fail-on-regression"});
        CHECK(run.exit_code == 0);
        CHECK(run.err.empty());
    }
    SECTION("one assessment passes") {
        const auto run = run_gait({"trend", june, "--rubric", rubric, "--fail-on-regression"});
        CHECK(run.exit_code == 0);
    }
    SECTION("the team fell, and its areas with it") {
        const std::string later = scratch("checkout-2026-12.yaml");
        std::ofstream(later) << dated(file_text(march), "2026-12-01");
        const auto run = run_gait(
            {"trend", june, later, "--rubric", rubric, "--fail-on-regression", "-f", "json"});
        CHECK(run.exit_code == 1);
        CHECK_THAT(run.err, Contains("gait: Checkout: placement fell from Silver to Bronze, the "
                                     "--fail-on-regression gate\n"));
        CHECK_THAT(run.err, Contains("gait: Checkout: area Build fell from Gold to Bronze"));
        std::remove(later.c_str());
    }
}

TEST_CASE("compare --fail-on-regression exits 1 when NEW is placed lower") {
    const auto down =
        run_gait({"compare", june, march, "--rubric", rubric, "--fail-on-regression"});
    CHECK(down.exit_code == 1);
    CHECK_THAT(down.err, Contains("gait: Checkout: placement fell from Silver to Bronze, the "
                                  "--fail-on-regression gate\n"));
    CHECK_THAT(down.out, Contains("Moved down from Silver to Bronze."));
    const auto area =
        run_gait({"compare", june, september, "--rubric", rubric, "--fail-on-regression"});
    CHECK(area.exit_code == 1);
    CHECK(area.err ==
          "gait: Checkout: area Build fell from Gold to Silver, the --fail-on-regression gate\n");
    const auto up = run_gait({"compare", march, june, "--rubric", rubric, "--fail-on-regression"});
    CHECK(up.exit_code == 0);
    CHECK(up.err.empty());
    // Without the flag a fall is not a failure.
    CHECK(run_gait({"compare", june, march, "--rubric", rubric}).exit_code == 0);
}

TEST_CASE("trend crosses rubric 1.0 to 2.0 through the migration keys") {
    const auto run =
        run_gait({"trend", "data/examples/walk.yaml", "data/examples/walk-1.0.yaml", "-f", "json"});
    REQUIRE(run.exit_code == 0);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json["teams"].size() == 1);
    const auto& points = json["points"];
    REQUIRE(points.size() == 2);
    CHECK(points[0]["file"] == "data/examples/walk-1.0.yaml");
    CHECK(points[0]["date"] == "2026-11-09");
    CHECK(points[1]["date"] == "2026-11-18");
    // Both read against 2.0: the 1.0 answers through its migration keys.
    CHECK(points[0]["rubric_version"] == "2.0");
    // 2.0's new questions are unanswered in the 1.0 file: no placement yet, then Walk.
    CHECK(points[0]["placement"].is_null());
    CHECK(points[1]["placement"] == "walk");
    // A renamed question (crawl.people.communication-hiring, now hiring-soft-skills) carried
    // its answer over, so it is not listed as moved.
    for (const auto* key : {"improved", "regressed"}) {
        for (const auto& question : points[1][key])
            CHECK(question["question"] != "crawl.people.hiring-soft-skills");
    }
}

TEST_CASE("trend counts the later of one team's files of the same date") {
    const std::string copy = scratch("copy.yaml");
    std::ofstream(copy) << dated(file_text(march), "2026-06-15");
    const auto run = run_gait({"trend", june, copy, "--rubric", rubric});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Contains("Superseded: 1 file"));
    CHECK_THAT(run.out, Contains("Placement: Bronze"));
    const auto json = run_gait({"trend", june, copy, "--rubric", rubric, "-f", "json"});
    const auto parsed = nlohmann::json::parse(json.out);
    const auto& team = parsed["teams"][0];
    CHECK(team["points"] == 1);
    REQUIRE(parsed["points"].size() == 1);
    CHECK(parsed["points"][0]["file"] == copy);
    CHECK(team["superseded"] ==
          nlohmann::json::parse(R"([{"file": ")" + june +
                                R"(", "date": "2026-06-15", "superseded_by": ")" + copy +
                                R"("}])"));
    std::remove(copy.c_str());
}

TEST_CASE("trend sections several teams by name") {
    const auto run =
        run_gait({"trend", "data/examples/run.yaml", "data/examples/crawl.yaml", "-f", "json"});
    REQUIRE(run.exit_code == 0);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json["teams"].size() == 2);
    CHECK(json["teams"][0]["team"] < json["teams"][1]["team"]);
    REQUIRE(json["points"].size() == 2);
    CHECK(json["points"][0]["team"] == json["teams"][0]["team"]);
    CHECK(json["points"][1]["team"] == json["teams"][1]["team"]);
    const auto text = run_gait({"trend", "data/examples/run.yaml", "data/examples/crawl.yaml"});
    CHECK_THAT(text.out, Contains("Teams: 2 teams"));
    CHECK_THAT(text.out, Contains("Search Platform: Timeline"));
}

TEST_CASE("trend skips a file it cannot read and exits 2 unless --keep-going") {
    const auto run =
        run_gait({"trend", june, "tests/data/bad/syntax-error.yaml", "--rubric", rubric});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains("gait: error: tests/data/bad/syntax-error.yaml"));
    CHECK_THAT(run.err, Contains("gait: 1 file skipped; with --keep-going this exits 0\n"));
    CHECK_THAT(run.out, Contains("Skipped: 1 file"));
    const auto kept = run_gait(
        {"trend", june, "tests/data/bad/syntax-error.yaml", "--rubric", rubric, "--keep-going"});
    CHECK(kept.exit_code == 0);
}

TEST_CASE("trend refuses options that would do nothing and a run with nothing to read") {
    check_refused({"trend"},
                  "nothing to read; name answers files, reports or directories, or --git PATH");
    check_refused({"trend", june, "--since", "2026-01-01"},
                  "--since and --max choose commits, and only --git reads commits; add --git "
                  "PATH, or drop --since and --max");
    check_refused({"trend", june, "--max", "3"},
                  "--since and --max choose commits, and only --git reads commits; add --git "
                  "PATH, or drop --since and --max");
    check_refused({"trend", june, "--git", june},
                  "--git reads the history of PATH, and files are named too; name files, or "
                  "--git PATH, not both");
    check_refused({"trend", "--git", june, "--since", "last week"},
                  "--since 'last week' is not a date; write it as YYYY-MM-DD");
    check_refused({"trend", june, "--follow-symlinks"},
                  "--follow-symlinks is for links found in a directory, and no path is one; a link "
                  "named on the command line is always read: drop --follow-symlinks");
    check_refused({"trend", "--git", "tests/data/trend", "--follow-symlinks"},
                  "--follow-symlinks is for links found in a directory, and --git reads commits; "
                  "drop --follow-symlinks");
    // Dates that do not exist are refused as an answers file's date is.
    check_refused({"trend", "--git", june, "--since", "2026-02-30"},
                  "--since '2026-02-30' is not a date; write it as YYYY-MM-DD");
    check_refused({"trend", "--git", june, "--since", "2026-00-00"},
                  "--since '2026-00-00' is not a date; write it as YYYY-MM-DD");
    for (const char* most : {"0", "-1", "abc", "1.5"}) {
        check_refused({"trend", "--git", june, "--max", most},
                      std::string("--max: takes a whole number of at least 1, not '") + most +
                          "'; run 'gait trend --help'");
    }
    check_refused({"trend", june, "--format", "csv"},
                  "--format: unknown format 'csv'; the formats are text, markdown, html or json");
}

TEST_CASE("trend merges several respondents' files of one team and date into one point") {
    // tests/data/respondents: three people of Payments API on 2026-11-18; and an
    // earlier assessment by one of them.
    const std::string folder = scratch("respondents");
    shell("mkdir -p " + folder + " && cp " + gait::test::source_path("tests/data/respondents") +
          "/*.yaml " + folder);
    std::ofstream(folder + "/ana-may.yaml")
        << dated(file_text("tests/data/respondents/ana.yaml"), "2026-05-18");
    const auto json = run_gait({"trend", folder, "-f", "json"});
    CHECK(json.exit_code == 0);
    CHECK(json.err.empty());
    const auto parsed = nlohmann::json::parse(json.out);
    REQUIRE(parsed["points"].size() == 2);
    CHECK(parsed["teams"][0]["superseded"].empty());
    CHECK(parsed["points"][0]["respondents"].empty());
    CHECK(parsed["points"][0]["file"] == folder + "/ana-may.yaml");
    CHECK(parsed["points"][1]["respondents"] ==
          nlohmann::json::array({"Ana Lima", "Ben Okafor", "Chloe Martin"}));
    CHECK(parsed["points"][1]["file"] ==
          folder + "/ana.yaml + " + folder + "/ben.yaml + " + folder + "/chloe.yaml");
    // The merged point scores what gait assess makes of the three files.
    const auto merged = run_gait({"assess", "tests/data/respondents", "-f", "json"});
    const auto report = nlohmann::json::parse(merged.out);
    CHECK(parsed["points"][1]["placement"] == report["placement"]["phase"]);

    const auto text = run_gait({"trend", folder});
    CHECK_THAT(text.out, Contains("Respondents"));
    shell("rm -rf " + folder);
}

TEST_CASE("trend sets aside only a respondent's earlier file of the same date") {
    // Ana, Ben, Chloe, then Ben again: Ben's first file is superseded, and the
    // other three merge (it was every file but the last before).
    const std::string folder = scratch("again");
    shell("mkdir -p " + folder);
    for (const char* name : {"ana", "ben", "chloe"})
        std::ofstream(folder + "/" + std::string(name == std::string("ben") ? "2-" : "1-") + name +
                      ".yaml")
            << file_text("tests/data/respondents/" + std::string(name) + ".yaml");
    std::ofstream(folder + "/3-ben-again.yaml") << file_text("tests/data/respondents/ben.yaml");
    const auto run = run_gait({"trend", folder, "-f", "json"});
    CHECK(run.exit_code == 0);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json["points"].size() == 1);
    CHECK(json["points"][0]["respondents"] ==
          nlohmann::json::array({"Ana Lima", "Chloe Martin", "Ben Okafor"}));
    const auto& superseded = json["teams"][0]["superseded"];
    REQUIRE(superseded.size() == 1);
    CHECK(superseded[0]["file"] == folder + "/2-ben.yaml");
    CHECK(superseded[0]["superseded_by"] ==
          folder + "/1-ana.yaml + " + folder + "/1-chloe.yaml + " + folder + "/3-ben-again.yaml");
    shell("rm -rf " + folder);
}

TEST_CASE("trend stops at an answers file for another rubric as at a report for another") {
    const auto run =
        run_gait({"trend", "tests/data/trend", "data/examples/walk.yaml", "--rubric", rubric});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err ==
          "gait: error: data/examples/walk.yaml:4:3: answers are for rubric 'sre-maturity', but "
          "the rubric is 'platform-health'; pass --rubric sre\n");
    // --keep-going skips files that cannot be read, not a file of another rubric.
    const auto kept = run_gait(
        {"trend", "tests/data/trend", "data/examples/walk.yaml", "--rubric", rubric, "-k"});
    CHECK(kept.exit_code == 2);
}

TEST_CASE("trend --help says which rubric answers are scored with by default") {
    const auto run = run_gait({"trend", "--help"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Contains("(default: the bundled rubric the first file, or with --git the "
                                 "latest version, names; else sre)"));
    CHECK(run.out.find("(default: sre)") == std::string::npos);
}
