// gait plan on a hand-made team assessed twice (tests/data/compare): the plan in
// each format, a plan file kept across two runs with an owner added in between,
// and a malformed plan file.

#include <cstdio>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::check_golden;
using gait::test::check_refused;
using gait::test::read_text;
using gait::test::run_gait;
using gait::test::source_path;

namespace {

const std::string rubric = "tests/data/rubrics/five-level.yaml";
const std::string first = "tests/data/compare/beta-2025-11.yaml";
const std::string second = "tests/data/compare/beta-2026-02.yaml";
const std::string with_owner = "tests/data/plan/plan-with-owner.yaml";

std::string scratch(const std::string& name) {
    const std::string path = "/tmp/gait-e2e-plan-" + std::to_string(::getpid()) + "-" + name;
    std::remove(path.c_str());
    return path;
}

// A copy of the plan file with an owner, for a run to change.
std::string owner_plan_copy(const std::string& name) {
    const std::string path = scratch(name);
    std::FILE* file = std::fopen(path.c_str(), "w");
    const std::string text = read_text(source_path(with_owner));
    std::fwrite(text.data(), 1, text.size(), file);
    std::fclose(file);
    return path;
}

}  // namespace

TEST_CASE("plan prints the golden plan in each format") {
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"markdown", "md"}, {"csv", "csv"}, {"json", "json"}, {"junit", "xml"}}));
    const std::string plan = owner_plan_copy("formats-" + format + ".yaml");
    const auto run =
        run_gait({"plan", second, "--rubric", rubric, "--plan", plan, "--format", format});
    CHECK(run.exit_code == 0);
    check_golden("plan-beta." + extension, run.out);
    std::remove(plan.c_str());
}

TEST_CASE("plan keeps a plan file across two runs with an owner added in between") {
    const std::string plan = scratch("twice.yaml");
    const auto once = run_gait({"plan", first, "--rubric", rubric, "--plan", plan});
    REQUIRE(once.exit_code == 0);
    CHECK(once.err == "gait: " + plan + ": 3 added, 0 closed, 0 reopened\n");
    check_golden("plan-first.md", once.out);
    check_golden("plan-first.yaml", read_text(plan));
    // The person's edits: tests/data/plan/plan-with-owner.yaml is this file plus
    // an owner, a due date, a link, a comment and a wontdo.
    const std::string edited = owner_plan_copy("twice-edited.yaml");
    const auto twice = run_gait({"plan", second, "--rubric", rubric, "--plan", edited});
    REQUIRE(twice.exit_code == 0);
    check_golden("plan-second.md", twice.out);
    check_golden("plan-second.yaml", read_text(edited));
    const std::string kept = read_text(edited);
    CHECK_THAT(kept, Contains("  # Dana took the build after the 2025-11 assessment\n"));
    CHECK_THAT(kept, Contains("    owner: Dana  # build lead\n"));
    CHECK_THAT(kept, Contains("    reason: too early for chaos experiments\n"));
    std::remove(plan.c_str());
    std::remove(edited.c_str());
}

TEST_CASE("plan leaves an unchanged plan file alone and writes JUnit for an .xml file") {
    const std::string plan = owner_plan_copy("unchanged.yaml");
    REQUIRE(run_gait({"plan", second, "--rubric", rubric, "--plan", plan}).exit_code == 0);
    const std::string after_one = read_text(plan);
    const std::string xml = scratch("out.xml");
    const auto again = run_gait({"plan", second, "--rubric", rubric, "--plan", plan, "-o", xml});
    CHECK(again.exit_code == 0);
    CHECK(again.err.empty());
    CHECK(read_text(plan) == after_one);
    CHECK_THAT(read_text(xml), Contains("<testsuites name=\"gait plan\""));
    std::remove(plan.c_str());
    std::remove(xml.c_str());
}

