#include "gait/format/aggregate_json.hpp"

#include <cmath>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "format/json_writer.hpp"
#include "summary_fixtures.hpp"

namespace {

// The team rows are written as text, not through a JSON tree: the text must be
// what dump_json prints for the same document, byte for byte.
void check_printed_as_dump_json(const gait::Aggregate& aggregate) {
    const std::string text = gait::render_aggregate_json(aggregate);
    CHECK(text == gait::dump_json(nlohmann::ordered_json::parse(text)));
}

gait::TeamRow row(const std::string& file, const std::string& team) {
    gait::TeamRow row;
    row.file = file;
    row.team = team;
    row.date = "2026-01-01";
    row.rubric_version = "1.0";
    return row;
}

}  // namespace

TEST_CASE("aggregate JSON rows print as dump_json prints them", "[aggregate_json]") {
    SECTION("teams placed, unplaced, superseded and skipped") {
        gait::Aggregate aggregate = gait::test::three_teams();
        REQUIRE_FALSE(aggregate.superseded.empty());
        check_printed_as_dump_json(aggregate);
    }
    SECTION("no phases or areas: empty score objects") {
        gait::Aggregate aggregate;
        aggregate.teams.push_back(row("a.json", "alpha"));
        check_printed_as_dump_json(aggregate);
        CHECK(gait::render_aggregate_json(aggregate).find("\"phase_scores\": {}") !=
              std::string::npos);
    }
    SECTION("text that needs escaping") {
        gait::Aggregate aggregate;
        aggregate.phases = {{"crawl \"1\"", "Crawl"}};
        aggregate.areas = {{"on\ncall", "On call"}, {"é", "Accents"}};
        aggregate.questions = {{"crawl.q\u0001", 0, 1, "Text \"quoted\"", "Do\tit", true}};
        gait::TeamRow team = row("dir/\"quoted\"\t.yaml", "Ops, \"Core\"\nteam ✓");
        team.placement = 0;
        team.phase_scores = {0.5};
        team.area_scores = {std::nullopt, 1.0};
        gait::TeamRow other = row("b.yaml", "DEL\x7f and é");
        other.phase_scores = {-0.0};  // printed as itself, not as a cached 0.0
        other.area_scores = {0.0, 1.0};
        aggregate.teams.push_back(std::move(other));
        team.gaps = {{0, 0.25, gait::GapKind::reach}};
        team.superseded_by = "newer\\file.yaml";
        aggregate.superseded.push_back(team);
        aggregate.teams.push_back(std::move(team));
        gait::finish_aggregate(aggregate, true);
        check_printed_as_dump_json(aggregate);
        const auto json = nlohmann::json::parse(gait::render_aggregate_json(aggregate));
        CHECK(std::signbit(json["teams"][0]["phase_scores"]["crawl \"1\""].get<double>()));
        CHECK_FALSE(std::signbit(json["teams"][0]["area_scores"]["on\ncall"].get<double>()));
        CHECK(json["teams"][0]["team"] == "DEL\x7f and é");
        CHECK(json["teams"][1]["area_scores"]["on\ncall"].is_null());
    }
}
