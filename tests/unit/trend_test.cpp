#include "gait/score/trend.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "five_level.hpp"

namespace {

using gait::test::score_five_level;

// Before the first phase: the essential alerts unanswered.
const char* const unplaced_team = "  bronze.build.ci: half\n";

// Silver with Build no longer holding Gold: the canary gone. Bronze 1 (backups
// n/a), silver (0.5 + 3 x 0.75) / 4 = 0.6875, gold 0; areas Build and Operate both at Silver.
const char* const silver_without_canary = R"(
  bronze.build.ci: done
  bronze.operate.alerts: done
  bronze.operate.backups: skip
  silver.build.review: half
  silver.operate.slo: mostly
  gold.build.canary: none
  gold.operate.chaos: none
)";

gait::TrendInput input(const std::string& file, const char* body, const std::string& team,
                       const std::string& date, std::int64_t time = 0) {
    return {file, time == 0 ? "" : file, time, score_five_level(body, team, date)};
}

std::vector<std::string> files_of(const gait::TeamTrend& team) {
    std::vector<std::string> files;
    for (const gait::TrendPoint& point : team.points)
        files.push_back(point.file);
    return files;
}

std::vector<std::string> ids_of(const std::vector<gait::TrendQuestion>& questions) {
    std::vector<std::string> ids;
    for (const gait::TrendQuestion& question : questions)
        ids.push_back(question.question);
    return ids;
}

}  // namespace

TEST_CASE("a trend orders each team's points by date and the teams by name", "[trend]") {
    const std::vector<gait::TrendInput> inputs = {
        input("c.yaml", gait::test::silver_team, "beta", "2026-06-01"),
        input("a.yaml", gait::test::bronze_team, "beta", "2026-01-01"),
        input("z.yaml", unplaced_team, "alpha", "2026-02-01"),
        input("b.yaml", unplaced_team, "beta", "2025-12-01"),
    };
    const gait::Trend trend = gait::build_trend(inputs);
    REQUIRE(trend.teams.size() == 2);
    CHECK(trend.teams[0].team == "alpha");
    CHECK(files_of(trend.teams[0]) == std::vector<std::string>{"z.yaml"});
    CHECK(trend.teams[1].team == "beta");
    CHECK(files_of(trend.teams[1]) == std::vector<std::string>{"b.yaml", "a.yaml", "c.yaml"});
    CHECK(trend.rubric_id == "platform-health");
    REQUIRE(trend.phases.size() == 3);
    CHECK(trend.phases[1].name == "Silver");
    const gait::TeamTrend& beta = trend.teams[1];
    CHECK_FALSE(beta.points[0].placement);
    CHECK(beta.points[1].placement == std::optional<std::size_t>(0));
    CHECK(beta.points[2].placement == std::optional<std::size_t>(1));
    // Hand-computed in five_level.hpp: bronze 0.5 then 1; silver 0.4375 then 0.6875.
    CHECK(beta.points[1].phase_scores[0] == Approx(0.5));
    CHECK(beta.points[2].phase_scores[1] == Approx(0.6875));
    // Build at c.yaml: bronze ci 1 (w2), silver review 0.5, gold canary 1: (2 + 0.5 + 1) / 4.
    CHECK(beta.points[2].area_scores[0] == Approx(0.875));
    CHECK(beta.points[2].area_placements[0].known);
    CHECK(beta.points[2].area_placements[0].phase == std::optional<std::size_t>(2));
    CHECK(beta.points[2].area_placements[1].phase == std::optional<std::size_t>(1));
}

TEST_CASE("of one team's files with the same date the later one counts", "[trend]") {
    const std::vector<gait::TrendInput> inputs = {
        input("first.yaml", gait::test::bronze_team, "beta", "2026-01-01"),
        input("other.yaml", unplaced_team, "beta", "2025-01-01"),
        input("second.yaml", gait::test::silver_team, "beta", "2026-01-01"),
        input("third.yaml", gait::test::silver_team, "beta", "2026-01-01"),
    };
    const std::vector<gait::PointGroup> groups = gait::group_points(inputs);
    REQUIRE(groups.size() == 1);
    REQUIRE(groups[0].points.size() == 2);
    CHECK(groups[0].points[0]->file == "other.yaml");
    CHECK(groups[0].points[1]->file == "third.yaml");
    REQUIRE(groups[0].superseded.size() == 2);
    CHECK(groups[0].superseded[0].file == "first.yaml");
    CHECK(groups[0].superseded[0].superseded_by == "third.yaml");
    CHECK(groups[0].superseded[1].file == "second.yaml");
    CHECK(groups[0].superseded[1].date == "2026-01-01");
}

