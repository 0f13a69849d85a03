#include "gait/score/scoring.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"

#include "score/scores.hpp"

// five-level.yaml, for reference in the arithmetic below:
//   scale: none 0, started 0.25, half 0.5, mostly 0.75, done 1, skip n/a
//   bronze (threshold 0.5): ci (build, w2), alerts (operate, w1, essential),
//                           backups (operate, w1, allow_na)
//   silver (threshold 0.6): review (build, w1), slo (operate, w3)
//   gold   (threshold 0.9): canary (build, w1, allow_na), chaos (operate, w1, allow_na)

namespace {

const gait::Rubric& five_level() {
    static const gait::Rubric rubric =
        gait::load_rubric_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
    return rubric;
}

constexpr std::size_t bronze = 0, silver = 1, gold = 2;
constexpr std::size_t build = 0, operate = 1;

// Scores the answers under `answers:` (indented by two spaces) against five-level.yaml.
gait::Result score_five_level(const std::string& body) {
    const std::string text =
        "rubric: platform-health\nteam: t\ndate: 2026-01-01\nanswers:\n" + body;
    return gait::score(five_level(), gait::load_answers(text, "t.yaml", five_level()));
}

std::vector<std::string> gap_ids(const gait::Result& result, gait::GapKind kind) {
    std::vector<std::string> ids;
    for (const gait::Gap& gap : result.gaps) {
        if (gap.kind == kind) ids.push_back(gap.question);
    }
    return ids;
}

std::vector<std::string> unanswered_ids(const gait::Result& result) {
    std::vector<std::string> ids;
    for (const gait::UnansweredQuestion& question : result.unanswered) {
        ids.push_back(question.question);
    }
    return ids;
}

const gait::Gap& find_gap(gait::Result&& result, const std::string& id) = delete;
const gait::Gap& find_gap(const gait::Result& result, const std::string& id) {
    for (const gait::Gap& gap : result.gaps) {
        if (gap.question == id) return gap;
    }
    FAIL("no gap for " << id);
    throw;  // unreachable
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a question's value comes from the scale; a phase scores the weighted mean",
          "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: mostly
  bronze.operate.alerts: done
  bronze.operate.backups: started
)");
    REQUIRE(result.phases.size() == 3);
    // (2 * 0.75 + 1 * 1 + 1 * 0.25) / (2 + 1 + 1) = 2.75 / 4 = 0.6875
    REQUIRE(result.phases[bronze].score.has_value());
    CHECK(*result.phases[bronze].score == Approx(0.6875));
    CHECK(result.phases[bronze].achieved);
    CHECK(result.phases[bronze].threshold == Approx(0.5));
    CHECK(result.phases[bronze].id == "bronze");
    CHECK(result.phases[bronze].name == "Bronze");

    // Unanswered silver: (1 * 0 + 3 * 0) / 4 = 0
    REQUIRE(result.phases[silver].score.has_value());
    CHECK(*result.phases[silver].score == Approx(0.0));
    CHECK_FALSE(result.phases[silver].achieved);
}

TEST_CASE("the weight decides how much a question moves the phase score", "[scoring]") {
    // The values of ci and backups swapped from the case above: ci has weight 2.
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: started
  bronze.operate.alerts: done
  bronze.operate.backups: mostly
)");
    // (2 * 0.25 + 1 * 1 + 1 * 0.75) / 4 = 2.25 / 4 = 0.5625 (an unweighted mean would be 0.6667)
    CHECK(*result.phases[bronze].score == Approx(0.5625));
}

TEST_CASE("a not-applicable answer is left out of the phase mean and the area cell", "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: half
  bronze.operate.alerts: done
  bronze.operate.backups: skip
)");
    // backups excluded: (2 * 0.5 + 1 * 1) / (2 + 1) = 2 / 3, kept to four decimals: 0.6667;
    // counting it as 0 would give 0.5
    CHECK(*result.phases[bronze].score == 0.6667);
    // operate x bronze: only alerts = 1 / 1 = 1.0
    CHECK(*result.areas[operate].by_phase[bronze] == Approx(1.0));
    // build x bronze: ci = 0.5
    CHECK(*result.areas[build].by_phase[bronze] == Approx(0.5));
    // n/a is an answer: not unanswered and not a gap
    CHECK(unanswered_ids(result) == Ids{"silver.build.review", "silver.operate.slo",
                                        "gold.build.canary", "gold.operate.chaos"});
    for (const gait::Gap& gap : result.gaps)
        CHECK(gap.question != "bronze.operate.backups");
}

