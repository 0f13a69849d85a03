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
    const auto not_applicable = [](const std::string& id, const std::string& reason) {
        gait::QuestionOutcome made;
        made.question = id;
        made.answer = "n/a";
        made.reason = reason;
        return made;
    };
    gait::QuestionOutcome exempt = not_applicable("crawl.ex", "The cluster moves in January");
    exempt.exempt = true;
    exempt.until = "2027-01-31";
    plan.teams[0].result.questions = {not_applicable("crawl.na", "No staging environment"), exempt,
                                      not_applicable("crawl.bare", "")};
    const std::string junit = gait::render_plan_junit(plan);
    CHECK(junit.find("<skipped message=\"not applicable: No staging environment\"/>") !=
          std::string::npos);
    CHECK(junit.find("<skipped message=\"exempt until 2027-01-31: The cluster moves in "
                     "January\"/>") != std::string::npos);
    CHECK(junit.find("<skipped message=\"not applicable, no reason given\"/>") !=
          std::string::npos);
}
