#include "gait/score/compare.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "document/compare_wording.hpp"
#include "five_level.hpp"

namespace {

using gait::test::score_five_level;
using Ids = std::vector<std::string>;

// before: gait::test::bronze_team; after: gait::test::silver_team.
const char* const before_answers = gait::test::bronze_team;
const char* const after_answers = gait::test::silver_team;

gait::Comparison compare_before_after() {
    return gait::compare(score_five_level(before_answers, "t", "2026-01-01"),
                         score_five_level(after_answers, "t", "2026-04-01"));
}

template <typename Items>
Ids question_ids(const Items& items) {
    Ids ids;
    for (const auto& item : items) {
        if constexpr (std::is_same_v<typename Items::value_type, gait::QuestionChange>) {
            ids.push_back(item.after.question);
        } else {
            ids.push_back(item.question);
        }
    }
    return ids;
}

}  // namespace

TEST_CASE("compare states the placement move in phases", "[compare]") {
    const gait::Comparison up = compare_before_after();
    CHECK(up.placement_steps == 1);
    CHECK(gait::placement_change_sentence(up) == "Moved up from Bronze to Silver.");

    const gait::Comparison down = gait::compare(up.after, up.before);
    CHECK(down.placement_steps == -1);
    CHECK(gait::placement_change_sentence(down) == "Moved down from Silver to Bronze.");

    const gait::Comparison same = gait::compare(up.after, up.after);
    CHECK(same.placement_steps == 0);
    CHECK(gait::placement_change_sentence(same) == "Stayed at Silver.");

    const gait::Result nothing = score_five_level("  bronze.build.ci: none\n");
    CHECK(gait::compare(nothing, up.before).placement_steps == 1);
    CHECK(gait::compare(nothing, up.after).placement_steps == 2);
    CHECK(gait::placement_change_sentence(gait::compare(nothing, nothing)) ==
          "Still before the first phase.");
}

TEST_CASE("compare gives each phase's and area's score on both sides", "[compare]") {
    const gait::Comparison comparison = compare_before_after();
    REQUIRE(comparison.phases.size() == 3);
    CHECK(comparison.phases[0].id == "bronze");
    CHECK(*comparison.phases[0].before == Approx(0.5));
    CHECK(*comparison.phases[0].after == Approx(1.0));
    CHECK(*comparison.phases[1].before == Approx(0.4375));
    CHECK(*comparison.phases[1].after == Approx(0.6875));
    CHECK(*comparison.phases[2].before == Approx(0.0));
    CHECK(*comparison.phases[2].after == Approx(0.5));

    REQUIRE(comparison.areas.size() == 2);
    // build before: ci 2 x 0.5 + review 1 + canary unanswered 0, over 4 = 0.5
    // build after:  ci 2 + review 0.5 + canary 1, over 4 = 0.875
    CHECK(comparison.areas[0].id == "build");
    CHECK(*comparison.areas[0].before == Approx(0.5));
    CHECK(*comparison.areas[0].after == Approx(0.875));
    // operate before: alerts 1 + backups 0 + slo 3 x 0.25 + chaos 0, over 6 = 0.2917
    // operate after:  alerts 1 + slo 3 x 0.75 + chaos 0, over 5 (backups n/a) = 0.65
    CHECK(*comparison.areas[1].before == Approx(0.2917));
    CHECK(*comparison.areas[1].after == Approx(0.65));
}

TEST_CASE("compare sorts answers into improved, regressed and changed by credit", "[compare]") {
    const gait::Comparison comparison = compare_before_after();
    // ci 0.5 -> 1, slo 0.25 -> 0.75, canary unanswered (0) -> 1
    CHECK(question_ids(comparison.improved) ==
          Ids{"bronze.build.ci", "silver.operate.slo", "gold.build.canary"});
    // review 1 -> 0.5
    CHECK(question_ids(comparison.regressed) == Ids{"silver.build.review"});
    // backups none -> n/a, chaos unanswered -> none: another answer, no credit compared
    CHECK(question_ids(comparison.changed) == Ids{"bronze.operate.backups", "gold.operate.chaos"});

    const gait::QuestionChange& ci = comparison.improved.front();
    CHECK(ci.before.answer == std::optional<std::string>("half"));
    CHECK(ci.before.note == "flaky runners");
    CHECK(ci.after.answer == std::optional<std::string>("done"));
    CHECK(ci.after.note == "runners replaced");
    CHECK_FALSE(comparison.improved[2].before.answer.has_value());
}

