#include "gait/score/aggregate.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/format/aggregate_json.hpp"

#include "five_level.hpp"

namespace {

using gait::test::score_five_level;
using Ids = std::vector<std::string>;

const char* const alpha_q1 = gait::test::bronze_team;
const char* const beta = gait::test::silver_team;

// Nothing answered: no placement. Gaps: reach alerts (essential) 1.0, ci 2.0, backups 1.0.
const char* const alpha_q2 = "  bronze.build.ci: none\n";

// Bronze scores 0.75 but the essential alerts is missing: no placement. Gap: reach alerts.
const char* const gamma_answers = R"(
  bronze.build.ci: done
  bronze.operate.alerts: none
  bronze.operate.backups: done
)";

void add(gait::Aggregate& aggregate, const char* answers, const std::string& team,
         const std::string& date, const std::string& file) {
    gait::add_team(aggregate, gait::summarize(score_five_level(answers, team, date), file));
}

// alpha twice (an older and a newer file), beta and gamma.
gait::Aggregate four_files(bool keep_all) {
    gait::Aggregate aggregate;
    add(aggregate, alpha_q1, "alpha", "2026-01-01", "a/alpha-q1.yaml");
    add(aggregate, beta, "beta", "2026-02-01", "b/beta.yaml");
    add(aggregate, alpha_q2, "alpha", "2026-03-01", "a/alpha-q2.yaml");
    add(aggregate, gamma_answers, "gamma", "2026-01-15", "c/gamma.yaml");
    gait::finish_aggregate(aggregate, keep_all);
    return aggregate;
}

Ids team_files(const std::vector<gait::TeamRow>& rows) {
    Ids files;
    for (const gait::TeamRow& row : rows)
        files.push_back(row.file);
    return files;
}

Ids shared_ids(const gait::Aggregate& aggregate) {
    Ids ids;
    for (const gait::SharedGap& gap : aggregate.shared_gaps)
        ids.push_back(aggregate.questions[gap.question].id);
    return ids;
}

const gait::SharedGap& shared(gait::Aggregate&& aggregate, const std::string& id) = delete;
const gait::SharedGap& shared(const gait::Aggregate& aggregate, const std::string& id) {
    for (const gait::SharedGap& gap : aggregate.shared_gaps) {
        if (aggregate.questions[gap.question].id == id) return gap;
    }
    FAIL("no shared gap " << id);
    throw;  // unreachable
}

}  // namespace

TEST_CASE("aggregate counts a team once, from its latest file", "[aggregate]") {
    const gait::Aggregate aggregate = four_files(false);
    CHECK(team_files(aggregate.teams) == Ids{"b/beta.yaml", "a/alpha-q2.yaml", "c/gamma.yaml"});
    REQUIRE(aggregate.superseded.size() == 1);
    CHECK(aggregate.superseded[0].file == "a/alpha-q1.yaml");
    CHECK(aggregate.superseded[0].superseded_by == "a/alpha-q2.yaml");
    CHECK(aggregate.rubric_id == "platform-health");
}

TEST_CASE("aggregate counts the teams in each phase", "[aggregate]") {
    const gait::Aggregate latest = four_files(false);
    REQUIRE(latest.phases.size() == 3);
    CHECK(latest.phases[0].name == "Bronze");
    // beta silver; alpha (newer) and gamma before bronze
    CHECK(latest.phase_counts == std::vector<std::size_t>{0, 1, 0});
    CHECK(latest.unplaced == 2);

    const gait::Aggregate all = four_files(true);
    CHECK(all.teams.size() == 4);
    CHECK(all.superseded.empty());
    CHECK(all.phase_counts == std::vector<std::size_t>{1, 1, 0});
    CHECK(all.unplaced == 2);
}