TEST_CASE("a phase whose every question is not applicable has no score and is achieved",
          "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: done
  bronze.operate.alerts: done
  bronze.operate.backups: done
  silver.build.review: done
  silver.operate.slo: done
  gold.build.canary: skip
  gold.operate.chaos: skip
)");
    CHECK_FALSE(result.phases[gold].score.has_value());
    CHECK(result.phases[gold].achieved);
    CHECK(result.phases[gold].essentials_missing.empty());
    CHECK_FALSE(result.areas[build].by_phase[gold].has_value());
    CHECK_FALSE(result.areas[operate].by_phase[gold].has_value());
    // Every phase held: placement is the last, nothing next, no gaps.
    REQUIRE(result.placement.has_value());
    CHECK(*result.placement == gold);
    CHECK_FALSE(result.next.has_value());
    CHECK(result.gaps.empty());
    CHECK(result.unanswered.empty());
}

TEST_CASE("an unanswered question counts 0 and is listed in rubric order", "[scoring]") {
    SECTION("missing from the file") {
        // File order differs from rubric order on purpose.
        const gait::Result result = score_five_level(R"(
  silver.operate.slo: done
  bronze.operate.alerts: done
)");
        // (2 * 0 + 1 * 1 + 1 * 0) / 4 = 0.25
        CHECK(*result.phases[bronze].score == Approx(0.25));
        // (1 * 0 + 3 * 1) / 4 = 0.75
        CHECK(*result.phases[silver].score == Approx(0.75));
        CHECK(unanswered_ids(result) == Ids{"bronze.build.ci", "bronze.operate.backups",
                                            "silver.build.review", "gold.build.canary",
                                            "gold.operate.chaos"});
        REQUIRE_FALSE(result.unanswered.empty());
        CHECK(result.unanswered[0].phase == "bronze");
        CHECK(result.unanswered[0].area == "build");
        CHECK(result.unanswered[0].text == "Does every change go through continuous integration?");
    }
    SECTION("a blank answer is unanswered too") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci:
  bronze.operate.alerts: done
  bronze.operate.backups: done
  silver.build.review: done
  silver.operate.slo: done
  gold.build.canary: done
  gold.operate.chaos: done
)");
        CHECK(unanswered_ids(result) == Ids{"bronze.build.ci"});
        // (2 * 0 + 1 + 1) / 4 = 0.5
        CHECK(*result.phases[bronze].score == Approx(0.5));
    }
}

TEST_CASE("an essential question short of full credit blocks its phase", "[scoring]") {
    SECTION("score above the threshold, essential at 0.75: not achieved") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: done
  bronze.operate.alerts: mostly
  bronze.operate.backups: done
)");
        // (2 * 1 + 1 * 0.75 + 1 * 1) / 4 = 3.75 / 4 = 0.9375 >= 0.5
        CHECK(*result.phases[bronze].score == Approx(0.9375));
        CHECK_FALSE(result.phases[bronze].achieved);
        CHECK(result.phases[bronze].essentials_missing == Ids{"bronze.operate.alerts"});
        CHECK_FALSE(result.placement.has_value());
    }
    SECTION("unanswered essential: missing as well") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: done
  bronze.operate.backups: done
)");
        // (2 + 0 + 1) / 4 = 0.75 >= 0.5
        CHECK(*result.phases[bronze].score == Approx(0.75));
        CHECK_FALSE(result.phases[bronze].achieved);
        CHECK(result.phases[bronze].essentials_missing == Ids{"bronze.operate.alerts"});
    }
    SECTION("essential at full credit: achieved") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: half
  bronze.operate.alerts: done
  bronze.operate.backups: mostly
)");
        // (2 * 0.5 + 1 + 0.75) / 4 = 2.75 / 4 = 0.6875
        CHECK(*result.phases[bronze].score == Approx(0.6875));
        CHECK(result.phases[bronze].achieved);
        CHECK(result.phases[bronze].essentials_missing.empty());
        REQUIRE(result.placement.has_value());
        CHECK(*result.placement == bronze);
    }
}

