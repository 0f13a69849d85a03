// gait aggregate --by on tagged teams (tests/data/tagged-teams): seven teams of the
// SRE rubric in two orgs (org:payments, org:discovery), one in both (Catalog) and
// one in none (Build Tools); Checkout misses an on-call rota (an essential of Crawl).

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::check_golden;
using gait::test::run_gait;

namespace {

const std::string tagged = "tests/data/tagged-teams";

nlohmann::json grouped_json(const std::string& prefix) {
    const auto run = run_gait({"aggregate", tagged, "--by", prefix, "--format", "json"});
    REQUIRE(run.exit_code == 0);
    return nlohmann::json::parse(run.out);
}

std::vector<std::string> team_names(const nlohmann::json& out, const nlohmann::json& indices) {
    std::vector<std::string> names;
    for (const auto& index : indices)
        names.push_back(out["teams"][index.get<std::size_t>()]["team"]);
    return names;
}

}  // namespace

TEST_CASE("aggregate --by prints the golden grouped aggregate in each format") {
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"text", "txt"}, {"markdown", "md"}, {"html", "html"}, {"json", "json"}, {"csv", "csv"}}));
    const auto run = run_gait({"aggregate", tagged, "--by", "org:", "--format", format});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_golden("aggregate-by-org." + extension, run.out);
}

TEST_CASE("aggregate --by makes a group per value and counts a team with two in both") {
    const nlohmann::json out = grouped_json("org:");
    CHECK(out["group_by"] == "org:");
    REQUIRE(out["groups"].size() == 3);
    CHECK(out["groups"][0]["tag"] == "org:discovery");
    CHECK(team_names(out, out["groups"][0]["teams"]) ==
          std::vector<std::string>{"Catalog", "Recommendations", "Search Platform"});
    CHECK(out["groups"][1]["tag"] == "org:payments");
    CHECK(team_names(out, out["groups"][1]["teams"]) ==
          std::vector<std::string>{"Catalog", "Checkout", "Ledger", "Payments API"});
    CHECK(out["groups"][2]["untagged"] == true);
    CHECK(out["groups"][2]["tag"].is_null());
    CHECK(team_names(out, out["groups"][2]["teams"]) == std::vector<std::string>{"Build Tools"});
    CHECK(out["teams"][0]["tags"] == nlohmann::json::array({"tier:3"}));
}

TEST_CASE("aggregate --by tier: groups by another prefix; without --by there are no groups") {
    const nlohmann::json tiers = grouped_json("tier:");
    REQUIRE(tiers["groups"].size() == 3);
    CHECK(tiers["groups"][2]["tag"] == "tier:3");
    const auto plain = run_gait({"aggregate", tagged, "--format", "json"});
    CHECK(nlohmann::json::parse(plain.out)["groups"].empty());
    CHECK(nlohmann::json::parse(plain.out)["group_by"].is_null());
}

TEST_CASE("a team held back by one essential says so in its row") {
    const auto run = run_gait({"aggregate", tagged, "--format", "json"});
    const nlohmann::json out = nlohmann::json::parse(run.out);
    for (const auto& row : out["teams"]) {
        if (row["team"] != "Checkout") continue;
        CHECK(row["placement"].is_null());
        CHECK(row["blocker"]["phase"] == "crawl");
        CHECK(row["blocker"]["essentials_missing"] ==
              nlohmann::json::array({"crawl.oncall.schedule"}));
    }
    const auto text = run_gait({"aggregate", tagged, "--by", "org:", "--format", "markdown"});
    CHECK_THAT(text.out, Contains("Crawl: blocked by essential crawl.oncall.schedule"));
}

TEST_CASE("aggregate --by refuses a prefix with a space") {
    const auto run = run_gait({"aggregate", tagged, "--by", "org :"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains("a tag prefix holds no spaces"));
}

TEST_CASE("the text heatmap of eight areas at 80 columns numbers them with a key") {
    const auto run = run_gait({"aggregate", tagged});
    REQUIRE(run.exit_code == 0);
    check_golden("aggregate-tagged-80.txt", run.out);
    CHECK_THAT(run.out, Contains("  Team              1   2   3   4   5   6   7   8\n"));
    CHECK_THAT(run.out,
               Contains("  Key: 1 People and culture, 2 Observability, 3 SLOs, 4 Security"));
    // No area name is cut to a letter and an ellipsis.
    CHECK_THAT(run.out, !Contains("O…"));
}