TEST_CASE("aggregate ranks shared gaps: teams blocked then teams then shortfall", "[aggregate]") {
    const gait::Aggregate latest = four_files(false);
    // alerts: essential, alpha and gamma. Then one team each: ci 2.0, backups 1.0 (bronze)
    // and chaos 1.0 (gold) tie on shortfall and go in phase order, slo 0.75, review 0.5.
    CHECK(shared_ids(latest) == Ids{"bronze.operate.alerts", "bronze.build.ci",
                                    "bronze.operate.backups", "gold.operate.chaos",
                                    "silver.operate.slo", "silver.build.review"});
    const gait::SharedGap& alerts = shared(latest, "bronze.operate.alerts");
    CHECK(alerts.teams == 2);
    CHECK(alerts.reach == 2);
    CHECK(alerts.hold == 0);
    CHECK(alerts.shortfall == Approx(2.0));
    // alpha (newer) and gamma are kept from bronze by it: both count as blocked, by index.
    CHECK(alerts.blocked == std::vector<std::uint32_t>{1, 2});
    // beta has slo and review in silver, which it holds: they block nothing.
    CHECK(shared(latest, "silver.operate.slo").blocked.empty());
    CHECK(shared(latest, "gold.operate.chaos").blocked == std::vector<std::uint32_t>{0});

    const gait::Aggregate all = four_files(true);
    // With the older alpha too: ci 1.0 (hold) + 2.0 (reach) = 3.0 and slo 2.25 + 0.75 = 3.0
    // over two teams each tie, so phase order puts ci first; backups 1.0 + 1.0 = 2.0.
    CHECK(shared_ids(all) == Ids{"bronze.operate.alerts", "bronze.build.ci", "silver.operate.slo",
                                 "bronze.operate.backups", "gold.operate.chaos",
                                 "silver.build.review"});
    const gait::SharedGap& ci = shared(all, "bronze.build.ci");
    CHECK(ci.teams == 2);
    CHECK(ci.hold == 1);
    CHECK(ci.reach == 1);
    CHECK(ci.shortfall == Approx(3.0));
    CHECK(shared(all, "silver.operate.slo").shortfall == Approx(3.0));
}

TEST_CASE("aggregate keeps each team's scores and the mean of each area", "[aggregate]") {
    const gait::Aggregate latest = four_files(false);
    const gait::TeamRow& beta_row = latest.teams[0];
    CHECK(beta_row.team == "beta");
    CHECK(beta_row.placement == std::optional<std::size_t>(1));
    CHECK(*beta_row.phase_scores[1] == Approx(0.6875));
    // build (2 + 0.5 + 1) / 4, operate (1 + 2.25 + 0) / 5
    CHECK(*beta_row.area_scores[0] == Approx(0.875));
    CHECK(*beta_row.area_scores[1] == Approx(0.65));
    CHECK(gait::count_gaps(beta_row, gait::GapKind::hold) == 2);
    CHECK(gait::count_gaps(beta_row, gait::GapKind::reach) == 1);
    // gamma: build (2 + 0 + 0) / 4 = 0.5, operate (0 + 1 + 0 + 0) / 6 = 0.1667
    // means: build (0.875 + 0 + 0.5) / 3 = 0.4583, operate (0.65 + 0 + 0.1667) / 3 = 0.2722
    CHECK(*latest.area_means[0] == Approx(0.4583));
    CHECK(*latest.area_means[1] == Approx(0.2722));
}

TEST_CASE("on the same date the later file of a team wins", "[aggregate]") {
    gait::Aggregate aggregate;
    add(aggregate, beta, "beta", "2026-02-01", "first.yaml");
    add(aggregate, gamma_answers, "beta", "2026-02-01", "second.yaml");
    add(aggregate, alpha_q1, "beta", "2025-12-31", "third.yaml");
    gait::finish_aggregate(aggregate, false);
    CHECK(team_files(aggregate.teams) == Ids{"second.yaml"});
    CHECK(team_files(aggregate.superseded) == Ids{"first.yaml", "third.yaml"});
    CHECK(aggregate.superseded[1].superseded_by == "second.yaml");
}

