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

TEST_CASE("the plan's Markdown says a lapsed exemption and the team's note", "[plan_output]") {
    gait::Plan plan = gait::test::hostile_plan();
    gait::PlanItem& item = plan.teams[0].items[0];
    item.question.exempt = true;
    item.question.lapsed = true;
    item.question.until = "2026-01-31";
    item.question.note = "Renewal *pending*";
    const std::string markdown = gait::render_plan_markdown(plan);
    CHECK(markdown.find("  ops · To reach Crawl · exemption expired on 2026-01-31 · todo  \n"
                        "  **Note:** Renewal \\*pending\\*  \n"
                        "  **To do:** @SUM(1+1) ^\\[\\[31mred\n") != std::string::npos);
}

TEST_CASE("the plan's Markdown counts the items people marked done or won't do", "[plan_output]") {
    gait::Plan plan = gait::test::hostile_plan();
    gait::PlanItem open = plan.teams[0].items[0];
    gait::PlanItem done = open;
    done.entry.status = gait::PlanStatus::done;
    gait::PlanItem wontdo = open;
    wontdo.entry.status = gait::PlanStatus::wontdo;
    gait::PlanItem closed = open;
    closed.kind.reset();
    plan.teams[0].items = {open, done, wontdo, closed};
    const std::string markdown = gait::render_plan_markdown(plan);
    CHECK(markdown.find("1 team: 1 open, 2 marked done or won't do, 1 closed.") !=
          std::string::npos);
    CHECK(markdown.find(", assessed 2026-03-01: 1 open, 2 marked done or won't do, 1 closed.") !=
          std::string::npos);
    plan.teams[0].items = {open, closed};
    CHECK(gait::render_plan_markdown(plan).find("1 team: 1 open, 1 closed.") != std::string::npos);
}
