// Several respondents of one team (tests/data/respondents: Ana, Ben and Chloe of
// Payments API, who disagree on a few questions): gait assess merges their
// files, refuses files that are not one team's, and gait aggregate counts them
// as one team.

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::check_golden;
using gait::test::check_refused;
using gait::test::read_text;
using gait::test::run_gait;

namespace {

const std::string ana = "tests/data/respondents/ana.yaml";
const std::string ben = "tests/data/respondents/ben.yaml";
const std::string chloe = "tests/data/respondents/chloe.yaml";

std::string scratch(const std::string& name) {
    const std::string path = "/tmp/gait-e2e-respondents-" + std::to_string(::getpid()) + "-" + name;
    std::remove(path.c_str());
    return path;
}

// A copy of `from` with the first `what` replaced by `with`, at `to`.
void write_changed(const std::string& from, const std::string& to, const std::string& what,
                   const std::string& with) {
    std::string text = read_text(gait::test::source_path(from));
    const std::size_t at = text.find(what);
    REQUIRE(at != std::string::npos);
    text.replace(at, what.size(), with);
    std::ofstream(to) << text;
}

nlohmann::json merged_json(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {"assess", ana, ben, chloe, "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto run = run_gait(args);
    REQUIRE(run.exit_code == 0);
    return nlohmann::json::parse(run.out);
}

const nlohmann::json& question(nlohmann::json&& report, const std::string& id) = delete;
const nlohmann::json& question(const nlohmann::json& report, const std::string& id) {
    for (const nlohmann::json& item : report["questions"]) {
        if (item["question"] == id) return item;
    }
    FAIL("no question " << id);
    throw;  // unreachable
}

}  // namespace

TEST_CASE("assess merges three respondents into the golden report in each format") {
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"text", "txt"}, {"json", "json"}, {"markdown", "md"}, {"html", "html"}}));
    const auto run = run_gait({"assess", ana, ben, chloe, "--format", format});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_golden("assess-respondents." + extension, run.out);
}

TEST_CASE("a directory and repeated --answers merge the same files as the arguments") {
    const auto arguments = run_gait({"assess", ana, ben, chloe, "--format", "json"});
    const auto directory = run_gait({"assess", "tests/data/respondents", "--format", "json"});
    const auto options =
        run_gait({"assess", "-a", ana, "--answers", ben, "--answers", chloe, "--format", "json"});
    CHECK(directory.exit_code == 0);
    CHECK(directory.out == arguments.out);
    CHECK(options.out == arguments.out);
}

TEST_CASE("a saved merged report reads back as it was written") {
    const std::string saved = scratch("merged.json");
    REQUIRE(run_gait({"assess", ana, ben, chloe, "-o", saved}).exit_code == 0);
    const auto text = run_gait({"report", saved});
    CHECK(text.exit_code == 0);
    CHECK(text.out == run_gait({"assess", ana, ben, chloe}).out);
    CHECK(run_gait({"report", saved, "--format", "json"}).out == read_text(saved));
    std::remove(saved.c_str());
}

TEST_CASE("the merged JSON carries who took part, each answer, the spread and what to discuss") {
    const nlohmann::json report = merged_json();
    CHECK(report["respondents"] ==
          nlohmann::json::array({"Ana Lima", "Ben Okafor", "Chloe Martin"}));
    CHECK(report["merge"] == "median");
    CHECK(report["discuss"] ==
          nlohmann::json::array({"crawl.people.hiring-soft-skills", "crawl.oncall.rca-library",
                                 "walk.security.compliance", "walk.failures.chaos-testing",
                                 "run.observability.aiops"}));
    const nlohmann::json& hiring = question(report, "crawl.people.hiring-soft-skills");
    CHECK(hiring["answer"] == "partly");
    CHECK(hiring["spread"] ==
          nlohmann::json({{"steps", 2}, {"min", 0.0}, {"max", 1.0}, {"not_applicable", false}}));
    CHECK(hiring["respondents"][1]["respondent"] == "Ben Okafor");
    CHECK(hiring["respondents"][1]["answer"] == "no");
    // Ana and Ben on walk.toil.cost-architecture, Chloe blank: the median of No and Partly.
    const nlohmann::json& cost = question(report, "walk.toil.cost-architecture");
    CHECK(cost["value"] == 0.25);
    CHECK(cost["answer_label"] == "between No and Partly");
    CHECK(cost["respondents"][2]["answer"].is_null());
    // Two of three said n/a: the merged answer is n/a.
    CHECK(question(report, "walk.security.compliance")["answer"] == "na");
    // Ben and Chloe say Partly to an essential: Walk is not held.
    CHECK(report["placement"]["phase"] == "crawl");
}

TEST_CASE("merge min and mean take the lowest value and the average") {
    const nlohmann::json lowest = merged_json({"--merge", "min"});
    CHECK(lowest["merge"] == "min");
    CHECK(question(lowest, "crawl.people.hiring-soft-skills")["value"] == 0.0);
    CHECK(merged_json({"--merge", "MIN"}) == lowest);  // any case, as --format
    const nlohmann::json mean = merged_json({"--merge", "mean"});
    CHECK(question(mean, "walk.slos.error-budget")["value"] == 0.6667);
    check_refused({"assess", ana, ben, "--merge", "max"},
                  "--merge takes median, min or mean, not 'max'; median is the default");
}

TEST_CASE("files of different teams are refused, naming both files") {
    const std::string other = scratch("other-team.yaml");
    write_changed(ben, other, "team: Payments API", "team: Search");
    check_refused({"assess", ana, other},
                  other + ": " + ana + " and " + other +
                      " are of different teams ('Payments API' and 'Search'); merge one team's "
                      "answers to one rubric; for several teams, run 'gait aggregate'");
    std::remove(other.c_str());
}

