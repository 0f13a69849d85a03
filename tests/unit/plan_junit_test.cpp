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
