#include "gait/format/compare_json.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "gait/version.hpp"

#include "summary_fixtures.hpp"

namespace {

using json = nlohmann::ordered_json;
using Ids = std::vector<std::string>;

json compare_json(const gait::Comparison& comparison) {
    return json::parse(gait::render_compare_json(comparison));
}

Ids keys_of(const json& object) {
    Ids keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    return keys;
}

Ids ids_of(const json& list, const char* key) {
    Ids ids;
    for (const json& item : list)
        ids.push_back(item[key].get<std::string>());
    return ids;
}

}  // namespace

TEST_CASE("the comparison JSON says what it is, in a fixed order of keys", "[compare_json]") {
    const std::string text = gait::render_compare_json(gait::test::bronze_to_silver());
    CHECK(text.rfind("{\n  \"schema_version\": 1,\n  \"kind\": \"comparison\",\n", 0) == 0);
    CHECK(text.back() == '\n');
    const json out = json::parse(text);
    CHECK(keys_of(out) == Ids{"schema_version", "kind", "tool", "rubric", "before", "after",
                              "placement_steps", "phases", "areas", "improved", "regressed",
                              "changed", "gaps_closed", "gaps_opened", "only_before",
                              "only_after"});
    CHECK(out["schema_version"] == 1);
    CHECK(gait::compare_schema_version == 1);
    CHECK(out["kind"] == "comparison");
    CHECK(out["tool"]["name"] == "gait");
    CHECK(out["tool"]["version"] == gait::version);
    CHECK(out["rubric"] == json{{"id", "platform-health"}, {"title", "Platform Health Check"}});
}

TEST_CASE("the comparison JSON gives both sides and the placement move", "[compare_json]") {
    const json out = compare_json(gait::test::bronze_to_silver());
    CHECK(out["before"] == json{{"team", "t"},
                                {"date", "2026-01-01"},
                                {"respondent", ""},
                                {"rubric_version", "2"},
                                {"placement", "bronze"}});
    CHECK(out["after"]["date"] == "2026-04-01");
    CHECK(out["after"]["placement"] == "silver");
    CHECK(out["placement_steps"] == 1);
}

TEST_CASE("the comparison JSON gives each phase's and area's scores and their change",
          "[compare_json]") {
    const json out = compare_json(gait::test::bronze_to_silver());
    REQUIRE(out["phases"].size() == 3);
    // bronze 0.5 -> 1; silver 0.4375 -> 0.6875; gold 0 (unanswered) -> 0.5
    CHECK(out["phases"][0] == json{{"id", "bronze"},
                                   {"name", "Bronze"},
                                   {"before", 0.5},
                                   {"after", 1.0},
                                   {"change", 0.5}});
    CHECK(out["phases"][1]["before"] == 0.4375);
    CHECK(out["phases"][1]["after"] == 0.6875);
    CHECK(out["phases"][1]["change"] == 0.25);
    CHECK(out["phases"][2]["id"] == "gold");
    CHECK(out["phases"][2]["change"] == 0.5);
    REQUIRE(out["areas"].size() == 2);
    // build: (2 x 0.5 + 1 + 0) / 4 = 0.5 -> (2 + 0.5 + 1) / 4 = 0.875
    CHECK(out["areas"][0]["id"] == "build");
    CHECK(out["areas"][0]["before"] == 0.5);
    CHECK(out["areas"][0]["after"] == 0.875);
    CHECK(out["areas"][0]["change"] == 0.375);
    // operate: (1 + 0 + 3 x 0.25 + 0) / 6 = 0.2917 -> (1 + 3 x 0.75 + 0) / 5 = 0.65
    CHECK(out["areas"][1]["before"] == 0.2917);
    CHECK(out["areas"][1]["after"] == 0.65);
    CHECK(out["areas"][1]["change"] == 0.3583);
}

TEST_CASE("the comparison JSON has no change where a side has no score", "[compare_json]") {
    gait::Comparison comparison = gait::test::bronze_to_silver();
    comparison.phases[2].before.reset();
    comparison.areas[0].after.reset();
    const json out = compare_json(comparison);
    CHECK(out["phases"][2]["before"].is_null());
    CHECK(out["phases"][2]["after"] == 0.5);
    CHECK(out["phases"][2]["change"].is_null());
    CHECK(out["areas"][0]["after"].is_null());
    CHECK(out["areas"][0]["change"].is_null());
}

TEST_CASE("the comparison JSON lists the answers that moved and the gaps, in order",
          "[compare_json]") {
    const json out = compare_json(gait::test::bronze_to_silver());
    CHECK(ids_of(out["improved"], "question") ==
          Ids{"bronze.build.ci", "silver.operate.slo", "gold.build.canary"});
    CHECK(ids_of(out["regressed"], "question") == Ids{"silver.build.review"});
    CHECK(ids_of(out["changed"], "question") ==
          Ids{"bronze.operate.backups", "gold.operate.chaos"});
    CHECK(ids_of(out["gaps_closed"], "question") ==
          Ids{"bronze.build.ci", "bronze.operate.backups"});
    CHECK(ids_of(out["gaps_opened"], "question") == Ids{"silver.build.review"});
    CHECK(out["gaps_opened"][0]["kind"] == "hold");
    CHECK(out["only_before"] == json::array());
    CHECK(out["only_after"] == json::array());
}

TEST_CASE("a changed answer in the comparison JSON carries each side's answer only",
          "[compare_json]") {
    const json out = compare_json(gait::test::bronze_to_silver());
    const json& ci = out["improved"][0];
    CHECK(keys_of(ci) == Ids{"question", "phase", "area", "text", "before", "after"});
    CHECK(ci["phase"] == "bronze");
    CHECK(ci["area"] == "build");
    CHECK(ci["text"] == "Does every change go through continuous integration?");
    CHECK(keys_of(ci["before"]) == Ids{"answer", "answer_label", "value", "note", "evidence"});
    CHECK(ci["before"] == json{{"answer", "half"},
                               {"answer_label", "Half way"},
                               {"value", 0.5},
                               {"note", "flaky runners"},
                               {"evidence", ""}});
    CHECK(ci["after"]["answer"] == "done");
    CHECK(ci["after"]["value"] == 1.0);
    CHECK(ci["after"]["note"] == "runners replaced");
    // canary was unanswered before
    const json& canary = out["improved"][2];
    CHECK(canary["before"]["answer"].is_null());
    CHECK(canary["before"]["answer_label"].is_null());
    CHECK(canary["before"]["value"].is_null());
    CHECK(canary["after"]["answer"] == "done");
}