TEST_CASE("a score equal to the threshold achieves the phase", "[scoring]") {
    SECTION("exactly 0.5") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: half
  bronze.operate.alerts: done
  bronze.operate.backups: none
)");
        // (2 * 0.5 + 1 + 0) / 4 = 2 / 4 = 0.5 == threshold 0.5
        CHECK(*result.phases[bronze].score == 0.5);
        CHECK(result.phases[bronze].achieved);
    }
    SECTION("one step below") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: started
  bronze.operate.alerts: done
  bronze.operate.backups: none
)");
        // (2 * 0.25 + 1 + 0) / 4 = 1.5 / 4 = 0.375 < 0.5
        CHECK(*result.phases[bronze].score == Approx(0.375));
        CHECK_FALSE(result.phases[bronze].achieved);
    }
    SECTION("equal up to floating-point rounding") {
        const gait::Rubric rubric = gait::load_rubric(R"(
id: r
version: "1"
title: R
scale:
  - id: full
    value: 1
  - id: most
    value: 0.7
areas:
  - id: a
    name: A
phases:
  - id: p
    name: P
    threshold: 0.7
    questions:
      - {id: p.a, area: a, text: "A?"}
      - {id: p.b, area: a, text: "B?"}
      - {id: p.c, area: a, text: "C?"}
)",
                                                      "r.yaml");
        const gait::Answers answers = gait::load_answers(R"(
rubric: r
team: t
date: 2026-01-01
answers: {p.a: most, p.b: most, p.c: most}
)",
                                                         "t.yaml", rubric);
        const gait::Result result = gait::score(rubric, answers);
        // (0.7 + 0.7 + 0.7) / 3 is 0.6999999999999998 in doubles, but means 0.7 == threshold
        CHECK(*result.phases[0].score == Approx(0.7));
        CHECK(result.phases[0].achieved);
    }
}