TEST_CASE("plan refuses a malformed plan file with its line and column") {
    check_refused({"plan", second, "--rubric", rubric, "--plan", "tests/data/plan/bad-status.yaml"},
                  "tests/data/plan/bad-status.yaml:5:13: unknown status 'finished'; a status is "
                  "todo, doing, done or wontdo");
    check_refused({"plan", second, "--rubric", rubric, "--plan", "plan.json"},
                  "--plan plan.json: gait writes this file as YAML, not json; name it plan.yaml");
    check_refused({"plan", second, "--rubric", rubric, "--plan", "p.yaml", "-o", "./p.yaml"},
                  "-o ./p.yaml is the plan file that --plan keeps; write the plan elsewhere, for "
                  "example -o plan.md");
    check_refused({"plan", second, "--rubric", rubric, "--format", "text"},
                  "--format: unknown format 'text'; the formats are markdown, csv, json or junit");
}

TEST_CASE("plan groups the items of several teams by team") {
    const auto run = run_gait(
        {"plan", "tests/data/teams/platform", second, "--rubric", rubric, "--format", "json"});
    REQUIRE(run.exit_code == 0);
    const auto out = nlohmann::json::parse(run.out);
    REQUIRE(out["teams"].size() == 2);
    CHECK(out["teams"][0]["team"] == "alpha");
    CHECK(out["teams"][0]["date"] == "2026-03-01");  // its latest assessment
    CHECK(out["teams"][1]["team"] == "beta");
    CHECK(out["teams"][1]["items"][0]["id"] == "beta/silver.operate.slo");
}

TEST_CASE("plan refuses a plan file that is a FIFO or a device at once") {
    const std::string fifo = scratch("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Nobody writes to it: gait must not wait for a writer.
    const std::string hint =
        ", not a regular file; gait reads the plan file and replaces it with the merged plan; "
        "name a plan file (YAML) with --plan, or a path where gait may create one";
    check_refused({"plan", second, "--rubric", rubric, "--plan", fifo},
                  fifo + ": is a FIFO, a device or a socket" + hint);
    std::remove(fifo.c_str());
    check_refused({"plan", second, "--rubric", rubric, "--plan", "/dev/null"},
                  "/dev/null: is a FIFO, a device or a socket" + hint);
}

TEST_CASE("plan takes an empty plan file or one of comments only as an empty plan") {
    const std::string plan = scratch("touched.yaml");
    std::fclose(std::fopen(plan.c_str(), "w"));
    const auto run = run_gait({"plan", first, "--rubric", rubric, "--plan", plan});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "gait: " + plan + ": 3 added, 0 closed, 0 reopened\n");
    CHECK_THAT(read_text(plan), Contains("  \"beta/bronze.build.ci\":\n"));
    std::remove(plan.c_str());
}

TEST_CASE("plan refuses an assessment older than the one the plan file was merged with") {
    const std::string plan = scratch("stale.yaml");
    REQUIRE(run_gait({"plan", second, "--rubric", rubric, "--plan", plan}).exit_code == 0);
    const std::string merged = read_text(plan);
    CHECK_THAT(merged, Contains("assessed:\n  \"beta\": \"2026-02-01\"\n"));
    check_refused({"plan", first, "--rubric", rubric, "--plan", plan},
                  plan +
                      ":8:11: 'beta' was last planned with its assessment of 2026-02-01; the one "
                      "given now is of 2025-11-01, older, and would roll its items back; give the "
                      "team's answers of 2026-02-01 or later");
    CHECK(read_text(plan) == merged);
    // The same assessment again is a rerun: accepted, and nothing changes.
    const auto rerun = run_gait({"plan", second, "--rubric", rubric, "--plan", plan});
    CHECK(rerun.exit_code == 0);
    CHECK(read_text(plan) == merged);
    std::remove(plan.c_str());
}

TEST_CASE("plan's help says which -o extensions pick a format and which are refused") {
    const auto help = run_gait({"plan", "--help"});
    CHECK_THAT(help.out, Contains(".txt and .html are refused, formats plan does not write; any "
                                  "other extension, or\nnone, is markdown."));
    check_refused({"plan", second, "--rubric", rubric, "-o", "out.txt"},
                  "-o out.txt: the extension says text, a format this command does not write; "
                  "the formats are markdown, csv, json or junit");
    const std::string yaml = scratch("out.yaml");
    REQUIRE(run_gait({"plan", second, "--rubric", rubric, "-o", yaml}).exit_code == 0);
    CHECK(read_text(yaml).rfind("# Improvement plan\n", 0) == 0);
    std::remove(yaml.c_str());
}
