// Per-area placement and the area floor (docs/scoring.md, rules 3 and 4):
// hand-computed cases on a small rubric, and the property that no phase is
// reached with one of its areas answered at its lowest.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"

#include "five_level.hpp"

namespace {

// Two phases, two areas. Phase one: a.x, a.y (area a, weight 1); b.x (area b,
// weight 2, essential), b.y (area b, weight 2). Phase two: a.x, b.x, b.y (all
// allow n/a). Both phases have a floor of 0.5.
const std::string floors_rubric = R"(id: floors
version: "1"
title: Floors
scale:
  - {id: "yes", value: 1}
  - {id: partly, value: 0.5}
  - {id: "no", value: 0}
  - {id: na}
areas:
  - {id: a, name: Alpha}
  - {id: b, name: Beta}
phases:
  - id: one
    name: One
    threshold: 0.6
    area_floor: 0.5
    questions:
      - {id: one.a.x, area: a, text: AX}
      - {id: one.a.y, area: a, text: AY}
      - {id: one.b.x, area: b, text: BX, weight: 2, essential: true}
      - {id: one.b.y, area: b, text: BY, weight: 2}
  - id: two
    name: Two
    threshold: 0.5
    area_floor: 0.5
    questions:
      - {id: two.a.x, area: a, text: AX, allow_na: true}
      - {id: two.b.x, area: b, text: BX, allow_na: true}
      - {id: two.b.y, area: b, text: BY, allow_na: true}
)";

constexpr std::size_t one = 0, two = 1;
constexpr std::size_t alpha = 0, beta = 1;

const gait::Rubric& floors() {
    static const gait::Rubric rubric = gait::load_rubric(floors_rubric, "floors.yaml");
    return rubric;
}

gait::Result score_floors(const std::string& body) {
    const std::string text = "rubric: floors\nteam: t\ndate: 2026-01-01\nanswers:\n" + body;
    return gait::score(floors(), gait::load_answers(text, "t.yaml", floors()));
}

using Ids = std::vector<std::string>;
using Holds = std::vector<bool>;

}  // namespace

TEST_CASE("an area below the floor blocks a phase whose score reaches its threshold",
          "[area_placement]") {
    const gait::Result result = score_floors(R"(
  one.a.x: "no"
  one.a.y: partly
  one.b.x: "yes"
  one.b.y: "yes"
  two.a.x: "yes"
  two.b.x: "yes"
  two.b.y: "yes"
)");
    // One = (0 + 0.5 + 2 x 1 + 2 x 1) / 6 = 0.75 >= 0.6, but Alpha's cell is
    // (0 + 0.5) / 2 = 0.25, below the 0.5 floor.
    CHECK(*result.phases[one].score == Approx(0.75));
    CHECK_FALSE(result.phases[one].achieved);
    CHECK(result.phases[one].areas_below_floor == Ids{"a"});
    CHECK(result.phases[one].essentials_missing.empty());
    CHECK(result.phases[one].area_floor == 0.5);
    CHECK_FALSE(result.placement);
    // Two is achieved on its own, but One is not held.
    CHECK(result.phases[two].achieved);
    // Alpha holds Two but not One: its unbroken run is empty. Beta holds both.
    CHECK(result.areas[alpha].holds == Holds{false, true});
    CHECK_FALSE(result.areas[alpha].placement);
    CHECK(result.areas[beta].holds == Holds{true, true});
    CHECK(result.areas[beta].placement == std::optional<std::size_t>(two));
}

TEST_CASE("a cell exactly at the floor holds the phase", "[area_placement]") {
    const gait::Result result = score_floors(R"(
  one.a.x: "yes"
  one.a.y: "no"
  one.b.x: "yes"
  one.b.y: "yes"
)");
    // Alpha, One = (1 + 0) / 2 = 0.5, the floor; One = (1 + 0 + 2 + 2) / 6 = 0.8333.
    CHECK(result.areas[alpha].by_phase[one] == Approx(0.5));
    CHECK(result.phases[one].achieved);
    CHECK(result.placement == std::optional<std::size_t>(one));
    // Two is unanswered: every cell 0, both areas below the floor.
    CHECK(result.phases[two].areas_below_floor == Ids{"a", "b"});
    CHECK(result.areas[alpha].placement == std::optional<std::size_t>(one));
}

TEST_CASE("an essential short of full credit keeps its area from holding, above the floor",
          "[area_placement]") {
    const gait::Result result = score_floors(R"(
  one.a.x: "yes"
  one.a.y: "yes"
  one.b.x: partly
  one.b.y: "yes"
  two.a.x: "yes"
  two.b.x: "yes"
  two.b.y: "yes"
)");
    // Beta, One = (2 x 0.5 + 2 x 1) / 4 = 0.75, above the floor, but b.x is
    // essential and partly: One is blocked by the essential, not by the floor.
    CHECK(result.areas[beta].by_phase[one] == Approx(0.75));
    CHECK(result.phases[one].areas_below_floor.empty());
    CHECK(result.phases[one].essentials_missing == Ids{"one.b.x"});
    CHECK_FALSE(result.areas[beta].holds[one]);
    CHECK_FALSE(result.areas[beta].placement);
    CHECK(result.areas[alpha].placement == std::optional<std::size_t>(two));
}

