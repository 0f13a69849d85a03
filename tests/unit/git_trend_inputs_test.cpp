#include "gait/score/git_trend_inputs.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "five_level.hpp"

namespace {

std::string answers_text(const std::string& team, const std::string& respondent,
                         const std::string& body) {
    return "rubric: platform-health\nteam: " + team + "\nrespondent: " + respondent +
           "\ndate: 2026-01-01\nanswers:\n" + body;
}

// A version of `path` committed as `commit` on day `day` of March 2026.
gait::GitVersion version(const std::string& commit, int day, const std::string& path,
                         const std::string& text) {
    const std::string date = "2026-03-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    return {commit + "000000", commit, 1000 * day, date, path, text, false, false};
}

gait::GitVersion gone(const std::string& commit, int day, const std::string& path) {
    gait::GitVersion deleted = version(commit, day, path, "");
    deleted.gone = true;
    return deleted;
}

gait::GitTrendInputs fold(std::vector<gait::GitVersion> versions) {
    return gait::git_trend_inputs(gait::test::five_level(), std::move(versions));
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("each commit is a point of the team as it stands at that commit") {
    const auto inputs = fold({
        version("c1", 1, "ops/ana.yaml", answers_text("Ops", "Ana", gait::test::silver_team)),
        version("c1", 1, "ops/ben.yaml", answers_text("Ops", "Ben", gait::test::silver_team)),
        version("c2", 2, "ops/ana.yaml", answers_text("Ops", "Ana", gait::test::bronze_team)),
        gone("c3", 3, "ops/ben.yaml"),
    });
    REQUIRE(inputs.points.size() == 3);
    CHECK(inputs.readable_commits == 2);  // a deletion is no version that reads
    CHECK(inputs.points[0].commit == "c1");
    CHECK(inputs.points[0].result.respondents == Names{"Ana", "Ben"});
    // Ana's change alone still counts Ben's file as it stood: the team, not Ana.
    CHECK(inputs.points[1].commit == "c2");
    CHECK(inputs.points[1].time == 2000);
    CHECK(inputs.points[1].result.date == "2026-03-02");
    CHECK(inputs.points[1].result.respondents == Names{"Ana", "Ben"});
    CHECK(inputs.points[1].file == "ops/ana.yaml@c2 + ops/ben.yaml@c1");
    // Ben's file deleted: Ana's file alone, one file, no merge.
    CHECK(inputs.points[2].commit == "c3");
    CHECK(inputs.points[2].file == "ops/ana.yaml@c2");
    CHECK(inputs.points[2].result.respondents.empty());
    CHECK(inputs.points[2].result.placement == std::size_t{0});  // bronze
    CHECK(inputs.skipped.empty());
    CHECK(inputs.latest_unreadable.empty());
}

TEST_CASE("a commit makes a point of each team whose files it changed") {
    const auto inputs = fold({
        version("c1", 1, "ana.yaml", answers_text("Ops", "Ana", gait::test::silver_team)),
        version("c1", 1, "web.yaml", answers_text("Web", "Wu", gait::test::silver_team)),
        // web.yaml moves to team Ops: Web has no file left, Ops has two.
        version("c2", 2, "web.yaml", answers_text("Ops", "Wu", gait::test::bronze_team)),
    });
    REQUIRE(inputs.points.size() == 3);
    CHECK(inputs.points[0].result.team == "Ops");
    CHECK(inputs.points[1].result.team == "Web");
    CHECK(inputs.points[2].result.team == "Ops");
    CHECK(inputs.points[2].result.respondents == Names{"Ana", "Wu"});
}

TEST_CASE("of one respondent's two files the one changed last counts") {
    const auto inputs = fold({
        version("c1", 1, "b.yaml", answers_text("Ops", "Ana", gait::test::silver_team)),
        version("c2", 2, "a.yaml", answers_text("Ops", "Ana", gait::test::bronze_team)),
    });
    REQUIRE(inputs.points.size() == 2);
    CHECK(inputs.points[1].file == "a.yaml@c2");
    CHECK(inputs.points[1].result.placement == std::size_t{0});
}

TEST_CASE("an unreadable version leaves its file out and is listed") {
    const std::string broken = "answers: [unclosed\n";
    const auto inputs = fold({
        version("c1", 1, "ana.yaml", answers_text("Ops", "Ana", gait::test::silver_team)),
        version("c1", 1, "ben.yaml", answers_text("Ops", "Ben", gait::test::bronze_team)),
        version("c2", 2, "ben.yaml", broken),
        version("c3", 3, "ana.yaml", answers_text("Ops", "Ana", gait::test::bronze_team)),
        version("c4", 4, "ana.yaml", broken),
    });
    // c2 and c4 read nothing: no point. At c3 Ben's latest version does not read.
    REQUIRE(inputs.points.size() == 2);
    CHECK(inputs.readable_commits == 2);
    CHECK(inputs.points[1].commit == "c3");
    CHECK(inputs.points[1].file == "ana.yaml@c3");
    // Both files' latest versions are unreadable: listed apart from older ones.
    CHECK(inputs.skipped.empty());
    REQUIRE(inputs.latest_unreadable.size() == 2);
    CHECK(inputs.latest_unreadable[0].where.file == "ana.yaml@c4");
    CHECK(inputs.latest_unreadable[1].where.file == "ben.yaml@c2");
}

TEST_CASE("an older unreadable version of a single file skips its commit") {
    const auto inputs = fold({
        version("c1", 1, "team.yaml", answers_text("Ops", "", gait::test::silver_team)),
        version("c2", 2, "team.yaml", "answers: [unclosed\n"),
        version("c3", 3, "team.yaml", answers_text("Ops", "", gait::test::bronze_team)),
    });
    REQUIRE(inputs.points.size() == 2);
    REQUIRE(inputs.skipped.size() == 1);
    CHECK(inputs.skipped[0].where.file == "team.yaml@c2");
    CHECK(inputs.skipped[0].hint == "commit c2 is left out of the trend");
    CHECK(inputs.latest_unreadable.empty());
}

TEST_CASE("earlier versions set how files stand and make no point") {
    std::vector<gait::GitVersion> versions = {
        version("c1", 1, "ben.yaml", answers_text("Ops", "Ben", gait::test::silver_team)),
        version("c2", 2, "ana.yaml", answers_text("Ops", "Ana", gait::test::silver_team)),
    };
    versions[0].earlier = true;
    const auto inputs = fold(versions);
    REQUIRE(inputs.points.size() == 1);
    CHECK(inputs.readable_commits == 1);
    CHECK(inputs.points[0].result.respondents == Names{"Ana", "Ben"});
}

TEST_CASE("an answers version for another rubric stops the trend") {
    const std::string other = "rubric: sre-maturity\nteam: Ops\nanswers: {}\n";
    CHECK_THROWS_WITH(fold({version("c1", 1, "ops.yaml", other)}),
                      Catch::Contains("answers are for rubric 'sre-maturity'"));
}
