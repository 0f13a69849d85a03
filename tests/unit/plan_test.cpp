#include "gait/score/plan.hpp"

#include <string>

#include <catch2/catch.hpp>

namespace {

using gait::GapKind;
using gait::PlanEntry;
using gait::PlanStatus;
using gait::Result;

gait::Gap gap(const std::string& question, GapKind kind) {
    gait::Gap made;
    made.question = question;
    made.phase = question.substr(0, question.find('.'));
    made.area = "ops";
    made.text = question + "?";
    made.kind = kind;
    made.guidance = "do " + question;
    return made;
}

// A team placed at crawl: one gap to hold crawl, two to reach walk.
Result team(const std::string& name, const std::string& date) {
    Result result;
    result.team = name;
    result.date = date;
    result.phases = {{"crawl", "Crawl"}, {"walk", "Walk"}};
    result.placement = 0;
    result.next = 1;
    result.gaps = {gap("crawl.a", GapKind::hold), gap("walk.b", GapKind::reach),
                   gap("walk.c", GapKind::reach)};
    for (const gait::Gap& g : result.gaps)
        result.questions.push_back(g);
    gait::QuestionOutcome closed;
    closed.question = "crawl.z";
    closed.text = "crawl.z?";
    closed.phase = "crawl";
    result.questions.push_back(closed);
    return result;
}

PlanEntry entry(const std::string& id, PlanStatus status, const std::string& closed = {}) {
    PlanEntry made;
    made.id = id;
    made.status = status;
    made.closed = closed;
    return made;
}

}  // namespace

TEST_CASE("make_plan makes an item a gap with a TEAM/QUESTION id in the report's order", "[plan]") {
    const gait::Plan plan = gait::make_plan({team("alpha", "2026-03-01")}, {});
    REQUIRE(plan.teams.size() == 1);
    const auto& items = plan.teams[0].items;
    REQUIRE(items.size() == 3);
    CHECK(items[0].id == "alpha/crawl.a");
    CHECK(items[1].id == "alpha/walk.b");
    CHECK(items[2].id == "alpha/walk.c");
    CHECK(items[0].kind == GapKind::hold);
    CHECK(items[1].guidance == "do walk.b");
    CHECK(items[0].entry.status == PlanStatus::todo);
    REQUIRE(plan.changes.added.size() == 3);
    CHECK(plan.changes.added[0].title == "crawl.a?");
}

TEST_CASE("make_plan keeps what people wrote and adds only new gaps", "[plan]") {
    PlanEntry owned = entry("alpha/walk.b", PlanStatus::doing);
    owned.owner = "alice";
    owned.due = "2026-06-30";
    const gait::Plan plan = gait::make_plan({team("alpha", "2026-03-01")}, {owned});
    CHECK(plan.teams[0].items[1].entry.owner == "alice");
    CHECK(plan.teams[0].items[1].entry.status == PlanStatus::doing);
    REQUIRE(plan.changes.added.size() == 2);
    CHECK(plan.changes.added[0].id == "alpha/crawl.a");
    CHECK(plan.changes.added[1].id == "alpha/walk.c");
    CHECK(plan.changes.closed.empty());
}

TEST_CASE("make_plan marks an item whose gap closed done on the assessment's date", "[plan]") {
    const gait::Plan plan =
        gait::make_plan({team("alpha", "2026-03-01")}, {entry("alpha/crawl.z", PlanStatus::doing)});
    const gait::PlanItem& closed = plan.teams[0].items.back();
    CHECK(closed.id == "alpha/crawl.z");
    CHECK_FALSE(gait::is_open(closed));
    CHECK(closed.entry.status == PlanStatus::done);
    CHECK(closed.entry.closed == "2026-03-01");
    CHECK(closed.question.text == "crawl.z?");
    REQUIRE(plan.changes.closed.size() == 1);
    CHECK(plan.changes.closed[0].date == "2026-03-01");
}