TEST_CASE("an area with nothing scored in a phase holds it", "[area_placement]") {
    const gait::Result result = score_floors(R"(
  one.a.x: "yes"
  one.a.y: "yes"
  one.b.x: "yes"
  one.b.y: "yes"
  two.a.x: "yes"
  two.b.x: na
  two.b.y: na
)");
    CHECK_FALSE(result.areas[beta].by_phase[two]);
    CHECK(result.phases[two].areas_below_floor.empty());
    CHECK(result.areas[beta].placement == std::optional<std::size_t>(two));
    CHECK(result.placement == std::optional<std::size_t>(two));
}

TEST_CASE("a gap in an area below the floor comes before a costlier one that blocks nothing",
          "[area_placement]") {
    const gait::Result result = score_floors(R"(
  one.a.x: "yes"
  one.a.y: "yes"
  one.b.x: "yes"
  one.b.y: "yes"
  two.a.x: "no"
  two.b.x: partly
  two.b.y: "yes"
)");
    // Two = (0 + 0.5 + 1) / 3 = 0.5, its threshold; Alpha's cell 0 is below the
    // floor. Gaps to reach Two: a.x costs 1 x 1 = 1, b.x 1 x 0.5 = 0.5, and
    // a.x comes first because Alpha blocks the phase.
    CHECK(result.placement == std::optional<std::size_t>(one));
    CHECK(result.phases[two].areas_below_floor == Ids{"a"});
    Ids reach;
    for (const gait::Gap& gap : result.gaps) {
        if (gap.kind == gait::GapKind::reach) reach.push_back(gap.question);
    }
    CHECK(reach == Ids{"two.a.x", "two.b.x"});
}

namespace {

// Every question answered with the scale's highest value, except the questions of
// `area` in phase `p`, answered with the lowest one.
gait::Answers all_full_but(const gait::Rubric& rubric, std::size_t p, const std::string& area) {
    const gait::ScaleChoice* highest = nullptr;
    const gait::ScaleChoice* lowest = nullptr;
    for (const gait::ScaleChoice& choice : rubric.scale) {
        if (!choice.value) continue;
        if (!highest || *choice.value > *highest->value) highest = &choice;
        if (!lowest || *choice.value < *lowest->value) lowest = &choice;
    }
    gait::Answers answers;
    answers.rubric_id = rubric.id;
    answers.team = "t";
    answers.date = "2026-01-01";
    for (std::size_t q = 0; q < rubric.phases.size(); ++q) {
        for (const gait::Question& question : rubric.phases[q].questions) {
            const bool low = q == p && question.area == area;
            answers.answers.push_back({question.id, (low ? lowest : highest)->id, {}, {}, {}});
        }
    }
    return answers;
}

// For every phase P and area A with questions in P: everything in full but A's
// questions of P at the lowest choice is not placed at P or later.
void check_no_phase_without_an_area(const gait::Rubric& rubric) {
    const gait::Result full = gait::score(rubric, all_full_but(rubric, rubric.phases.size(), ""));
    REQUIRE(full.placement == std::optional<std::size_t>(rubric.phases.size() - 1));
    std::size_t cases = 0;
    for (std::size_t p = 0; p < rubric.phases.size(); ++p) {
        for (const gait::Area& area : rubric.areas) {
            const auto& questions = rubric.phases[p].questions;
            const bool has_questions =
                std::any_of(questions.begin(), questions.end(),
                            [&](const gait::Question& q) { return q.area == area.id; });
            if (!has_questions) continue;
            INFO(rubric.id << ": " << area.id << " at its lowest in " << rubric.phases[p].id);
            const gait::Result result = gait::score(rubric, all_full_but(rubric, p, area.id));
            CHECK((!result.placement || *result.placement < p));
            ++cases;
        }
    }
    CHECK(cases > 0);
}

}  // namespace

TEST_CASE("no phase is reached with one of its areas at its lowest: the built-in rubrics",
          "[area_placement]") {
    for (const gait::BundledRubric& bundled : gait::bundled_rubrics()) {
        check_no_phase_without_an_area(gait::load_bundled_rubric(bundled));
    }
}

TEST_CASE("no phase is reached with one of its areas at its lowest: the five-level rubric",
          "[area_placement]") {
    check_no_phase_without_an_area(gait::test::five_level());
}

TEST_CASE("without an area floor a strong area hides a missing one", "[area_placement]") {
    // The same rubric with the floors taken out: the weighted mean alone decides.
    std::string text = floors_rubric;
    for (std::size_t at; (at = text.find("    area_floor: 0.5\n")) != std::string::npos;)
        text.erase(at, std::string("    area_floor: 0.5\n").size());
    const gait::Rubric rubric = gait::load_rubric(text, "no-floors.yaml");
    const gait::Result result = gait::score(rubric, all_full_but(rubric, one, "a"));
    // One = (0 + 0 + 2 + 2) / 6 = 0.6667 >= 0.6: achieved with Alpha at 0.
    CHECK(result.phases[one].achieved);
    CHECK(result.placement == std::optional<std::size_t>(two));
}