TEST_CASE("placement is the last of the leading achieved phases", "[scoring]") {
    SECTION("first phase not achieved: no placement, next is the first") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: none
  bronze.operate.alerts: done
  bronze.operate.backups: none
  silver.build.review: done
  silver.operate.slo: done
  gold.build.canary: done
  gold.operate.chaos: done
)");
        // bronze: (0 + 1 + 0) / 4 = 0.25 < 0.5; silver and gold score 1 and are achieved
        CHECK_FALSE(result.phases[bronze].achieved);
        CHECK(result.phases[silver].achieved);
        CHECK(result.phases[gold].achieved);
        CHECK_FALSE(result.placement.has_value());
        REQUIRE(result.next.has_value());
        CHECK(*result.next == bronze);
        CHECK(gait::phases_achieved_out_of_order(result) == std::vector<std::size_t>{1, 2});
    }
    SECTION("a later phase achieved past an unachieved one does not count") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: done
  bronze.operate.alerts: done
  bronze.operate.backups: done
  silver.build.review: done
  silver.operate.slo: half
  gold.build.canary: done
  gold.operate.chaos: done
)");
        // silver: (1 * 1 + 3 * 0.5) / 4 = 2.5 / 4 = 0.625 >= 0.6: achieved
        CHECK(*result.phases[silver].score == Approx(0.625));
        REQUIRE(result.phases[silver].achieved);
        REQUIRE(result.placement.has_value());
        CHECK(*result.placement == gold);
        CHECK(gait::phases_achieved_out_of_order(result).empty());
    }
    SECTION("bronze held, silver not, gold achieved: placement bronze, gold out of order") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: done
  bronze.operate.alerts: done
  bronze.operate.backups: done
  silver.build.review: done
  silver.operate.slo: started
  gold.build.canary: done
  gold.operate.chaos: done
)");
        // silver: (1 + 3 * 0.25) / 4 = 1.75 / 4 = 0.4375 < 0.6
        CHECK(*result.phases[silver].score == Approx(0.4375));
        CHECK_FALSE(result.phases[silver].achieved);
        CHECK(result.phases[gold].achieved);
        REQUIRE(result.placement.has_value());
        CHECK(*result.placement == bronze);
        REQUIRE(result.next.has_value());
        CHECK(*result.next == silver);
        CHECK(gait::phases_achieved_out_of_order(result) == std::vector<std::size_t>{gold});
    }
    SECTION("a phase achieved only because nothing in it applies is not out of order") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: none
  bronze.operate.alerts: done
  gold.build.canary: skip
  gold.operate.chaos: skip
)");
        // bronze: (0 + 1 + 0) / 4 = 0.25 < 0.5; gold: no score, achieved vacuously
        CHECK_FALSE(result.placement.has_value());
        CHECK(result.phases[gold].achieved);
        CHECK(gait::phases_achieved_out_of_order(result).empty());
    }
    SECTION("the last phase held: no next") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: done
  bronze.operate.alerts: done
  bronze.operate.backups: mostly
  silver.build.review: done
  silver.operate.slo: done
  gold.build.canary: done
  gold.operate.chaos: mostly
)");
        // gold: (1 + 0.75) / 2 = 0.875 < 0.9: not held yet
        CHECK(*result.phases[gold].score == Approx(0.875));
        CHECK(*result.placement == silver);
        CHECK(*result.next == gold);
    }
}

TEST_CASE("gaps: hold covers the placement and before, reach only the next phase", "[scoring]") {
    const gait::Result result = score_five_level(R"(
  silver.build.review: none
  bronze.build.ci:
    answer: mostly
    note: only on main
  bronze.operate.alerts: done
  silver.operate.slo: {answer: half, note: one SLO so far}
  gold.build.canary: none
  gold.operate.chaos: none
)");
    // bronze: (2 * 0.75 + 1 + 0) / 4 = 2.5 / 4 = 0.625 >= 0.5, alerts done: held
    // silver: (1 * 0 + 3 * 0.5) / 4 = 1.5 / 4 = 0.375 < 0.6: next
    REQUIRE(result.placement == std::optional<std::size_t>(bronze));
    REQUIRE(result.next == std::optional<std::size_t>(silver));

    // hold, by weight x shortfall: backups 1 * (1 - 0) = 1.0, ci 2 * (1 - 0.75) = 0.5
    CHECK(gap_ids(result, gait::GapKind::hold) == Ids{"bronze.operate.backups", "bronze.build.ci"});
    // reach: Build's Silver cell is review alone, 0, below the 0.5 floor, so review comes
    // first although slo's 3 * (1 - 0.5) = 1.5 is more than its 1 * (1 - 0) = 1.0
    CHECK(gap_ids(result, gait::GapKind::reach) ==
          Ids{"silver.build.review", "silver.operate.slo"});
    // hold first, then reach; nothing from gold although it has gaps
    CHECK(result.gaps.size() == 4);
    CHECK(result.gaps.front().kind == gait::GapKind::hold);
    CHECK(result.gaps.back().kind == gait::GapKind::reach);

    SECTION("an answered gap carries everything a report shows") {
        const gait::Gap& ci = find_gap(result, "bronze.build.ci");
        CHECK(ci.kind == gait::GapKind::hold);
        CHECK(ci.phase == "bronze");
        CHECK(ci.area == "build");
        CHECK(ci.text == "Does every change go through continuous integration?");
        CHECK(ci.answer == std::optional<std::string>("mostly"));
        CHECK(ci.answer_label == "Mostly");
        REQUIRE(ci.value.has_value());
        CHECK(*ci.value == Approx(0.75));
        CHECK(ci.weight == Approx(2.0));
        CHECK_FALSE(ci.essential);
        CHECK(ci.guidance == "Add a CI pipeline that builds and tests every merge request.");
        CHECK(ci.note == "only on main");

        const gait::Gap& slo = find_gap(result, "silver.operate.slo");
        CHECK(slo.kind == gait::GapKind::reach);
        CHECK(slo.note == "one SLO so far");
        CHECK(slo.answer_label == "Half way");
    }
    SECTION("an unanswered gap has no answer, label or value") {
        const gait::Gap& backups = find_gap(result, "bronze.operate.backups");
        CHECK_FALSE(backups.answer.has_value());
        CHECK(backups.answer_label.empty());
        CHECK_FALSE(backups.value.has_value());
        CHECK(backups.note.empty());
        CHECK(backups.guidance ==
              "Restore last night's backup into a scratch environment once a month.");
    }
}

