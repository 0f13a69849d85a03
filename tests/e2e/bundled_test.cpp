// The bundled rubrics: gait rubric list, and --rubric NAME wherever a rubric is taken.

#include <cstdio>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::read_text;
using gait::test::run_gait;

TEST_CASE("rubric list shows the bundled rubrics, the default first") {
    const auto run = run_gait({"rubric", "list"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out ==
          "NAME          ID                VERSION  QUESTIONS  TITLE\n"
          "sre           sre-maturity      2.0      88         SRE Maturity Model (default)\n"
          "health-check  sre-health-check  2.0      20         SRE Health Check (quick)\n");
}

TEST_CASE("every --rubric takes a bundled rubric's name") {
    const auto assess = run_gait({"assess", "--rubric", "health-check", "--answers",
                                  "data/examples/health-check-walk.yaml"});
    CHECK(assess.exit_code == 0);
    CHECK_THAT(assess.out, Contains("SRE Health Check (quick) 2.0\n  Team: Mobile Backend\n"));
    CHECK_THAT(assess.out, Contains("Placement: Walk"));

    const auto show = run_gait({"rubric", "show", "health-check"});
    CHECK(show.exit_code == 0);
    CHECK_THAT(show.out, Contains("crawl.response.on-call-rota"));
    CHECK(run_gait({"rubric", "show", "-r", "health-check"}).out == show.out);
    // Named twice, one way each: refused rather than one silently winning.
    for (const char* command : {"show", "lint"}) {
        const auto twice = run_gait({"rubric", command, "sre", "-r", "health-check"});
        CHECK(twice.exit_code == 2);
        CHECK(twice.out.empty());
        CHECK(twice.err ==
              "gait: error: the rubric is named twice, as 'sre' and as --rubric 'health-check'; "
              "name it once\n");
    }

    const auto lint = run_gait({"rubric", "lint", "--rubric", "health-check"});
    CHECK(lint.out == "health-check.yaml (built in): ok, 3 phases, 6 areas, 20 questions\n");

    const auto init = run_gait({"init", "--rubric", "health-check", "--team", "T"});
    CHECK_THAT(init.out, Contains("rubric:\n  id: \"sre-health-check\"\n"));
    CHECK_THAT(
        init.out,
        Contains("# Then score it: gait assess --rubric health-check --answers THIS-FILE\n"));

    const auto compare =
        run_gait({"compare", "-r", "health-check", "data/examples/health-check-walk.yaml",
                  "data/examples/health-check-walk.yaml"});
    CHECK(compare.exit_code == 0);
    CHECK_THAT(compare.out, Contains("Stayed at Walk."));

    const auto aggregate =
        run_gait({"aggregate", "-r", "health-check", "data/examples/health-check-walk.yaml"});
    CHECK(aggregate.exit_code == 0);
    CHECK_THAT(aggregate.out, Contains("SRE Health Check (quick) · 1 team"));
}

TEST_CASE("an unknown rubric name is refused with the names gait knows") {
    const auto misspelt = run_gait({"rubric", "show", "helth-check"});
    CHECK(misspelt.exit_code == 2);
    CHECK(misspelt.err ==
          "gait: error: no bundled rubric or file named 'helth-check'; did you mean "
          "'health-check'?\n");
    const auto unknown =
        run_gait({"assess", "--rubric", "zzz", "--answers", "data/examples/walk.yaml"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err ==
          "gait: error: no bundled rubric or file named 'zzz'; the bundled rubrics are sre, "
          "health-check\n");
}

TEST_CASE("answers for another bundled rubric are read with it without --rubric") {
    const std::string file = "data/examples/health-check-walk.yaml";
    const auto named = run_gait({"assess", file, "--rubric", "health-check"});
    REQUIRE(named.exit_code == 0);
    const auto run = run_gait({"assess", file});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out == named.out);
    CHECK(run_gait({"assess", file, "--fail-below", "Walk"}).exit_code == 0);
    CHECK(run_gait({"compare", file, file}).exit_code == 0);
    CHECK(run_gait({"migrate", file, "-o", "-"}).exit_code == 0);
    const auto aggregate = run_gait({"aggregate", file});
    CHECK(aggregate.exit_code == 0);
    CHECK(aggregate.err.empty());
    CHECK_THAT(aggregate.out, Catch::StartsWith("SRE Health Check (quick) · 1 team"));
}

TEST_CASE("answers for another bundled rubric than --rubric's say which --rubric to pass") {
    const auto run =
        run_gait({"assess", "--answers", "data/examples/health-check-walk.yaml", "-r", "sre"});
    CHECK(run.exit_code == 2);
    CHECK(run.err ==
          "gait: error: data/examples/health-check-walk.yaml:7:3: answers are for rubric "
          "'sre-health-check', but the rubric is 'sre-maturity'; pass --rubric health-check\n");
}

TEST_CASE("gait rubric export writes a bundled rubric's YAML as shipped with its comments") {
    const std::string name = GENERATE("sre", "health-check");
    INFO(name);
    const std::string shipped =
        read_text(gait::test::source_path("data/rubrics/" + name + ".yaml"));
    const auto out = run_gait({"rubric", "export", name});
    CHECK(out.exit_code == 0);
    CHECK(out.err.empty());
    CHECK(out.out == shipped);
    CHECK(run_gait({"rubric", "export"}).out == run_gait({"rubric", "export", "sre"}).out);

    const std::string path = "/tmp/gait-e2e-export-" + std::to_string(::getpid()) + ".yaml";
    const auto to_file = run_gait({"rubric", "export", name, "-o", path});
    CHECK(to_file.exit_code == 0);
    CHECK(to_file.out.empty());
    CHECK(read_text(path) == shipped);
    const auto lint = run_gait({"rubric", "lint", path});
    CHECK(lint.exit_code == 0);
    CHECK_THAT(lint.out, Contains(": ok, "));
    std::remove(path.c_str());
}

TEST_CASE("gait rubric export names only bundled rubrics and writes YAML") {
    const auto typo = run_gait({"rubric", "export", "src"});
    CHECK(typo.exit_code == 2);
    CHECK(typo.err == "gait: error: no bundled rubric named 'src'; did you mean 'sre'?\n");
    const auto file = run_gait({"rubric", "export", "tests/data/rubrics/five-level.yaml"});
    CHECK(file.exit_code == 2);
    CHECK(file.err ==
          "gait: error: no bundled rubric named 'tests/data/rubrics/five-level.yaml'; the "
          "bundled rubrics are sre, health-check\n");
    const auto json = run_gait({"rubric", "export", "-o", "mine.json"});
    CHECK(json.exit_code == 2);
    CHECK(json.err ==
          "gait: error: -o mine.json: gait writes this file as YAML, not json; name it "
          "mine.yaml\n");
}