TEST_CASE("aggregate skips a team of another rubric, saying why", "[aggregate]") {
    gait::Aggregate aggregate;
    add(aggregate, beta, "beta", "2026-02-01", "beta.yaml");
    gait::TeamSummary other =
        gait::summarize(score_five_level(gamma_answers, "gamma"), "other.json");
    other.rubric.id = "sre-maturity";
    gait::add_team(aggregate, other);
    gait::add_skipped(aggregate, {{"bad.yaml", 3, 7}, "unknown choice 'maybe'", {}});
    gait::finish_aggregate(aggregate, false);
    CHECK(aggregate.teams.size() == 1);
    REQUIRE(aggregate.skipped.size() == 2);
    CHECK(aggregate.skipped[0].where.file == "other.json");
    CHECK(aggregate.skipped[0].message ==
          "the assessment is for rubric 'sre-maturity', not 'platform-health'");
    CHECK(aggregate.skipped[1].where.line == 3);
}

TEST_CASE("a summary keeps no phase summaries or area cells", "[aggregate]") {
    const gait::Answers answers = gait::test::five_level_answers(alpha_q1);
    for (const gait::TeamSummary& summary :
         {gait::summarize(gait::score(gait::test::five_level(), answers), "t.yaml"),
          gait::summarize(gait::test::five_level(), answers, "t.yaml")}) {
        REQUIRE(summary.phases.size() == 3);
        for (const gait::PhaseScore& phase : summary.phases)
            CHECK(phase.summary.empty());
        for (const gait::AreaScores& area : summary.areas)
            CHECK(area.by_phase.empty());
    }
}

// The aggregate reads answers files through the lean summary and reports through
// the full one; the two must agree on every number.
TEST_CASE("a summary of answers equals the summary of their full report", "[aggregate]") {
    const gait::Rubric& rubric = gait::test::five_level();
    for (const char* body : {alpha_q1, beta, alpha_q2, gamma_answers}) {
        const gait::Answers answers = gait::test::five_level_answers(body, "team", "2026-03-01");
        const gait::TeamSummary full = gait::summarize(gait::score(rubric, answers), "f.yaml");
        const gait::TeamSummary lean = gait::summarize(rubric, answers, "f.yaml");
        CHECK(lean.team == full.team);
        CHECK(lean.date == full.date);
        CHECK(lean.rubric.id == full.rubric.id);
        CHECK(lean.rubric.version == full.rubric.version);
        CHECK(lean.placement == full.placement);
        CHECK(lean.unanswered == full.unanswered);
        REQUIRE(lean.phases.size() == full.phases.size());
        for (std::size_t p = 0; p < lean.phases.size(); ++p) {
            CHECK(lean.phases[p].id == full.phases[p].id);
            CHECK(lean.phases[p].score == full.phases[p].score);
            CHECK(lean.phases[p].achieved == full.phases[p].achieved);
        }
        REQUIRE(lean.areas.size() == full.areas.size());
        for (std::size_t a = 0; a < lean.areas.size(); ++a) {
            CHECK(lean.areas[a].id == full.areas[a].id);
            CHECK(lean.areas[a].overall == full.areas[a].overall);
            CHECK(lean.areas[a].holds == full.areas[a].holds);
            CHECK(lean.areas[a].placement == full.areas[a].placement);
        }
        CHECK(full.scored_against == nullptr);
        CHECK(lean.scored_against == &rubric);
        REQUIRE(lean.gaps.size() == full.gaps.size());
        for (std::size_t g = 0; g < lean.gaps.size(); ++g) {
            CHECK(lean.gaps[g].question == full.gaps[g].question);
            CHECK(lean.gaps[g].phase == full.gaps[g].phase);
            CHECK(lean.gaps[g].area == full.gaps[g].area);
            CHECK(lean.gaps[g].shortfall == full.gaps[g].shortfall);
            CHECK(lean.gaps[g].essential == full.gaps[g].essential);
            CHECK(lean.gaps[g].kind == full.gaps[g].kind);
            CHECK(lean.gaps[g].text.empty());  // the rubric holds it
            CHECK_FALSE(full.gaps[g].text.empty());
        }
    }
}

