#include "gait/document/trend_document.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/format/markdown_writer.hpp"

#include "document/trend_wording.hpp"
#include "document_checks.hpp"
#include "five_level.hpp"

using gait::test::block_of;
using gait::test::blocks_of;
using gait::test::headings_of;
using gait::test::score_five_level;

namespace {

// bronze (2026-01-01) -> silver (2026-02-01) -> bronze again (2026-03-01), team "t".
gait::Trend up_and_down() {
    return gait::build_trend(
        {{"a.yaml", {}, 0, score_five_level(gait::test::bronze_team, "t", "2026-01-01")},
         {"b.yaml", {}, 0, score_five_level(gait::test::silver_team, "t", "2026-02-01")},
         {"c.yaml", {}, 0, score_five_level(gait::test::bronze_team, "t", "2026-03-01")}});
}

}  // namespace

TEST_CASE("the trend states its sections in order, each with its count", "[trend_document]") {
    const gait::doc::Document document = gait::trend_document(up_and_down());
    CHECK(document.title == "t · Platform Health Check · trend 2026-01-01 to 2026-03-01");
    CHECK(headings_of(document) ==
          std::vector<std::string>{"Timeline: 3 assessments",
                                   "Phase scores: ", "Area scores (every phase's questions): ",
                                   "Area placements: ", "Improved since 2026-02-01: 1 question",
                                   "Regressed since 2026-02-01: 3 questions"});
    const auto& title = block_of<gait::doc::Title>(document);
    REQUIRE(title.fields.size() == 2);
    CHECK(title.fields[0].value == "t");
    CHECK(title.fields[1].value == "3, 2026-01-01 to 2026-03-01");
}

TEST_CASE("the trend's callout says the move, the run held and what fell", "[trend_document]") {
    const gait::doc::Document document = gait::trend_document(up_and_down());
    const auto& callout = block_of<gait::doc::Callout>(document);
    CHECK(callout.from == std::optional<std::string>("Silver"));
    CHECK(callout.name == "Bronze");
    CHECK(callout.tone == gait::doc::Tone::bad);
    CHECK(callout.sentences ==
          std::vector<std::string>{"Bronze at the latest assessment, 2026-03-01, only.",
                                   "Moved down from Silver to Bronze on 2026-03-01."});
    CHECK(callout.points_label == "Fell at the latest assessment:");
    CHECK(callout.points.front() == "placement fell from Silver to Bronze");
}

TEST_CASE("the trend's series carry each point's placement and scores", "[trend_document]") {
    const gait::doc::Document document = gait::trend_document(up_and_down());
    const auto series = blocks_of<gait::doc::Series>(document);
    REQUIRE(series.size() == 4);
    const gait::doc::Series& placement = *series[0];
    CHECK(placement.levels == std::vector<std::string>{"none yet", "Bronze", "Silver", "Gold"});
    CHECK(placement.table_beside);
    CHECK(placement.points == std::vector<std::string>{"2026-01-01", "2026-02-01", "2026-03-01"});
    REQUIRE(placement.lines.size() == 1);
    CHECK(placement.lines[0].values == std::vector<std::optional<double>>{1.0, 2.0, 1.0});
    const gait::doc::Series& phases = *series[1];
    REQUIRE(phases.lines.size() == 3);
    CHECK(phases.lines[1].name == "Silver");
    CHECK(phases.lines[1].values[0] == Approx(0.4375));
    CHECK(phases.lines[1].values[1] == Approx(0.6875));
    CHECK(series[2]->lines.size() == 2);
}

TEST_CASE("the trend's area placements are a step line per area over the points",
          "[trend_document]") {
    const gait::doc::Document document = gait::trend_document(up_and_down());
    const auto series = blocks_of<gait::doc::Series>(document);
    REQUIRE(series.size() == 4);
    const gait::doc::Series& areas = *series[3];
    CHECK(areas.id == "area-placement-steps");
    CHECK(areas.levels == std::vector<std::string>{"none yet", "Bronze", "Silver", "Gold"});
    CHECK_FALSE(areas.table_beside);  // Markdown writes it: the placements by date
    REQUIRE(areas.lines.size() == 2);
    CHECK(areas.lines[0].name == "Build");
    CHECK(areas.lines[1].name == "Operate");
    // Each area holds a phase whose questions of it score at least the floor, 0.5:
    // Build is Silver (review 1.0; canary unanswered), then Gold (review 0.5,
    // canary 1.0), then Silver; Operate Bronze (alerts and backups 0.5, slo 0.25),
    // then Silver (slo 0.75; chaos 0), then Bronze.
    CHECK(areas.lines[0].values == std::vector<std::optional<double>>{2.0, 3.0, 2.0});
    CHECK(areas.lines[1].values == std::vector<std::optional<double>>{1.0, 2.0, 1.0});
}

