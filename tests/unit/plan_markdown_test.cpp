#include "gait/format/plan_markdown.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "hostile_plan.hpp"

TEST_CASE("the plan's Markdown checklist escapes hostile text", "[plan_output]") {
    const gait::Plan plan = gait::test::hostile_plan();
    const std::string markdown = gait::render_plan_markdown(plan);
    CHECK(markdown.find("- [ ] **Bell^G and \\]\\]&gt; and &lt;b&gt;**") != std::string::npos);
}