TEST_CASE("make_plan reopens what gait closed but not what people settled", "[plan]") {
    const gait::Plan plan = gait::make_plan(
        {team("alpha", "2026-03-01")},
        {entry("alpha/crawl.a", PlanStatus::done, "2026-01-01"),
         entry("alpha/walk.b", PlanStatus::done), entry("alpha/crawl.z", PlanStatus::wontdo)});
    const auto& items = plan.teams[0].items;
    CHECK(items[0].entry.status == PlanStatus::todo);
    CHECK(items[0].entry.closed.empty());
    CHECK(items[1].entry.status == PlanStatus::done);  // a person said so
    CHECK(items[3].entry.status == PlanStatus::wontdo);
    REQUIRE(plan.changes.reopened.size() == 1);
    CHECK(plan.changes.reopened[0] == "alpha/crawl.a");
    CHECK(plan.changes.closed.empty());
}

TEST_CASE("make_plan leaves other teams' items alone and counts a team's latest assessment",
          "[plan]") {
    Result older = team("alpha", "2026-01-01");
    older.gaps.push_back(gap("walk.old", GapKind::reach));
    const gait::Plan plan =
        gait::make_plan({older, team("beta", "2026-02-01"), team("alpha", "2026-03-01")},
                        {entry("gamma/crawl.a", PlanStatus::todo)});
    REQUIRE(plan.teams.size() == 2);
    CHECK(plan.teams[0].result.team == "alpha");
    CHECK(plan.teams[0].result.date == "2026-03-01");
    CHECK(plan.teams[0].items.size() == 3);
    CHECK(plan.teams[1].items[0].id == "beta/crawl.a");
    CHECK(plan.changes.closed.empty());
}

TEST_CASE("make_plan adds the rubric's help to the items of its teams", "[plan]") {
    gait::Rubric rubric;
    rubric.id = "ops";
    gait::Phase walk{"walk", "Walk"};
    gait::Question question;
    question.id = "walk.b";
    question.help = "why b matters";
    walk.questions.push_back(question);
    rubric.phases.push_back(walk);
    Result ours = team("alpha", "2026-03-01");
    ours.rubric.id = "ops";
    Result theirs = team("beta", "2026-03-01");
    theirs.rubric.id = "other";
    const gait::Plan plan = gait::make_plan({ours, theirs}, {}, &rubric);
    CHECK(plan.teams[0].items[1].help == "why b matters");
    CHECK(plan.teams[0].items[0].help.empty());
    CHECK(plan.teams[1].items[1].help.empty());  // assessed against another rubric
}

TEST_CASE("make_plan refuses a team's assessment older than the one the file was merged with",
          "[plan]") {
    const std::vector<gait::PlanAssessed> assessed = {
        {"alpha", "2026-03-01", {"plan.yaml", 3, 12}}};
    CHECK_THROWS_WITH(
        gait::make_plan({team("alpha", "2026-02-01")}, {}, nullptr, assessed),
        "plan.yaml:3:12: 'alpha' was last planned with its assessment of 2026-03-01; the one "
        "given now is of 2026-02-01, older, and would roll its items back; give the team's "
        "answers of 2026-03-01 or later");
    // The same date is a rerun: nothing to record.
    CHECK(gait::make_plan({team("alpha", "2026-03-01")}, {}, nullptr, assessed)
              .changes.assessed.empty());
    // A later one, and a team the file has no date for, are recorded.
    const gait::Plan later = gait::make_plan(
        {team("alpha", "2026-04-01"), team("beta", "2026-01-01")}, {}, nullptr, assessed);
    REQUIRE(later.changes.assessed.size() == 2);
    CHECK(later.changes.assessed[0].team == "alpha");
    CHECK(later.changes.assessed[0].date == "2026-04-01");
    CHECK(later.changes.assessed[1].team == "beta");
    CHECK(later.changes.any());
}

TEST_CASE("make_plan takes a file without dates as merged with its latest closed date", "[plan]") {
    // A plan file of an earlier gait: no `assessed:`, but gait closed an item on 2026-03-01.
    PlanEntry closed = entry("alpha/crawl.z", PlanStatus::done, "2026-03-01");
    closed.id_at = {"plan.yaml", 7, 3};
    CHECK_THROWS_WITH(gait::make_plan({team("alpha", "2026-02-01")}, {closed}),
                      Catch::StartsWith("plan.yaml:7:3: 'alpha' was last planned with its "
                                        "assessment of 2026-03-01; the one given now is of "
                                        "2026-02-01"));
    const gait::Plan rerun = gait::make_plan({team("alpha", "2026-03-01")}, {closed});
    REQUIRE(rerun.changes.assessed.size() == 1);  // the date is recorded now
    CHECK(rerun.changes.assessed[0].date == "2026-03-01");
}