TEST_CASE("the trend's timeline names a commit only in git mode", "[trend_document]") {
    gait::Trend trend = up_and_down();
    const gait::doc::Document from_files = gait::trend_document(trend);
    const auto& files = block_of<gait::doc::Table>(from_files);
    CHECK(files.columns.size() == 5);
    for (gait::TrendPoint& point : trend.teams[0].points)
        point.commit = "abc1234";
    const gait::doc::Document document = gait::trend_document(trend);
    const auto& commits = block_of<gait::doc::Table>(document);
    REQUIRE(commits.columns.size() == 6);
    CHECK(commits.columns[1].heading == "Commit");
    CHECK(commits.rows[0][1].text == "abc1234");
    CHECK(block_of<gait::doc::Series>(document).points[0] == "2026-01-01 abc1234");
}

TEST_CASE("several teams give a section each with their names in the headings",
          "[trend_document]") {
    const gait::Trend trend = gait::build_trend(
        {{"a", {}, 0, score_five_level(gait::test::bronze_team, "beta", "2026-01-01")},
         {"b", {}, 0, score_five_level(gait::test::silver_team, "alpha", "2026-01-01")}});
    const gait::doc::Document document = gait::trend_document(trend);
    const std::vector<std::string> headings = headings_of(document);
    REQUIRE(headings.size() >= 2);
    CHECK(headings[0] == "alpha: ");
    CHECK(headings[1] == "alpha: Timeline: 1 assessment");
    CHECK(block_of<gait::doc::Title>(document).fields[0].value == "2 teams");
    CHECK(block_of<gait::doc::Callout>(document).sentences[1] ==
          "One assessment: nothing to compare it with yet.");
}

TEST_CASE("the trend's wording for the run held and a drop", "[trend_document]") {
    const gait::Trend trend = up_and_down();
    gait::TeamTrend team = trend.teams[0];
    team.held = {"2026-01-10", 4, 50};
    CHECK(gait::held_sentence(trend, team) ==
          "Bronze since 2026-01-10: 4 assessments over 50 days.");
    // A sentence that starts with the placement starts with a capital.
    team.points.back().placement.reset();
    CHECK(gait::held_sentence(trend, team) ==
          "None yet since 2026-01-10: 4 assessments over 50 days.");
    team.held = {"2026-03-01", 1, 0};
    CHECK(gait::held_sentence(trend, team) ==
          "None yet at the latest assessment, 2026-03-01, only.");
    CHECK(gait::drop_text({"build", "Build", "Gold", "none yet"}) ==
          "area Build fell from Gold to none yet");
    CHECK(gait::drop_text({{}, {}, "Walk", "Crawl"}) == "placement fell from Walk to Crawl");
}

TEST_CASE("Markdown leaves out the placement series its timeline table repeats",
          "[trend_document]") {
    const std::string markdown = gait::write_markdown(gait::trend_document(up_and_down()));
    CHECK(markdown.find("| Date | Placement |\n") == std::string::npos);
    CHECK(markdown.find("| Date | Bronze | Silver | Gold |") != std::string::npos);
    CHECK(markdown.find("| 2026-02-01 | 1.00 | 0.69 | 0.50 |") != std::string::npos);
}

TEST_CASE("the skipped list counts files, or committed versions from git", "[trend_document]") {
    gait::Trend trend = up_and_down();
    trend.skipped.push_back({{"team.yaml@1a2b3c4", 1, 1}, "invalid YAML", {}});
    CHECK(headings_of(gait::trend_document(trend)).back() == "Skipped: 1 file");
    trend.from_git = true;
    CHECK(headings_of(gait::trend_document(trend)).back() == "Skipped: 1 committed version");
}

TEST_CASE("the timeline shows respondents only when some point merges files", "[trend_document]") {
    const auto timeline_of = [](const gait::Trend& trend) {
        const gait::doc::Document document = gait::trend_document(trend);
        return *blocks_of<gait::doc::Table>(document).front();
    };
    const auto headings = [](const gait::doc::Table& table) {
        std::vector<std::string> names;
        for (const auto& column : table.columns)
            names.push_back(column.heading);
        return names;
    };
    gait::Trend trend = up_and_down();
    CHECK(headings(timeline_of(trend)) ==
          std::vector<std::string>{"Date", "Placement", "Rubric", "Improved", "Regressed"});
    trend.teams[0].points[1].respondents = {"Ana", "Ben"};
    const gait::doc::Table merged = timeline_of(trend);
    CHECK(headings(merged) == std::vector<std::string>{"Date", "Placement", "Rubric", "Respondents",
                                                       "Improved", "Regressed"});
    CHECK(merged.rows[0][3].text == "1");  // a point of one file
    CHECK(merged.rows[1][3].text == "2");
}
