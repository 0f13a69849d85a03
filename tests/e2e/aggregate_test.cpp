// gait aggregate on hand-made teams (tests/data/teams): alpha twice, beta as a saved
// report, gamma with a comma and quotes in its name, and a broken file beside them.

#include <cstdio>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::check_golden;
using gait::test::run_gait;

namespace {

const std::string rubric = "tests/data/rubrics/five-level.yaml";
const std::string teams = "tests/data/teams";
const std::string broken = "tests/data/teams-broken.yaml";

std::string scratch(const std::string& name) {
    return "/tmp/gait-e2e-aggregate-" + std::to_string(::getpid()) + "-" + name;
}

nlohmann::json aggregate_json(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"aggregate", teams, "--rubric", rubric, "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto run = run_gait(args);
    REQUIRE(run.exit_code == 0);
    return nlohmann::json::parse(run.out);
}

}  // namespace

TEST_CASE("aggregate prints the golden aggregate of the test teams in each format") {
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"text", "txt"}, {"markdown", "md"}, {"html", "html"}, {"json", "json"}, {"csv", "csv"}}));
    const auto run = run_gait({"aggregate", teams, "--rubric", rubric, "--format", format});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_golden("aggregate-teams." + extension, run.out);
}

TEST_CASE("aggregate reads a directory recursively, in path order, the latest file per team") {
    const nlohmann::json out = aggregate_json();
    CHECK(out["counts"] ==
          nlohmann::json{{"files", 4}, {"teams", 3}, {"superseded", 1}, {"skipped", 0}});
    // platform/ sorts before product/; within it, alpha-2026-01 before alpha-2026-03
    REQUIRE(out["teams"].size() == 3);
    CHECK(out["teams"][0]["file"] == "tests/data/teams/platform/alpha-2026-03.yaml");
    CHECK(out["teams"][1]["file"] == "tests/data/teams/product/beta-report.json");
    CHECK(out["teams"][2]["file"] == "tests/data/teams/product/gamma.yml");
    CHECK(out["superseded"][0]["file"] == "tests/data/teams/platform/alpha-2026-01.yaml");
    CHECK(out["superseded"][0]["superseded_by"] == "tests/data/teams/platform/alpha-2026-03.yaml");
    // alpha (newer) and gamma hold no phase, beta holds silver
    CHECK(out["unplaced"] == 2);
    CHECK(out["phases"][1]["teams"] == 1);
    // alerts is essential and blocks alpha and gamma: first, whatever the shortfall
    CHECK(out["shared_gaps"][0]["question"] == "bronze.operate.alerts");
    CHECK(out["shared_gaps"][0]["teams"] == 2);
    CHECK(out["shared_gaps"][0]["shortfall"] == 2.0);
}

TEST_CASE("aggregate --all counts every file as its own row") {
    const nlohmann::json out = aggregate_json({"--all"});
    CHECK(out["counts"]["teams"] == 4);
    CHECK(out["superseded"].empty());
    // ci: the older alpha holds bronze with 2 x 0.5 short, the newer reaches it 2 short
    for (const auto& gap : out["shared_gaps"]) {
        if (gap["question"] != "bronze.build.ci") continue;
        CHECK(gap["teams"] == 2);
        CHECK(gap["hold"] == 1);
        CHECK(gap["reach"] == 1);
        CHECK(gap["shortfall"] == 3.0);
    }
}

TEST_CASE("aggregate's output does not depend on how many files it reads at once") {
    const auto one = run_gait({"aggregate", teams, broken, "--rubric", rubric, "--jobs", "1",
                               "--format", "json", "--all"});
    const auto many = run_gait({"aggregate", teams, broken, "--rubric", rubric, "--jobs", "8",
                                "--format", "json", "--all"});
    CHECK(one.out == many.out);
    CHECK(one.err == many.err);
}

TEST_CASE("a bad file is reported and listed, and the others still count") {
    const auto run = run_gait({"aggregate", teams, broken, "--rubric", rubric});
    CHECK(run.exit_code == 2);
    CHECK(run.err ==
          "gait: error: tests/data/teams-broken.yaml:6:20: unknown answer 'maybe' to "
          "'bronze.build.ci'; expected one of none, started, half, mostly, done, skip\n"
          "gait: 1 file skipped; with --keep-going this exits 0\n");
    CHECK_THAT(run.out, Contains("3 teams"));
    CHECK_THAT(run.out, Contains("Skipped: 1 file"));
    CHECK_THAT(run.out, Contains("tests/data/teams-broken.yaml:6:20: unknown answer 'maybe'"));
}

