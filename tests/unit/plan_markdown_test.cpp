#include "gait/format/plan_markdown.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "gait/score/plan.hpp"
#include "gait/score/targets.hpp"

#include "five_level.hpp"
#include "hostile_plan.hpp"

TEST_CASE("the plan's Markdown checklist escapes hostile text", "[plan_output]") {
    const gait::Plan plan = gait::test::hostile_plan();
    const std::string markdown = gait::render_plan_markdown(plan);
    CHECK(markdown.find("- [ ] **Bell^G and \\]\\]&gt; and &lt;b&gt;**") != std::string::npos);
}

TEST_CASE("the plan's Markdown checklist says the team's target", "[plan_output][targets]") {
    gait::Result result = gait::test::score_five_level(gait::test::bronze_team, "Payments");
    result.targets = gait::measure_targets(
        result, {{"", "silver", "2025-12-31", {}}, {"build", "gold", "", {}}});
    const std::string markdown = gait::render_plan_markdown(gait::make_plan({result}, {}));
    CHECK(markdown.find("Target: Silver by 2025-12-31, not met, past its date (placed "
                        "Bronze).\n\n") != std::string::npos);
    CHECK(markdown.find("Target: Gold") == std::string::npos);  // an area's: not the team's
    const gait::Result plain = gait::test::score_five_level(gait::test::bronze_team, "Payments");
    CHECK(gait::render_plan_markdown(gait::make_plan({plain}, {})).find("Target:") ==
          std::string::npos);
}
