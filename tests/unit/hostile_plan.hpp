#pragma once

// A plan of one team whose name, question and guidance are hostile: a formula,
// control characters, "]]>" and markup; for the plan writers' tests.

#include "gait/score/plan.hpp"

namespace gait::test {

// One team with one hostile gap.
inline gait::Plan hostile_plan() {
    gait::Result result;
    result.team = "=cmd|' /C calc'!A0";
    result.date = "2026-03-01";
    result.phases = {{"crawl", "Crawl"}};
    result.next = 0;
    gait::Gap gap;
    gap.question = "crawl.x";
    gap.phase = "crawl";
    gap.area = "ops";
    gap.text = "Bell\x07 and ]]> and <b>";
    gap.guidance = "@SUM(1+1) \x1b[31mred";
    gap.kind = gait::GapKind::reach;
    result.gaps = {gap};
    result.questions = {gap};
    return gait::make_plan({result}, {});
}

}  // namespace gait::test
