#include "gait/format/plan_junit.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "hostile_plan.hpp"

TEST_CASE("the plan's JUnit shows hostile text escaped and control characters visibly",
          "[plan_output]") {
    const gait::Plan plan = gait::test::hostile_plan();
    const std::string junit = gait::render_plan_junit(plan);
    CHECK(junit.find("name=\"crawl.x: Bell^G and ]]&gt; and &lt;b&gt;\"") != std::string::npos);
    CHECK(junit.find("<failure type=\"gap\" message=\"To reach Crawl\">To do: @SUM(1+1) ^[[31mred"
                     "</failure>") != std::string::npos);
    CHECK(junit.find('\x07') == std::string::npos);
    CHECK(junit.find('\x1b') == std::string::npos);
}

TEST_CASE("the plan's JUnit skips say the team's reason and an exemption's end", "[plan_output]") {
    gait::Plan plan = gait::test::hostile_plan();
    gait::QuestionOutcome not_applicable;
    not_applicable.question = "crawl.na";
    not_applicable.text = "N/A?";
    not_applicable.answer = "n/a";
    not_applicable.answer_label = "Not applicable";
    not_applicable.reason = "No staging environment";
    gait::QuestionOutcome exempt = not_applicable;
    exempt.question = "crawl.ex";
    exempt.exempt = true;
    exempt.until = "2027-01-31";
    exempt.reason = "The cluster moves in January";
    gait::QuestionOutcome bare = not_applicable;
    bare.question = "crawl.bare";
    bare.reason.clear();
    plan.teams[0].result.questions = {not_applicable, exempt, bare};
    const std::string junit = gait::render_plan_junit(plan);
    CHECK(junit.find("<skipped message=\"not applicable: No staging environment\"/>") !=
          std::string::npos);
    CHECK(junit.find("<skipped message=\"exempt until 2027-01-31: The cluster moves in "
                     "January\"/>") != std::string::npos);
    CHECK(junit.find("<skipped message=\"not applicable, no reason given\"/>") !=
          std::string::npos);
}
