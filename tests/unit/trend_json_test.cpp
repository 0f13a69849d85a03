#include "gait/format/trend_json.hpp"

#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "five_level.hpp"

using gait::test::score_five_level;

TEST_CASE("the JSON trend carries every point with its scores and moves", "[trend_json]") {
    gait::Trend trend = gait::build_trend(
        {{"a.yaml", {}, 0, score_five_level(gait::test::silver_team, "t", "2026-01-01")},
         {"b.yaml@abc1234", "abc1234", 5,
          score_five_level(gait::test::bronze_team, "t", "2026-02-01")}});
    trend.skipped.push_back({{"bad.yaml", 3, 7}, "is broken", "fix it"});
    const auto json = nlohmann::json::parse(gait::render_trend_json(trend));
    CHECK(json["schema_version"] == gait::trend_schema_version);
    CHECK(json["kind"] == "trend");
    CHECK(json["rubric"]["id"] == "platform-health");
    CHECK(json["phases"].size() == 3);
    CHECK(json["areas"][1]["name"] == "Operate");
    const auto& team = json["teams"][0];
    CHECK(team["team"] == "t");
    CHECK(team["placement"] == "bronze");
    CHECK(team["held"] == nlohmann::json{{"since", "2026-02-01"}, {"assessments", 1}, {"days", 0}});
    CHECK(team["points"] == 2);
    const auto& first = json["points"][0];
    CHECK(first["team"] == "t");
    CHECK(first["file"] == "a.yaml");
    CHECK(first["commit"].is_null());
    CHECK(first["placement"] == "silver");
    CHECK(first["phases"][1] == nlohmann::json{{"id", "silver"}, {"score", 0.6875}});
    CHECK(first["areas"][0]["placed"] == true);
    CHECK(first["areas"][0]["placement"] == "gold");
    CHECK(first["improved"].empty());
    const auto& second = json["points"][1];
    CHECK(second["commit"] == "abc1234");
    CHECK(second["regressed"][0]["question"] == "bronze.build.ci");
    CHECK(second["regressed"][0]["before"] == "Done");
    CHECK(second["regressed"][0]["after"] == "Half way");
    CHECK(second["drops"][0]["area"].is_null());
    CHECK(second["drops"][0]["from"] == "Silver");
    CHECK(second["drops"][0]["to"] == "Bronze");
    CHECK(second["drops"][1]["area"] == "build");
    CHECK(json["skipped"][0] == nlohmann::json{{"file", "bad.yaml"},
                                               {"line", 3},
                                               {"column", 7},
                                               {"message", "is broken"},
                                               {"hint", "fix it"}});
}