TEST_CASE("gaps: essentials come first, whatever their weight x shortfall", "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: mostly
  bronze.operate.alerts: mostly
  bronze.operate.backups: none
  silver.build.review: none
)");
    // alerts essential at 0.75: bronze not achieved, so no placement; reach = bronze only
    REQUIRE_FALSE(result.placement.has_value());
    CHECK(gap_ids(result, gait::GapKind::hold).empty());
    // alerts (essential, 1 * 0.25 = 0.25) before backups (1 * 1 = 1.0) and ci (2 * 0.25 = 0.5);
    // silver.build.review is a gap of a later phase and is left out
    CHECK(gap_ids(result, gait::GapKind::reach) ==
          Ids{"bronze.operate.alerts", "bronze.operate.backups", "bronze.build.ci"});
    CHECK(find_gap(result, "bronze.operate.alerts").essential);
}

TEST_CASE("gaps: equal weight x shortfall keeps rubric order", "[scoring]") {
    SECTION("five-level, the answers in the opposite order") {
        const gait::Result result = score_five_level(R"(
  bronze.operate.backups: half
  bronze.operate.alerts: done
  bronze.build.ci: mostly
)");
        // bronze: (2 * 0.75 + 1 + 0.5) / 4 = 0.75: held.
        // ci 2 * 0.25 = 0.5 == backups 1 * 0.5 = 0.5: a tie, so rubric order
        CHECK(gap_ids(result, gait::GapKind::hold) ==
              Ids{"bronze.build.ci", "bronze.operate.backups"});
    }
    SECTION("rubric order, not alphabetical and not file order") {
        const gait::Rubric rubric = gait::load_rubric(R"(
id: r
version: "1"
title: R
scale:
  - {id: "yes", value: 1}
  - {id: partly, value: 0.5}
  - {id: "no", value: 0}
areas:
  - {id: a, name: A}
phases:
  - id: p
    name: P
    threshold: 1
    questions:
      - {id: p.zeta, area: a, text: "Z?", weight: 2}
      - {id: p.mid, area: a, text: "M?"}
      - {id: p.alpha, area: a, text: "A?"}
      - {id: p.big, area: a, text: "B?", weight: 4}
)",
                                                      "r.yaml");
        const gait::Answers answers = gait::load_answers(R"(
rubric: r
team: t
date: 2026-01-01
answers:
  p.big: partly
  p.alpha: "no"
  p.mid: partly
  p.zeta: partly
)",
                                                         "t.yaml", rubric);
        const gait::Result result = gait::score(rubric, answers);
        // big 4 * 0.5 = 2; zeta 2 * 0.5 = 1 ties alpha 1 * 1 = 1; mid 1 * 0.5 = 0.5
        CHECK(gap_ids(result, gait::GapKind::reach) == Ids{"p.big", "p.zeta", "p.alpha", "p.mid"});
    }
}