TEST_CASE("an aggregate of answers is the same read either way", "[aggregate]") {
    const gait::Rubric& rubric = gait::test::five_level();
    gait::Aggregate from_reports;
    gait::Aggregate from_answers;
    const std::vector<std::pair<const char*, const char*>> teams = {
        {alpha_q1, "alpha"}, {beta, "beta"}, {alpha_q2, "delta"}, {gamma_answers, "gamma"}};
    for (const auto& [body, team] : teams) {
        const gait::Answers answers = gait::test::five_level_answers(body, team);
        const std::string file = std::string(team) + ".yaml";
        gait::add_team(from_reports, gait::summarize(gait::score(rubric, answers), file));
        gait::add_team(from_answers, gait::summarize(rubric, answers, file));
    }
    gait::finish_aggregate(from_reports, false);
    gait::finish_aggregate(from_answers, false);
    // ci, backups, slo (alpha); slo, review, chaos (beta); alerts, ci, backups (delta); alerts.
    REQUIRE(from_answers.shared_gaps.size() == 6);
    CHECK(from_answers.questions.front().text == from_reports.questions.front().text);
    CHECK_FALSE(from_answers.questions.front().guidance.empty());
    CHECK(gait::render_aggregate_json(from_answers) == gait::render_aggregate_json(from_reports));
}

TEST_CASE("aggregate counts where the teams place each area", "[aggregate]") {
    const gait::Aggregate aggregate = four_files(false);
    // Counted: beta, alpha (q2), gamma. Build: alpha none yet (ci none, 0 < 0.5);
    // gamma Bronze (review unanswered in Silver); beta Gold (review 0.5, canary 1).
    // Operate: alpha none yet (0); gamma none yet (0.5 reaches the floor, but the
    // essential alerts is none); beta Silver (chaos none in Gold).
    using Counts = std::vector<std::size_t>;  // none yet, Bronze, Silver, Gold
    REQUIRE(aggregate.area_placement_counts.size() == 2);
    CHECK(aggregate.area_placement_counts[0] == Counts{1, 1, 0, 1});
    CHECK(aggregate.area_placement_counts[1] == Counts{2, 0, 1, 0});
    const gait::TeamRow& beta_row = aggregate.teams[0];
    REQUIRE(beta_row.area_placements.size() == 2);
    CHECK(beta_row.area_placements[0].known);
    CHECK(beta_row.area_placements[0].phase == std::optional<std::size_t>(2));
    CHECK(beta_row.area_placements[1].phase == std::optional<std::size_t>(1));
}

TEST_CASE("a team from a report without per-area placement is not counted by area", "[aggregate]") {
    gait::Aggregate aggregate;
    gait::Result result = score_five_level(beta, "beta", "2026-02-01");
    for (gait::AreaScores& area : result.areas)
        area.holds.clear();
    gait::add_team(aggregate, gait::summarize(result, "old.json"));
    gait::finish_aggregate(aggregate, false);
    CHECK_FALSE(aggregate.teams[0].area_placements[0].known);
    CHECK(aggregate.area_placement_counts[0] == std::vector<std::size_t>{0, 0, 0, 0});
}

TEST_CASE("a team row carries the team's target from answers and from a saved report",
          "[aggregate][targets]") {
    // bronze_team is placed Bronze on 2026-01-01: Silver by 2025-12-31 is due, not met.
    const gait::Answers answers = gait::test::five_level_answers(
        "  bronze.build.ci: half\n  bronze.operate.alerts: done\n  bronze.operate.backups: none\n",
        "alpha", "2026-01-01");
    gait::Answers with_target = answers;
    with_target.targets = {{"build", "gold", "", {}}, {"", "silver", "2025-12-31", {}}};
    for (const gait::TeamSummary& summary :
         {gait::summarize(gait::score(gait::test::five_level(), with_target), "t.yaml"),
          gait::summarize(gait::test::five_level(), with_target, "t.yaml")}) {
        REQUIRE(summary.target);
        CHECK(summary.target->area.empty());
        CHECK(summary.target->phase == "silver");
        CHECK(summary.target->by == "2025-12-31");
        CHECK_FALSE(summary.target->met);
        CHECK(summary.target->due);
        CHECK(summary.target->gaps.empty());  // an aggregate keeps no gaps of it
        gait::Aggregate aggregate;
        gait::add_team(aggregate, summary);
        gait::finish_aggregate(aggregate, false);
        REQUIRE(aggregate.teams[0].target);
        CHECK(aggregate.teams[0].target->phase == "silver");
    }
    CHECK_FALSE(gait::summarize(gait::test::five_level(), answers, "t.yaml").target);
}

