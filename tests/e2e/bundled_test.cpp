// The bundled rubrics: gait rubric list, and --rubric NAME wherever a rubric is taken.

#include <string>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
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
    const auto unknown = run_gait({"assess", "--rubric", "zzz", "--answers", "x.yaml"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err ==
          "gait: error: no bundled rubric or file named 'zzz'; the bundled rubrics are sre, "
          "health-check\n");
}

TEST_CASE("answers for another bundled rubric say which --rubric to pass") {
    const auto run = run_gait({"assess", "--answers", "data/examples/health-check-walk.yaml"});
    CHECK(run.exit_code == 2);
    CHECK(run.err ==
          "gait: error: data/examples/health-check-walk.yaml:7:3: answers are for rubric "
          "'sre-health-check', but the rubric is 'sre-maturity'; pass --rubric health-check\n");
}