TEST_CASE("gaps: nothing to hold before the first phase, nothing when all is held", "[scoring]") {
    SECTION("placement none: reach is the first phase, later phases left out") {
        const gait::Result result = score_five_level(R"(
  bronze.build.ci: none
)");
        REQUIRE_FALSE(result.placement.has_value());
        CHECK(gap_ids(result, gait::GapKind::hold).empty());
        // alerts (essential, unanswered), then ci 2 * (1 - 0) = 2, then backups 1 * 1 = 1;
        // silver and gold, all unanswered, are left out
        CHECK(gap_ids(result, gait::GapKind::reach) ==
              Ids{"bronze.operate.alerts", "bronze.build.ci", "bronze.operate.backups"});
        CHECK(result.gaps.size() == 3);
    }
}

TEST_CASE("the area x phase matrix holds weighted means, empty where nothing is scored",
          "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: mostly
  bronze.operate.alerts: done
  bronze.operate.backups: half
  silver.build.review: started
  silver.operate.slo: half
  gold.build.canary: skip
  gold.operate.chaos: mostly
)");
    REQUIRE(result.areas.size() == 2);
    CHECK(result.areas[build].id == "build");
    CHECK(result.areas[build].name == "Build");
    CHECK(result.areas[operate].id == "operate");
    REQUIRE(result.areas[build].by_phase.size() == 3);
    REQUIRE(result.areas[operate].by_phase.size() == 3);
    // build x bronze: ci alone = 0.75
    CHECK(*result.areas[build].by_phase[bronze] == Approx(0.75));
    // operate x bronze: (1 * 1 + 1 * 0.5) / 2 = 0.75
    CHECK(*result.areas[operate].by_phase[bronze] == Approx(0.75));
    // build x silver: review = 0.25
    CHECK(*result.areas[build].by_phase[silver] == Approx(0.25));
    // operate x silver: slo = 0.5 (weight 3 alone in the cell: still 0.5)
    CHECK(*result.areas[operate].by_phase[silver] == Approx(0.5));
    // build x gold: canary n/a, nothing scored
    CHECK_FALSE(result.areas[build].by_phase[gold].has_value());
    // operate x gold: chaos = 0.75
    CHECK(*result.areas[operate].by_phase[gold] == Approx(0.75));
    // silver overall: (1 * 0.25 + 3 * 0.5) / 4 = 1.75 / 4 = 0.4375, not the mean of the cells
    CHECK(*result.phases[silver].score == Approx(0.4375));
}

TEST_CASE("an area's overall score is the weighted mean of its questions in every phase",
          "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: mostly
  bronze.operate.alerts: done
  bronze.operate.backups: half
  silver.build.review: started
  silver.operate.slo: half
  gold.build.canary: skip
  gold.operate.chaos: mostly
)");
    // build: ci 2 x 0.75 + review 1 x 0.25, canary n/a: (1.5 + 0.25) / 3 = 0.5833
    CHECK(*result.areas[build].overall == Approx(0.5833));
    // operate: alerts 1 + backups 0.5 + slo 3 x 0.5 + chaos 0.75 = 3.75, over 6 = 0.625
    CHECK(*result.areas[operate].overall == Approx(0.625));
}

TEST_CASE("an area's overall score counts unanswered questions as 0 and leaves n/a out",
          "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: done
  gold.build.canary: skip
)");
    // build: ci 2 x 1, review unanswered 1 x 0, canary n/a: 2 / 3
    CHECK(*result.areas[build].overall == Approx(0.6667));
    // operate: all four unanswered: 0, not empty
    REQUIRE(result.areas[operate].overall.has_value());
    CHECK(*result.areas[operate].overall == 0.0);
}

TEST_CASE("the result lists every question with its answer, in rubric order", "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci:
    answer: half
    note: flaky runners
    evidence: https://ci.example/runs
  gold.build.canary: skip
)");
    REQUIRE(result.questions.size() == 7);
    const gait::QuestionOutcome& ci = result.questions[0];
    CHECK(ci.question == "bronze.build.ci");
    CHECK(ci.phase == "bronze");
    CHECK(ci.area == "build");
    CHECK(ci.answer == std::optional<std::string>("half"));
    CHECK(ci.value == std::optional<double>(0.5));
    CHECK(ci.weight == 2.0);
    CHECK(ci.note == "flaky runners");
    CHECK(ci.evidence == "https://ci.example/runs");
    CHECK(result.questions[1].question == "bronze.operate.alerts");
    CHECK(result.questions[1].essential);
    CHECK_FALSE(result.questions[1].answer.has_value());
    const gait::QuestionOutcome& canary = result.questions[5];
    CHECK(canary.question == "gold.build.canary");
    CHECK(canary.answer == std::optional<std::string>("skip"));
    CHECK_FALSE(canary.value.has_value());  // not applicable
}