TEST_CASE("aggregate --keep-going exits 0 and lists the skipped file in every format") {
    const std::string format = GENERATE("text", "markdown", "html", "json", "csv");
    const auto run =
        run_gait({"aggregate", teams, broken, "--rubric", rubric, "--keep-going", "-f", format});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.err, Contains("tests/data/teams-broken.yaml:6:20"));
    CHECK_THAT(run.out, Contains("tests/data/teams-broken.yaml"));
    if (format == "json") {
        const auto out = nlohmann::json::parse(run.out);
        CHECK(out["counts"]["skipped"] == 1);
        CHECK(out["skipped"][0]["line"] == 6);
        CHECK(out["skipped"][0]["column"] == 20);
    }
    if (format == "csv") CHECK_THAT(run.out, Contains("\r\nskipped,tests/data/teams-broken.yaml,"));
}

TEST_CASE("aggregate skips a missing file and a team of another rubric") {
    const auto run = run_gait({"aggregate", teams, "tests/golden/assess-walk.json",
                               "tests/data/no-such-team.yaml", "--rubric", rubric, "-k"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.err,
               Contains("gait: error: tests/golden/assess-walk.json: the assessment is for "
                        "rubric 'sre-maturity', not 'platform-health'"));
    CHECK_THAT(run.err, Contains("gait: error: tests/data/no-such-team.yaml: "));
    CHECK_THAT(run.out, Contains("Skipped: 2 files"));
}

TEST_CASE("aggregate with nothing to read is a usage error") {
    const std::string empty = scratch("empty");
    REQUIRE(::mkdir(empty.c_str(), 0700) == 0);
    const auto run = run_gait({"aggregate", empty});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains("gait: error: no .yaml, .yml or .json file to aggregate"));
    CHECK(run.out.empty());
    ::rmdir(empty.c_str());
    CHECK(run_gait({"aggregate"}).exit_code == 2);
}

TEST_CASE("aggregate --top cuts the shared gaps in text; json lists them all") {
    const auto text = run_gait({"aggregate", teams, "--rubric", rubric, "--top", "2"});
    CHECK_THAT(text.out, Contains("Gaps most teams share: the first 2 of 6"));
    CHECK_THAT(text.out, !Contains("   3. "));
    CHECK(aggregate_json()["shared_gaps"].size() == 6);
}

TEST_CASE("aggregate writes its output atomically to -o") {
    const std::string out = scratch("org.csv");
    const auto run = run_gait({"aggregate", teams, "--rubric", rubric, "-f", "csv", "-o", out});
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(gait::test::read_text(out) ==
          gait::test::read_text(gait::test::source_path("tests/golden/aggregate-teams.csv")));
    std::remove(out.c_str());
}

