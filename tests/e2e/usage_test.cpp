// The command line guides instead of refusing (issue 19): answers files as
// arguments, phases and formats spelled any usual way, the format from -o's
// extension, and options that would do nothing refused with a reason.

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using gait::test::check_refused;
using gait::test::read_text;
using gait::test::run_gait;

namespace {

const std::string walk = "data/examples/walk.yaml";
const std::string teams = "tests/data/teams";
const std::string five_level = "tests/data/rubrics/five-level.yaml";

std::string scratch_path(const std::string& name) {
    return "/tmp/gait-e2e-usage-" + std::to_string(::getpid()) + "-" + name;
}

}  // namespace

TEST_CASE("gait assess FILE scores the answers file as --answers FILE does") {
    const auto by_argument = run_gait({"assess", walk, "--format", "json"});
    CHECK(by_argument.exit_code == 0);
    CHECK(by_argument.err.empty());
    CHECK(by_argument.out == run_gait({"assess", "--answers", walk, "--format", "json"}).out);
    CHECK(run_gait({"assess", "-", "--format", "json"}).exit_code == 2);  // stdin is /dev/null
}

TEST_CASE("gait assess takes each answers file once") {
    check_refused({"assess", walk, walk},
                  "the answers file '" + walk + "' is named twice; name it once");
    check_refused({"assess", walk, "--answers", walk},
                  "the answers file '" + walk + "' is named twice; name it once");
}

TEST_CASE("the --fail-below gate takes a phase's id or name in any case") {
    for (const char* phase : {"crawl", "Crawl", "CRAWL", "walk", "Walk"}) {
        INFO(phase);
        const auto run = run_gait({"assess", walk, "--fail-below", phase});
        CHECK(run.exit_code == 0);
        CHECK(run.err.empty());
    }
    const auto below = run_gait({"assess", walk, "--fail-below", "RUN"});
    CHECK(below.exit_code == 1);
    CHECK(below.err == "gait: placement is below Run, the --fail-below gate\n");
    const std::string report = scratch_path("report.json");
    REQUIRE(run_gait({"assess", walk, "-o", report}).exit_code == 0);
    CHECK(run_gait({"report", report, "--fail-below", "Walk"}).exit_code == 0);
    CHECK(run_gait({"report", report, "--fail-below", "Run"}).exit_code == 1);
    check_refused({"assess", walk, "--fail-below", "Wlak"},
                  "--fail-below names unknown phase 'Wlak'; did you mean 'walk'?");
    std::remove(report.c_str());
}

TEST_CASE("the --format option takes any case and the usual short names") {
    const std::string json = run_gait({"assess", walk, "--format", "json"}).out;
    const std::string markdown = run_gait({"assess", walk, "--format", "markdown"}).out;
    const std::string html = run_gait({"assess", walk, "--format", "html"}).out;
    const std::string text = run_gait({"assess", walk}).out;
    CHECK(run_gait({"assess", walk, "--format", "JSON"}).out == json);
    CHECK(run_gait({"assess", walk, "--format", "md"}).out == markdown);
    CHECK(run_gait({"assess", walk, "--format", "Markdown"}).out == markdown);
    CHECK(run_gait({"assess", walk, "--format", "htm"}).out == html);
    CHECK(run_gait({"assess", walk, "--format", "txt"}).out == text);
    CHECK_THAT(run_gait({"aggregate", teams, "--rubric", five_level, "--format", "CSV"}).out,
               StartsWith("status,file,team,"));
    check_refused({"assess", walk, "--format", "jsn"},
                  "--format: unknown format 'jsn'; did you mean 'json'?");
    check_refused({"compare", walk, walk, "--format", "csv"},
                  "--format: unknown format 'csv'; the formats are text, markdown, html or json");
}

TEST_CASE("an -o file takes the format from the file's extension when --format is absent") {
    const auto [extension, format] =
        GENERATE(table<std::string, std::string>({{"json", "json"},
                                                  {"md", "markdown"},
                                                  {"markdown", "markdown"},
                                                  {"html", "html"},
                                                  {"HTM", "html"},
                                                  {"txt", "text"},
                                                  {"out", "text"}}));
    INFO("report." << extension);
    const std::string path = scratch_path("report." + extension);
    const auto run = run_gait({"assess", walk, "-o", path});
    CHECK(run.exit_code == 0);
    CHECK(read_text(path) == run_gait({"assess", walk, "--format", format}).out);
    std::remove(path.c_str());
}