TEST_CASE("commits of one day are points of their own in the order of their times", "[trend]") {
    const std::vector<gait::TrendInput> inputs = {
        input("late", gait::test::silver_team, "beta", "2026-01-01", 2000),
        input("early", gait::test::bronze_team, "beta", "2026-01-01", 1000),
    };
    const gait::Trend trend = gait::build_trend(inputs);
    REQUIRE(trend.teams.size() == 1);
    CHECK(files_of(trend.teams[0]) == std::vector<std::string>{"early", "late"});
    CHECK(trend.teams[0].superseded.empty());
    CHECK(trend.teams[0].points[1].commit == "late");
}

TEST_CASE("a trend lists what improved and regressed since the point before", "[trend]") {
    const gait::Trend trend =
        gait::build_trend({input("a", gait::test::bronze_team, "t", "2026-01-01"),
                           input("b", gait::test::silver_team, "t", "2026-02-01")});
    const gait::TrendPoint& first = trend.teams[0].points[0];
    const gait::TrendPoint& second = trend.teams[0].points[1];
    CHECK(first.improved.empty());
    CHECK(first.regressed.empty());
    // ci half -> done, slo started -> mostly, canary and chaos unanswered -> done and none
    // (chaos: 0 -> 0, no move); review done -> half regressed; backups none -> n/a: no credit to
    // compare.
    CHECK(ids_of(second.improved) ==
          std::vector<std::string>{"bronze.build.ci", "silver.operate.slo", "gold.build.canary"});
    CHECK(ids_of(second.regressed) == std::vector<std::string>{"silver.build.review"});
    CHECK(second.regressed[0].before == "Done");
    CHECK(second.regressed[0].after == "Half way");
    CHECK(second.improved[2].before == "unanswered");
}

TEST_CASE("placement drops: the team's, an area's, none, and a single point", "[trend]") {
    SECTION("the team falls from Silver to Bronze") {
        const gait::Trend trend =
            gait::build_trend({input("a", gait::test::silver_team, "t", "2026-01-01"),
                               input("b", gait::test::bronze_team, "t", "2026-02-01")});
        const auto drops = gait::latest_drops(trend);
        REQUIRE_FALSE(drops.empty());
        CHECK(drops[0].first == "t");
        CHECK(drops[0].second.area.empty());
        CHECK(drops[0].second.from == "Silver");
        CHECK(drops[0].second.to == "Bronze");
        // Build held Gold (canary done) and now Bronze (review done, canary unanswered: gold 0).
        bool build_fell = false;
        for (const auto& [team, drop] : drops)
            build_fell = build_fell || (drop.area == "build" && drop.from == "Gold");
        CHECK(build_fell);
    }
    SECTION("an area falls while the team stays") {
        const gait::Trend trend =
            gait::build_trend({input("a", gait::test::silver_team, "t", "2026-01-01"),
                               input("b", silver_without_canary, "t", "2026-02-01")});
        const auto drops = gait::latest_drops(trend);
        REQUIRE(drops.size() == 1);
        CHECK(drops[0].second.area == "build");
        CHECK(drops[0].second.name == "Build");
        CHECK(drops[0].second.from == "Gold");
        CHECK(drops[0].second.to == "Silver");
    }
    SECTION("rising drops nothing") {
        const gait::Trend trend =
            gait::build_trend({input("a", gait::test::bronze_team, "t", "2026-01-01"),
                               input("b", gait::test::silver_team, "t", "2026-02-01")});
        CHECK(gait::latest_drops(trend).empty());
    }
    SECTION("one point has nothing to fall from") {
        const gait::Trend trend =
            gait::build_trend({input("a", gait::test::silver_team, "t", "2026-01-01")});
        CHECK(gait::latest_drops(trend).empty());
    }
    SECTION("only the latest step counts") {
        const gait::Trend trend =
            gait::build_trend({input("a", gait::test::silver_team, "t", "2026-01-01"),
                               input("b", gait::test::bronze_team, "t", "2026-02-01"),
                               input("c", gait::test::silver_team, "t", "2026-03-01")});
        CHECK_FALSE(trend.teams[0].points[1].drops.empty());
        CHECK(gait::latest_drops(trend).empty());
    }
}