TEST_CASE("an area cell averages its questions; unanswered ones count 0", "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: none
  bronze.operate.alerts: done
  bronze.operate.backups: started
)");
    // operate x bronze: (1 * 1 + 1 * 0.25) / 2 = 0.625
    CHECK(*result.areas[operate].by_phase[bronze] == Approx(0.625));
    // build x bronze: ci unanswered-as-0 is still scored: 0
    REQUIRE(result.areas[build].by_phase[bronze].has_value());
    CHECK(*result.areas[build].by_phase[bronze] == Approx(0.0));
    // unanswered silver counts 0 in its cells, not empty
    REQUIRE(result.areas[build].by_phase[silver].has_value());
    CHECK(*result.areas[build].by_phase[silver] == Approx(0.0));
}

TEST_CASE("the result carries the rubric and the team", "[scoring]") {
    const gait::Rubric& rubric = five_level();
    const gait::Answers answers = gait::load_answers(R"(
rubric: platform-health
team: Payments
date: 2026-03-04
respondent: Ana
answers: {}
)",
                                                     "t.yaml", rubric);
    const gait::Result result = gait::score(rubric, answers);
    CHECK(result.rubric.id == "platform-health");
    CHECK(result.rubric.version == "2");
    CHECK(result.rubric.title == "Platform Health Check");
    CHECK(result.team == "Payments");
    CHECK(result.date == "2026-03-04");
    CHECK(result.respondent == "Ana");
    CHECK(result.unanswered.size() == 7);
}

TEST_CASE("built-in rubric: every answer yes places the team in the last phase",
          "[scoring][builtin]") {
    const gait::Rubric rubric = gait::builtin_rubric();
    std::string text = "rubric: " + rubric.id + "\nteam: t\ndate: 2026-01-01\nanswers:\n";
    for (const std::string& id : gait::question_ids(rubric))
        text += "  " + id + ": \"yes\"\n";
    const gait::Result result = gait::score(rubric, gait::load_answers(text, "t.yaml", rubric));
    REQUIRE(result.phases.size() == rubric.phases.size());
    REQUIRE(result.placement.has_value());
    CHECK(*result.placement == rubric.phases.size() - 1);
    CHECK_FALSE(result.next.has_value());
    CHECK(result.gaps.empty());
    CHECK(result.unanswered.empty());
    for (const gait::PhaseScore& phase : result.phases) {
        CHECK(phase.achieved);
        CHECK(*phase.score == Approx(1.0));
    }
}

TEST_CASE("scores are kept to four decimals", "[scoring]") {
    const gait::Result result = score_five_level(R"(
  bronze.build.ci: none
  bronze.operate.alerts: done
  bronze.operate.backups: skip
)");
    // bronze: (0 x 2 + 1 x 1) / 3 = 0.33333..., kept as 0.3333
    CHECK(*result.phases[bronze].score == 0.3333);
    // operate x bronze: alerts alone, 1.0; build x bronze: 0.0
    CHECK(*result.areas[operate].by_phase[bronze] == 1.0);
    CHECK(*result.areas[build].by_phase[bronze] == 0.0);
}

TEST_CASE("a gap's shortfall is its weight times the credit it lacks, unanswered lacking all") {
    CHECK(gait::detail::shortfall(2.0, 0.5) == 1.0);
    CHECK(gait::detail::shortfall(2.0, std::nullopt) == 2.0);
    CHECK(gait::detail::shortfall(0.5, 0.25) == 0.375);
    CHECK(gait::detail::shortfall(1.0, 1.0) == 0.0);
}