TEST_CASE("an -o file whose extension --format contradicts is refused and nothing is written") {
    const std::string path = scratch_path("report.html");
    check_refused({"assess", walk, "--format", "json", "-o", path},
                  "-o " + path + ": the extension says html, but --format is json; name the file " +
                      scratch_path("report.json") + " or drop --format");
    CHECK(::access(path.c_str(), F_OK) != 0);
    check_refused({"assess", walk, "-o", "teams.csv"},
                  "-o teams.csv: the extension says csv, a format this command does not write; "
                  "the formats are text, markdown, html or json");
    const std::string csv = scratch_path("teams.csv");
    CHECK(run_gait({"aggregate", teams, "--rubric", five_level, "-o", csv}).exit_code == 0);
    CHECK_THAT(read_text(csv), StartsWith("status,file,team,"));
    std::remove(csv.c_str());
}

TEST_CASE("a file gait writes as YAML is refused a name of another format") {
    check_refused({"assess", "--save", "p.json"},
                  "--save p.json: gait writes this file as YAML, not json; name it p.yaml");
    check_refused({"init", "-o", "team.json"},
                  "-o team.json: gait writes this file as YAML, not json; name it team.yaml");
    check_refused({"migrate", walk, "-o", "team.md"},
                  "-o team.md: gait writes this file as YAML, not markdown; name it team.yaml");
}

TEST_CASE("the questionnaire's options are refused next to an answers file") {
    const auto [option, value] = GENERATE(table<std::string, std::string>(
        {{"--save", "p.yaml"}, {"--team", "Payments"}, {"--restart", ""}}));
    std::vector<std::string> args = {"assess", walk, option};
    if (!value.empty()) args.push_back(value);
    check_refused(args, option + " is for the questionnaire, not for an answers file; drop " +
                            option + ", or the answers file to answer on the terminal");
    args[1] = "--answers";
    args.insert(args.begin() + 2, walk);
    check_refused(args, option + " is for the questionnaire, not for an answers file; drop " +
                            option + ", or the answers file to answer on the terminal");
}

TEST_CASE("options that would do nothing are refused") {
    check_refused({"init", "--force"},
                  "--force replaces an existing -o FILE, and there is none; drop --force, or add "
                  "-o FILE");
    check_refused({"aggregate", teams, "--rubric", five_level, "--top", "3", "--format", "json"},
                  "--top shortens the list of shared gaps in text, markdown and html; JSON and "
                  "CSV list every one: drop --top");
    check_refused({"aggregate", walk, "--follow-symlinks"},
                  "--follow-symlinks is for links found in a directory, and no path is one; a "
                  "link named on the command line is always read: drop --follow-symlinks");
    CHECK(run_gait({"aggregate", teams, "--rubric", five_level, "--top", "3"}).exit_code == 0);
}

TEST_CASE("compare refuses --rubric when both sides are saved reports") {
    const auto run = run_gait({"compare", "tests/golden/assess-walk.json",
                               "tests/golden/assess-run.json", "--rubric", "sre"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err ==
          "gait: error: --rubric scores answers files, and both sides are saved reports; a report "
          "carries its own rubric: drop --rubric\n");
    // One side of answers: the rubric scores it.
    CHECK(run_gait({"compare", "tests/golden/assess-walk.json", "data/examples/walk.yaml",
                    "--rubric", "sre"})
              .exit_code == 0);
}

TEST_CASE("a missing argument is named as the help names it") {
    check_refused({"aggregate"}, "gait aggregate needs FILE|DIR...; run 'gait aggregate --help'");
    check_refused({"plan"}, "gait plan needs FILE|DIR...; run 'gait plan --help'");
    check_refused({"compare", "data/examples/walk.yaml"},
                  "gait compare needs NEW; run 'gait compare --help'");
    check_refused({"report"}, "gait report needs REPORT.json; run 'gait report --help'");
    check_refused({"migrate"}, "gait migrate needs FILE; run 'gait migrate --help'");
}

TEST_CASE("an assessment dated after today is scored with a warning") {
    const std::string future = scratch_path("future.yaml");
    std::string text = read_text(gait::test::source_path("data/examples/walk.yaml"));
    text.replace(text.find("date: 2026-11-18"), 16, "date: 2099-12-31");
    { std::ofstream(future) << text; }
    const std::string warning =
        "gait: warning: " + future +
        ": the assessment is dated 2099-12-31, after today (";  // today's date follows
    const auto assess = run_gait({"assess", future});
    CHECK(assess.exit_code == 0);
    CHECK_THAT(assess.err, StartsWith(warning));
    CHECK_THAT(assess.err, Contains("); an aggregate or a trend takes it for the team's latest; "
                                    "correct its 'date'\n"));
    const auto aggregate = run_gait({"aggregate", future, "data/examples/crawl.yaml"});
    CHECK(aggregate.exit_code == 0);
    CHECK_THAT(aggregate.err, StartsWith(warning));
    CHECK(run_gait({"assess", "data/examples/walk.yaml"}).err.empty());
    std::remove(future.c_str());
}
