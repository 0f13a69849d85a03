#pragma once

// bronze_team (five_level.hpp) with three targets: the team's Silver by
// 2025-12-31, due on 2026-01-01 and not met (silver.operate.slo stands between);
// Build's Gold, not met (gold.build.canary, unanswered); Operate's Bronze, met.

#include "gait/score/targets.hpp"

#include "five_level.hpp"

namespace gait::test {

inline Result bronze_with_targets() {
    Result result = score_five_level(bronze_team, "Payments", "2026-01-01");
    result.targets = measure_targets(result, {{"", "silver", "2025-12-31", {}},
                                              {"build", "gold", "", {}},
                                              {"operate", "bronze", "2026-06-30", {}}});
    return result;
}

}  // namespace gait::test
