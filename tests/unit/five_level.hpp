#pragma once

// Scoring answers against tests/data/rubrics/five-level.yaml, for unit tests.
//   scale: none 0, started 0.25, half 0.5, mostly 0.75, done 1, skip n/a
//   bronze (threshold 0.5): ci (build, w2), alerts (operate, w1, essential),
//                           backups (operate, w1, allow_na)
//   silver (threshold 0.6): review (build, w1), slo (operate, w3)
//   gold   (threshold 0.9): canary (build, w1, allow_na), chaos (operate, w1, allow_na)

#include <string>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"

namespace gait::test {

inline const Rubric& five_level() {
    static const Rubric rubric =
        load_rubric_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
    return rubric;
}

// Placed in bronze: (2 x 0.5 + 1 + 0) / 4 = 0.5; silver (1 + 3 x 0.25) / 4 = 0.4375; gold
// unanswered, 0. Gaps: hold ci 2 x 0.5 = 1.0, backups 1.0; reach slo 3 x 0.75 = 2.25.
inline const char* const bronze_team = R"(
  bronze.build.ci:
    answer: half
    note: flaky runners
  bronze.operate.alerts: done
  bronze.operate.backups: none
  silver.build.review: done
  silver.operate.slo: started
)";

// Placed in silver: bronze (2 + 1) / 3 = 1 (backups n/a); silver (0.5 + 3 x 0.75) / 4 =
// 0.6875; gold (1 + 0) / 2 = 0.5. Gaps: hold slo 3 x 0.25 = 0.75, review 0.5; reach chaos 1.0.
inline const char* const silver_team = R"(
  bronze.build.ci:
    answer: done
    note: runners replaced
  bronze.operate.alerts: done
  bronze.operate.backups: skip
  silver.build.review: half
  silver.operate.slo: mostly
  gold.build.canary: done
  gold.operate.chaos: none
)";

// Reads `body`, the lines under `answers:` (indented by two spaces).
inline Answers five_level_answers(const std::string& body, const std::string& team = "t",
                                  const std::string& date = "2026-01-01") {
    const std::string text =
        "rubric: platform-health\nteam: " + team + "\ndate: " + date + "\nanswers:\n" + body;
    return load_answers(text, team + ".yaml", five_level());
}

// Scores `body`, the lines under `answers:` (indented by two spaces).
inline Result score_five_level(const std::string& body, const std::string& team = "t",
                               const std::string& date = "2026-01-01") {
    return score(five_level(), five_level_answers(body, team, date));
}

}  // namespace gait::test