TEST_CASE("aggregate skips gait's own aggregate and comparison outputs, saying what they are") {
    const auto run = run_gait({"aggregate", teams, "tests/golden/aggregate-teams.json",
                               "tests/golden/compare-beta.json", "--rubric", rubric, "-k"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.err, Contains("gait: error: tests/golden/aggregate-teams.json: a gait "
                                 "aggregate, not one team's answers or report\n"));
    CHECK_THAT(run.err, Contains("gait: error: tests/golden/compare-beta.json: a gait "
                                 "comparison, not one team's answers or report\n"));
}

TEST_CASE("aggregate refuses a negative --top") {
    const auto run = run_gait({"aggregate", teams, "--top", "-1"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains("--top"));
    CHECK(run.out.empty());
}

TEST_CASE("aggregate in which every file is skipped exits 2, even with --keep-going") {
    const auto run = run_gait({"aggregate", broken, "tests/data/no-such-team.yaml", "--rubric",
                               rubric, "--keep-going", "-f", "csv"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Contains("gait: error: tests/data/teams-broken.yaml:6:20"));
    CHECK_THAT(run.err, Contains("gait: error: no team to aggregate: 2 files skipped; fix the "
                                 "files named above"));
    const auto other_rubric = run_gait(
        {"aggregate", "tests/golden/assess-walk.json", "--rubric", rubric, "-k", "-f", "json"});
    CHECK(other_rubric.exit_code == 2);
    CHECK(other_rubric.out.empty());
    CHECK_THAT(other_rubric.err, Contains("gait: error: no team to aggregate: 1 file skipped"));
}

TEST_CASE("aggregate CSV writes a field a spreadsheet would evaluate as quoted text") {
    const std::string folder = scratch("formulas");
    REQUIRE(::mkdir(folder.c_str(), 0700) == 0);
    const std::vector<std::string> names = {"=1+2",        "+cmd",  "-2+3",
                                            "@SUM(A1:A2)", "\tTab", "plain"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::ofstream(folder + "/t" + std::to_string(i) + ".yaml")
            << "rubric: platform-health\nteam: \"" << (names[i] == "\tTab" ? "\\tTab" : names[i])
            << "\"\ndate: 2026-01-0" << i + 1 << "\nanswers: {}\n";
    }
    const auto run = run_gait({"aggregate", folder, "--rubric", rubric, "-f", "csv"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Contains(",\"'=1+2\","));
    CHECK_THAT(run.out, Contains(",\"'+cmd\","));
    CHECK_THAT(run.out, Contains(",\"'-2+3\","));
    CHECK_THAT(run.out, Contains(",\"'@SUM(A1:A2)\","));
    CHECK_THAT(run.out, Contains(",\"' Tab\","));  // the tab shown as a space, still not a formula
    CHECK_THAT(run.out, Contains(",plain,"));
    CHECK_THAT(run.out, !Contains(",=1+2"));
    for (std::size_t i = 0; i < names.size(); ++i)
        std::remove((folder + "/t" + std::to_string(i) + ".yaml").c_str());
    ::rmdir(folder.c_str());
}

TEST_CASE("aggregate does not follow a symbolic link out of the folder nor quote what it holds") {
    const std::string folder = scratch("boundary");
    const std::string secret = scratch("credentials");
    std::system(("rm -rf '" + folder + "' && mkdir -p '" + folder + "'").c_str());
    std::ofstream(secret) << "https://user:ghp_SECRETTOKEN@github.com\n";
    std::ofstream(folder + "/a.yaml")
        << "rubric: platform-health\nteam: a\ndate: 2026-01-01\nanswers:\n"
           "  bronze.build.ci: done\n";
    REQUIRE(::symlink(secret.c_str(), (folder + "/b.yaml").c_str()) == 0);
    const std::string out = scratch("boundary.md");
    const auto run =
        run_gait({"aggregate", folder, "--rubric", rubric, "--format", "markdown", "-o", out});
    CHECK(run.exit_code == 2);  // a file skipped, without --keep-going
    CHECK(run.err == "gait: error: " + folder +
                         "/b.yaml: is a symbolic link; not followed; pass --follow-symlinks to "
                         "read the file it points to\ngait: 1 file skipped; with --keep-going "
                         "this exits 0\n");
    const std::string written = gait::test::read_text(out);
    CHECK_THAT(written, Contains("is a symbolic link; not followed"));
    CHECK(written.find("SECRETTOKEN") == std::string::npos);
    CHECK(run.err.find("SECRETTOKEN") == std::string::npos);

    SECTION("--follow-symlinks reads it, as the user asked") {
        const auto followed = run_gait(
            {"aggregate", folder, "--rubric", rubric, "--follow-symlinks", "--format", "json"});
        CHECK(followed.exit_code == 2);  // the credentials are not an answers file
        CHECK_THAT(followed.err, !Contains("symbolic link"));
    }
    std::system(("rm -rf '" + folder + "' '" + secret + "' '" + out + "'").c_str());
}

TEST_CASE("aggregate skips a FIFO in the folder at once instead of waiting on it") {
    const std::string folder = scratch("fifo");
    std::system(("rm -rf '" + folder + "' && mkdir -p '" + folder + "'").c_str());
    std::ofstream(folder + "/a.yaml")
        << "rubric: platform-health\nteam: a\ndate: 2026-01-01\nanswers:\n"
           "  bronze.build.ci: done\n";
    REQUIRE(::mkfifo((folder + "/c.yaml").c_str(), 0600) == 0);
    // With no writer, a blocking open would wait for ever: `timeout` ends it with 124.
    const std::string command = "cd '" + gait::test::source_path(".") + "' && timeout 60 '" +
                                GAIT_BINARY + "' aggregate '" + folder + "' --rubric " + rubric +
                                " --keep-going > /dev/null 2> '" + folder + "/err'";
    const int status = std::system(command.c_str());
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(gait::test::read_text(folder + "/err") ==
          "gait: error: " + folder +
              "/c.yaml: is not a regular file (a FIFO, a device or a socket); not read\n");
    std::system(("rm -rf '" + folder + "'").c_str());
}

TEST_CASE("aggregate sets aside only a respondent's earlier file of the same date") {
    // Ana, Ben, Chloe, then Ben again: Ben's first file is superseded, and the
    // other three merge into one row.
    const std::string folder = scratch("again");
    REQUIRE(std::system(("mkdir -p " + folder).c_str()) == 0);
    const auto copy = [&](const std::string& from, const std::string& to) {
        std::ofstream(folder + "/" + to)
            << gait::test::read_text(gait::test::source_path("tests/data/respondents/" + from));
    };
    copy("ana.yaml", "1-ana.yaml");
    copy("ben.yaml", "2-ben.yaml");
    copy("chloe.yaml", "3-chloe.yaml");
    copy("ben.yaml", "4-ben-again.yaml");
    const auto run = run_gait({"aggregate", folder, "-f", "json"});
    CHECK(run.exit_code == 0);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json["teams"].size() == 1);
    CHECK(json["teams"][0]["respondents"] == 3);
    REQUIRE(json["superseded"].size() == 1);
    CHECK(json["superseded"][0]["file"] == folder + "/2-ben.yaml");
    std::system(("rm -rf " + folder).c_str());
}