TEST_CASE("a gap four teams are blocked by ranks above an essential gap of one", "[aggregate]") {
    // The case issue 17 saw: four bronze teams held back from silver by slo (the
    // score 0.4375 is short of 0.6) and one team blocked by the essential alerts.
    gait::Aggregate aggregate;
    for (const char* team : {"ledger", "search", "auth", "billing"})
        add(aggregate, alpha_q1, team, "2026-01-01", std::string(team) + ".yaml");
    add(aggregate, gamma_answers, "gamma", "2026-01-01", "gamma.yaml");
    gait::finish_aggregate(aggregate, false);
    // slo blocks 4; alerts blocks 1; ci (4.0) and backups (4.0) are hold gaps of 4
    // teams that block none, in phase then id order. Essential-first put alerts first.
    CHECK(shared_ids(aggregate) == Ids{"silver.operate.slo", "bronze.operate.alerts",
                                       "bronze.build.ci", "bronze.operate.backups"});
    CHECK(shared(aggregate, "silver.operate.slo").blocked ==
          std::vector<std::uint32_t>{0, 1, 2, 3});
    CHECK(shared(aggregate, "bronze.build.ci").teams == 4);
    CHECK(shared(aggregate, "bronze.build.ci").blocked.empty());
}

TEST_CASE("each team row says what keeps it from its next phase", "[aggregate]") {
    const gait::Aggregate latest = four_files(false);
    const auto phase = [&](const std::string& id) {
        for (std::size_t p = 0; p < latest.phases.size(); ++p) {
            if (latest.phases[p].id == id) return std::optional<std::size_t>(p);
        }
        return std::optional<std::size_t>();
    };
    // beta, silver: gold's score 0.5 is short of 0.9 and operate (chaos 0) is below 0.5.
    const gait::TeamBlocker& beta_blocker = latest.teams[0].blocker;
    CHECK(beta_blocker.next == phase("gold"));
    CHECK(beta_blocker.score_short);
    CHECK(beta_blocker.threshold == Approx(0.9));
    REQUIRE(beta_blocker.areas_below_floor.size() == 1);
    CHECK(latest.areas[beta_blocker.areas_below_floor[0]].id == "operate");
    // alpha, nothing but ci none: bronze scores 0, both areas below the floor.
    const gait::TeamBlocker& alpha_blocker = latest.teams[1].blocker;
    CHECK(alpha_blocker.next == phase("bronze"));
    CHECK(alpha_blocker.score_short);
    CHECK(alpha_blocker.areas_below_floor.size() == 2);
    // gamma: bronze 0.75 of 0.5, operate (0 + 1) / 2 = 0.5 reaches the floor: only the
    // essential alerts holds it back, so it is its one blocking gap.
    const gait::TeamRow& gamma = latest.teams[2];
    CHECK(gamma.blocker.next == phase("bronze"));
    CHECK_FALSE(gamma.blocker.score_short);
    CHECK(gamma.blocker.areas_below_floor.empty());
    REQUIRE(gamma.gaps.size() == 1);
    CHECK(gamma.gaps[0].blocks);
}

