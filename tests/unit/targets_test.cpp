// Targets (docs/scoring.md, "Targets"): read from an answers file, measured
// against the team's and each area's placement, due by the assessment's date,
// and the questions that stand between. Hand-computed on a two-phase rubric.

#include "gait/score/targets.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"

namespace {

// Crawl: threshold 0.5, floor 0.25; c.sec is essential. Walk: threshold 0.75, floor 0.5.
const std::string targets_rubric = R"(id: t
version: "1"
title: T
scale:
  - {id: "yes", value: 1}
  - {id: "no", value: 0}
  - {id: na}
areas:
  - {id: obs, name: Observability}
  - {id: sec, name: Security}
phases:
  - id: crawl
    name: Crawl
    threshold: 0.5
    area_floor: 0.25
    questions:
      - {id: c.obs, area: obs, text: CO}
      - {id: c.sec, area: sec, text: CS, essential: true}
      - {id: c.obs2, area: obs, text: CO2}
  - id: walk
    name: Walk
    threshold: 0.75
    area_floor: 0.5
    questions:
      - {id: w.obs, area: obs, text: WO}
      - {id: w.sec, area: sec, text: WS}
)";

const gait::Rubric& rubric() {
    static const gait::Rubric loaded = gait::load_rubric(targets_rubric, "t.yaml");
    return loaded;
}

std::string answers_text(const std::string& answers, const std::string& targets) {
    return "rubric: t\nteam: Payments\ndate: 2027-01-15\n" + targets + "answers:\n" + answers;
}

const std::string crawl_blocked = "  c.obs: \"yes\"\n  c.sec: \"no\"\n  c.obs2: \"yes\"\n";
const std::string all_yes =
    "  c.obs: \"yes\"\n  c.sec: \"yes\"\n  c.obs2: \"yes\"\n  w.obs: \"yes\"\n  w.sec: \"yes\"\n";

gait::Result scored(const std::string& answers, const std::string& targets) {
    return gait::score(rubric(),
                       gait::load_answers(answers_text(answers, targets), "a.yaml", rubric()));
}

std::string load_error(const std::string& targets) {
    try {
        gait::load_answers(answers_text(crawl_blocked, targets), "a.yaml", rubric());
    } catch (const gait::Error& e) {
        return e.diagnostic().message;
    }
    FAIL("load_answers accepted the targets");
    return {};
}

}  // namespace

TEST_CASE("an answers file's team and area targets are read in file order", "[targets]") {
    const gait::Answers answers =
        gait::load_answers(answers_text(crawl_blocked,
                                        "target: {phase: walk, by: 2027-06-30}\n"
                                        "targets:\n  obs: walk\n  sec: {phase: crawl, by: "
                                        "2027-02-01}\n"),
                           "a.yaml", rubric());
    REQUIRE(answers.targets.size() == 3);
    CHECK(answers.targets[0].area.empty());
    CHECK(answers.targets[0].phase == "walk");
    CHECK(answers.targets[0].by == "2027-06-30");
    CHECK(answers.targets[0].where.line == 4);
    CHECK(answers.targets[1].area == "obs");
    CHECK(answers.targets[1].phase == "walk");
    CHECK(answers.targets[1].by.empty());
    CHECK(answers.targets[2].area == "sec");
    CHECK(answers.targets[2].by == "2027-02-01");
}

TEST_CASE("a file without targets has none", "[targets]") {
    CHECK(scored(crawl_blocked, "").targets.empty());
}

TEST_CASE("targets naming an unknown phase or area or a bad date are refused", "[targets]") {
    CHECK(load_error("target: {phase: jog}\n") == "unknown phase 'jog' in a target");
    CHECK(load_error("targets: {ops: walk}\n") == "unknown area 'ops' in 'targets'");
    CHECK(load_error("target: {phase: walk, by: 2027-02-30}\n") ==
          "date '2027-02-30' is not a date");
    CHECK(load_error("target: {phase: walk, when: 2027-02-01}\n").find("unknown key 'when'") !=
          std::string::npos);
}

TEST_CASE("a team target not met names the questions that keep each phase up to it", "[targets]") {
    // Crawl scores 2/3 >= 0.5 but its essential c.sec is short and Security is
    // below the floor: c.sec alone blocks it. Walk scores 0 < 0.75: both block.
    const gait::Result result = scored(crawl_blocked, "target: {phase: walk}\n");
    REQUIRE(result.targets.size() == 1);
    const gait::TargetOutcome& target = result.targets[0];
    CHECK_FALSE(target.met);
    CHECK(target.gaps == std::vector<std::string>{"c.sec", "w.obs", "w.sec"});
    CHECK_FALSE(gait::target_placement(result, target));
}

TEST_CASE("a team target at a phase held is met with no gaps", "[targets]") {
    const gait::Result result = scored(all_yes, "target: {phase: walk}\n");
    CHECK(result.targets[0].met);
    CHECK(result.targets[0].gaps.empty());
    CHECK(gait::target_placement(result, result.targets[0]) == std::size_t{1});
}

TEST_CASE("an area target is measured against the area's placement and its questions",
          "[targets]") {
    // Observability holds Crawl (1.00, no essential); its Walk cell is 0 < 0.5.
    // Security's Crawl cell is 0 < 0.25 and c.sec is essential.
    const gait::Result result = scored(crawl_blocked, "targets:\n  obs: walk\n  sec: crawl\n");
    REQUIRE(result.targets.size() == 2);
    CHECK_FALSE(result.targets[0].met);
    CHECK(result.targets[0].gaps == std::vector<std::string>{"w.obs"});
    CHECK(gait::target_placement(result, result.targets[0]) == std::size_t{0});
    CHECK_FALSE(result.targets[1].met);
    CHECK(result.targets[1].gaps == std::vector<std::string>{"c.sec"});
}

TEST_CASE("an area target at the area's placement is met", "[targets]") {
    const gait::Result result = scored(crawl_blocked, "targets: {obs: crawl}\n");
    CHECK(result.targets[0].met);
    CHECK(result.targets[0].gaps.empty());
}

TEST_CASE("a target is due once the assessment's date is past its date", "[targets]") {
    // The assessment is dated 2027-01-15.
    const gait::Result result = scored(crawl_blocked,
                                       "target: {phase: walk, by: 2027-01-14}\n"
                                       "targets:\n  obs: {phase: walk, by: 2027-01-15}\n"
                                       "  sec: {phase: walk, by: 2027-01-16}\n");
    REQUIRE(result.targets.size() == 3);
    CHECK(result.targets[0].due);
    CHECK_FALSE(result.targets[1].due);
    CHECK_FALSE(result.targets[2].due);
    const std::vector<const gait::TargetOutcome*> missed = gait::targets_missed(result);
    REQUIRE(missed.size() == 1);
    CHECK(missed[0] == &result.targets[0]);
}

TEST_CASE("a target without a date is due and a met target is never missed", "[targets]") {
    CHECK(scored(crawl_blocked, "target: {phase: crawl}\n").targets[0].due);
    CHECK(gait::targets_missed(scored(crawl_blocked, "target: crawl\n")).size() == 1);
    CHECK(gait::targets_missed(scored(all_yes, "target: walk\n")).empty());
}