TEST_CASE("compare lists the gaps closed and opened", "[compare]") {
    const gait::Comparison comparison = compare_before_after();
    // before's gaps: ci, backups (hold), slo (reach); ci now done, backups now n/a,
    // slo still short
    CHECK(question_ids(comparison.gaps_closed) == Ids{"bronze.build.ci", "bronze.operate.backups"});
    // after's gaps: slo, review (hold), chaos (reach); only review had full credit
    CHECK(question_ids(comparison.gaps_opened) == Ids{"silver.build.review"});
    CHECK(comparison.gaps_opened.front().kind == gait::GapKind::hold);
    CHECK(comparison.only_before.empty());
    CHECK(comparison.only_after.empty());
}

TEST_CASE("compare matches two versions of a rubric on the questions they share", "[compare]") {
    const gait::Result before = score_five_level(before_answers);
    gait::Result after = score_five_level(after_answers);
    after.rubric.version = "2";
    // version 2 drops canary and adds flags
    std::vector<gait::QuestionOutcome>& questions = after.questions;
    questions.erase(questions.begin() + 5);
    gait::QuestionOutcome flags = questions.back();
    flags.question = "gold.build.flags";
    questions.push_back(flags);

    const gait::Comparison comparison = gait::compare(before, after);
    CHECK(question_ids(comparison.only_before) == Ids{"gold.build.canary"});
    CHECK(question_ids(comparison.only_after) == Ids{"gold.build.flags"});
    CHECK(question_ids(comparison.improved) == Ids{"bronze.build.ci", "silver.operate.slo"});
}

TEST_CASE("compare keeps a phase only one side has, with no score on the other", "[compare]") {
    const gait::Result before = score_five_level(before_answers);
    gait::Result after = score_five_level(after_answers);
    after.phases.pop_back();  // a version without gold
    after.next.reset();
    for (gait::AreaScores& area : after.areas)
        area.by_phase.pop_back();
    const gait::Comparison comparison = gait::compare(before, after);
    REQUIRE(comparison.phases.size() == 3);
    CHECK(comparison.phases[2].id == "gold");
    CHECK(comparison.phases[2].before.has_value());
    CHECK_FALSE(comparison.phases[2].after.has_value());
}

TEST_CASE("compare refuses assessments of different rubrics", "[compare]") {
    const gait::Result before = score_five_level(before_answers);
    gait::Result after = before;
    after.rubric.id = "sre-maturity";
    CHECK_THROWS_WITH(gait::compare(before, after),
                      Catch::Contains("'platform-health' and 'sre-maturity'"));
}

TEST_CASE("a score change has a sign and two decimals", "[compare]") {
    CHECK(gait::format_change(0.5, 0.75) == "+0.25");
    CHECK(gait::format_change(0.8571, 0.4286) == "-0.43");
    CHECK(gait::format_change(0.5, 0.5004) == "0.00");
    CHECK(gait::format_change(std::nullopt, 0.5) == "-");
    CHECK(gait::format_change(0.5, std::nullopt) == "-");
}

TEST_CASE("the credit of an answer", "[compare]") {
    gait::QuestionOutcome outcome;
    CHECK(gait::credit_of(outcome) == std::optional<double>(0.0));  // unanswered
    outcome.answer = "skip";
    CHECK_FALSE(gait::credit_of(outcome).has_value());  // not applicable
    outcome.answer = "half";
    outcome.value = 0.5;
    CHECK(gait::credit_of(outcome) == std::optional<double>(0.5));
}