TEST_CASE("files of different rubrics are refused, naming both files") {
    const std::string other = "tests/data/answers/five-level-team.yaml";
    check_refused({"assess", ana, other},
                  other + ": " + ana + " and " + other +
                      " answer different rubrics ('sre-maturity' and 'platform-health'); merge "
                      "one team's answers to one rubric; for several teams, run 'gait "
                      "aggregate'");
}

TEST_CASE("two files of the same respondent are refused, naming both files") {
    const std::string newer = scratch("ana-newer.yaml");
    write_changed(ana, newer, "date: 2026-11-18", "date: 2026-11-20");
    check_refused({"assess", ana, ben, newer},
                  newer + ": " + ana + " and " + newer +
                      " are both of respondent 'Ana Lima'; merge one file per respondent: most "
                      "likely an older and a newer file of one person, so keep the newer");
    std::remove(newer.c_str());
}

TEST_CASE("a file named twice and --respondent next to answers files are refused") {
    check_refused({"assess", ana, "--answers", ana},
                  "the answers file '" + ana + "' is named twice; name it once");
    check_refused({"assess", ana, "--respondent", "Ana"},
                  "--respondent is for the questionnaire, not for an answers file; drop "
                  "--respondent, or the answers file to answer on the terminal");
}

TEST_CASE("files of different dates merge with a warning that names the older file") {
    const std::string older = scratch("ben-older.yaml");
    write_changed(ben, older, "date: 2026-11-18", "date: 2026-03-02");
    const auto run = run_gait({"assess", ana, older, "--format", "json"});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "gait: warning: " + older +
                         ": this file is of 2026-03-02, and the report merged with it takes the "
                         "latest respondent's date, 2026-11-18 (" +
                         ana +
                         "); merge the files of one assessment; to see an older one beside it, "
                         "run 'gait trend' or 'gait compare'\n");
    CHECK(nlohmann::json::parse(run.out)["date"] == "2026-11-18");
    std::remove(older.c_str());
}

TEST_CASE("aggregate counts three respondents of one team and date as one merged team") {
    const auto run = run_gait({"aggregate", "tests/data/respondents", "--format", "json"});
    REQUIRE(run.exit_code == 0);
    const nlohmann::json aggregate = nlohmann::json::parse(run.out);
    REQUIRE(aggregate["teams"].size() == 1);
    CHECK(aggregate["teams"][0]["team"] == "Payments API");
    CHECK(aggregate["teams"][0]["respondents"] == 3);
    CHECK(aggregate["teams"][0]["placement"] == "crawl");  // the merged answers' placement
    CHECK(aggregate["superseded"].empty());
    CHECK(aggregate["teams"][0]["files"] == nlohmann::json{ana, ben, chloe});
    CHECK(aggregate["counts"]["files"] == 3);
    for (const char* format : {"text", "markdown", "html"}) {
        INFO(format);
        const auto human = run_gait({"aggregate", "tests/data/respondents", "--format", format});
        CHECK_THAT(human.out, Contains("Payments API (3 respondents)"));
        CHECK_THAT(human.out, Contains("3 files read: 3 counted as 1 team, 0 superseded"));
    }
    const auto csv = run_gait({"aggregate", "tests/data/respondents", "--format", "csv"});
    CHECK_THAT(csv.out, Contains(",unanswered,respondents,reason\r\n"));
    CHECK_THAT(csv.out, Contains(",3,\r\n"));
}

TEST_CASE("aggregate merges a respondent's file on standard input wherever it is named") {
    const auto files = run_gait({"aggregate", ana, ben, chloe, "--format", "json"});
    REQUIRE(files.exit_code == 0);
    const nlohmann::json expected = nlohmann::json::parse(files.out)["teams"][0];
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"aggregate", "-", ben, chloe, "--format", "json"},
          std::vector<std::string>{"aggregate", ben, chloe, "-", "--format", "json"}}) {
        const auto run = gait::test::run_gait_reading(args, ana);
        REQUIRE(run.exit_code == 0);
        const nlohmann::json aggregate = nlohmann::json::parse(run.out);
        REQUIRE(aggregate["teams"].size() == 1);
        CHECK(aggregate["superseded"].empty());
        CHECK(aggregate["teams"][0]["respondents"] == 3);
        CHECK(aggregate["teams"][0]["phase_scores"] == expected.at("phase_scores"));
        CHECK(aggregate["teams"][0]["area_scores"] == expected.at("area_scores"));
        CHECK(aggregate["teams"][0]["placement"] == expected["placement"]);
    }
}

TEST_CASE("aggregate keeps the latest date of a team with files of different dates") {
    const std::string later = scratch("later.yaml");
    write_changed(ana, later, "date: 2026-11-18", "date: 2026-12-01");
    const auto run = run_gait({"aggregate", ben, chloe, later, "--format", "json"});
    REQUIRE(run.exit_code == 0);
    const nlohmann::json aggregate = nlohmann::json::parse(run.out);
    REQUIRE(aggregate["teams"].size() == 1);
    CHECK(aggregate["teams"][0]["date"] == "2026-12-01");
    CHECK_FALSE(aggregate["teams"][0].contains("respondents"));
    // Ben's and Chloe's files, merged into one older assessment, are superseded as one.
    REQUIRE(aggregate["superseded"].size() == 1);
    CHECK(aggregate["superseded"][0]["respondents"] == 2);
    std::remove(later.c_str());
}

TEST_CASE("init --respondent writes the respondent into the template") {
    const auto run = run_gait({"init", "--team", "Payments", "--respondent", "Ana Lima"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Contains("team: \"Payments\"\ndate: "));
    CHECK_THAT(run.out, Contains("\nrespondent: \"Ana Lima\"\nanswers:\n"));
}