TEST_CASE("a gap blocks only in the next phase and only when it holds it back", "[aggregate]") {
    gait::TeamBlocker blocker;
    blocker.next = 1;
    blocker.areas_below_floor = {3};
    // A hold gap never blocks; nor does anything once the last phase is held.
    CHECK_FALSE(gait::blocks_next(blocker, gait::GapKind::hold, true, 3));
    CHECK(gait::blocks_next(blocker, gait::GapKind::reach, true, 0));   // essential
    CHECK(gait::blocks_next(blocker, gait::GapKind::reach, false, 3));  // area below the floor
    CHECK_FALSE(gait::blocks_next(blocker, gait::GapKind::reach, false, 0));
    blocker.score_short = true;
    CHECK(gait::blocks_next(blocker, gait::GapKind::reach, false, 0));
    blocker.next.reset();
    CHECK_FALSE(gait::blocks_next(blocker, gait::GapKind::reach, true, 3));
}

TEST_CASE("a summary keeps the team's tags", "[aggregate]") {
    const std::string text =
        "rubric: platform-health\nteam: t\ndate: 2026-01-01\ntags: [org:payments, tier:1]\n"
        "answers:\n  bronze.build.ci: done\n";
    const gait::Answers answers = gait::load_answers(text, "t.yaml", gait::test::five_level());
    CHECK(gait::summarize(gait::test::five_level(), answers, "t.yaml").tags ==
          Ids{"org:payments", "tier:1"});
    CHECK(gait::summarize(gait::score(gait::test::five_level(), answers), "t.yaml").tags ==
          Ids{"org:payments", "tier:1"});
}

namespace {

void add_tagged(gait::Aggregate& aggregate, const char* answers, const std::string& team,
                const std::string& tags) {
    const std::string text = "rubric: platform-health\nteam: " + team +
                             "\ndate: 2026-01-01\ntags: [" + tags + "]\nanswers:\n" + answers;
    const gait::Rubric& rubric = gait::test::five_level();
    gait::add_team(
        aggregate,
        gait::summarize(rubric, gait::load_answers(text, team + ".yaml", rubric), team + ".yaml"));
}

}  // namespace

TEST_CASE("group_teams makes a group per tag value and one of the untagged", "[aggregate]") {
    gait::Aggregate aggregate;
    add_tagged(aggregate, alpha_q1, "ledger", "org:payments, tier:1");
    add_tagged(aggregate, beta, "search", "org:discovery");
    add_tagged(aggregate, gamma_answers, "auth", "org:payments, org:identity");
    add_tagged(aggregate, alpha_q1, "billing", "tier:2");
    gait::finish_aggregate(aggregate, false);
    gait::group_teams(aggregate, "org:");
    CHECK(aggregate.group_prefix == "org:");
    REQUIRE(aggregate.groups.size() == 4);
    // In order of value; auth counts in both identity and payments; billing has no org: tag.
    CHECK(aggregate.groups[0].value == "discovery");
    CHECK(aggregate.groups[0].teams == std::vector<std::uint32_t>{1});
    CHECK(aggregate.groups[1].value == "identity");
    CHECK(aggregate.groups[1].teams == std::vector<std::uint32_t>{2});
    CHECK(aggregate.groups[2].value == "payments");
    CHECK(aggregate.groups[2].teams == std::vector<std::uint32_t>{0, 2});
    CHECK(aggregate.groups[3].untagged);
    CHECK(aggregate.groups[3].teams == std::vector<std::uint32_t>{3});
    // payments: ledger in bronze, auth before it.
    const gait::TeamGroup& payments = aggregate.groups[2];
    CHECK(payments.phase_counts == std::vector<std::size_t>{1, 0, 0});
    CHECK(payments.unplaced == 1);
    // ledger: slo blocks (silver short), ci and backups (1.0 each) hold; auth: alerts
    // blocks. slo and alerts block one team each, so the essential alerts goes first.
    Ids ids;
    for (const gait::SharedGap& gap : payments.shared_gaps)
        ids.push_back(aggregate.questions[gap.question].id);
    CHECK(ids == Ids{"bronze.operate.alerts", "silver.operate.slo", "bronze.build.ci",
                     "bronze.operate.backups"});
    CHECK(payments.shared_gaps[0].blocked == std::vector<std::uint32_t>{2});
    CHECK(payments.shared_gaps[1].blocked == std::vector<std::uint32_t>{0});
}