TEST_CASE("a team holds its placement from the first point of its latest run", "[trend]") {
    const gait::Trend trend =
        gait::build_trend({input("a", gait::test::bronze_team, "t", "2026-01-01"),
                           input("b", gait::test::silver_team, "t", "2026-02-01"),
                           input("c", silver_without_canary, "t", "2026-03-15")});
    const gait::Held& held = trend.teams[0].held;
    CHECK(held.since == "2026-02-01");
    CHECK(held.assessments == 2);
    CHECK(held.days == 42);  // 27 days left of February, 15 of March

    const gait::Trend single =
        gait::build_trend({input("a", gait::test::bronze_team, "t", "2026-01-01")});
    CHECK(single.teams[0].held.since == "2026-01-01");
    CHECK(single.teams[0].held.assessments == 1);
    CHECK(single.teams[0].held.days == 0);
}

TEST_CASE("days_between counts calendar days across months leap years and bad dates", "[trend]") {
    CHECK(gait::days_between("2026-01-01", "2026-01-01") == 0);
    CHECK(gait::days_between("2026-01-31", "2026-03-01") == 29);
    CHECK(gait::days_between("2024-02-28", "2024-03-01") == 2);
    CHECK(gait::days_between("2025-12-31", "2026-01-01") == 1);
    CHECK(gait::days_between("2026-03-01", "2026-01-31") == -29);
    CHECK(gait::days_between("", "2026-01-01") == 0);
    CHECK(gait::days_between("2026-1-1", "2026-01-01") == 0);
}

TEST_CASE("a trend across rubric versions compares the questions both share", "[trend]") {
    // Version 1 asked `old.only`; version 2 renamed nothing else and asks `new.only`.
    gait::Result older = score_five_level(gait::test::bronze_team, "t", "2026-01-01");
    gait::Result newer = score_five_level(gait::test::silver_team, "t", "2026-02-01");
    older.rubric.version = "1";
    older.questions.back().question = "old.only";
    older.questions.back().value = 1.0;
    older.questions.back().answer = "done";
    newer.questions.back().question = "new.only";
    const gait::Trend trend =
        gait::build_trend({{"old.json", {}, 0, older}, {"new.yaml", {}, 0, newer}});
    const gait::TeamTrend& team = trend.teams[0];
    REQUIRE(team.points.size() == 2);
    CHECK(team.points[0].rubric_version == "1");
    CHECK(team.points[1].rubric_version == "2");
    // The renamed question neither improved nor regressed: it is on one side only.
    for (const auto* list : {&team.points[1].improved, &team.points[1].regressed}) {
        for (const gait::TrendQuestion& question : *list) {
            CHECK(question.question != "old.only");
            CHECK(question.question != "new.only");
        }
    }
    CHECK(ids_of(team.points[1].regressed) == std::vector<std::string>{"silver.build.review"});
}

TEST_CASE("a trend refuses assessments against different rubrics", "[trend]") {
    gait::Result other = score_five_level(gait::test::bronze_team, "t", "2026-01-01");
    other.rubric.id = "another";
    const std::vector<gait::TrendInput> inputs = {
        input("a.yaml", gait::test::bronze_team, "t", "2026-01-01"), {"b.json", {}, 0, other}};
    REQUIRE_THROWS_AS(gait::build_trend(inputs), gait::Error);
    try {
        gait::build_trend(inputs);
    } catch (const gait::Error& e) {
        CHECK(e.diagnostic().where.file == "b.json");
    }
}

TEST_CASE("keep_what_a_trend_needs drops notes and gaps and keeps texts once", "[trend]") {
    gait::Result result = score_five_level(gait::test::bronze_team, "t", "2026-01-01");
    REQUIRE_FALSE(result.gaps.empty());
    result.questions[0].respondents.push_back({});  // as a merged point has them
    gait::QuestionTexts texts;
    gait::keep_what_a_trend_needs(result, texts);
    CHECK(result.gaps.empty());
    CHECK(result.questions[0].respondents.empty());
    CHECK(result.questions[0].note.empty());
    CHECK(result.questions[0].text.empty());
    CHECK(texts.at("bronze.build.ci") == "Does every change go through continuous integration?");
    CHECK(result.questions[0].answer == std::optional<std::string>("half"));
    CHECK(result.placement == std::optional<std::size_t>(0));
}

TEST_CASE("a trend takes the texts of slimmed results from the shared texts", "[trend]") {
    gait::QuestionTexts texts;
    std::vector<gait::TrendInput> inputs = {input("a", gait::test::bronze_team, "t", "2026-01-01"),
                                            input("b", gait::test::silver_team, "t", "2026-02-01")};
    for (gait::TrendInput& point : inputs)
        gait::keep_what_a_trend_needs(point.result, texts);
    const gait::Trend trend = gait::build_trend(inputs, texts);
    REQUIRE_FALSE(trend.teams[0].points[1].regressed.empty());
    CHECK(trend.teams[0].points[1].regressed[0].text ==
          "Is every change reviewed by a second person?");
}
