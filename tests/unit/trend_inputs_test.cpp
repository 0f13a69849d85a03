#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/score/scoring.hpp"
#include "gait/score/trend.hpp"

#include "five_level.hpp"

namespace {

gait::ReadAssessment answers_of(const std::string& file, const std::string& date,
                                const std::string& respondent, std::int64_t time = 0) {
    gait::Answers answers =
        gait::test::five_level_answers(gait::test::bronze_team, "checkout", date);
    answers.respondent = respondent;
    answers.where.file = file;
    return {file, time ? "c" + std::to_string(time) : "", time, answers};
}

gait::ReadAssessment report_of(const std::string& file, const std::string& date) {
    gait::ReadAssessment read = answers_of(file, date, "");
    read.assessment =
        gait::score(gait::test::five_level(), std::get<gait::Answers>(std::move(read.assessment)));
    return read;
}

std::vector<gait::TrendInput> inputs_of(std::vector<gait::ReadAssessment> read,
                                        std::vector<gait::Diagnostic>& problems) {
    gait::QuestionTexts texts;
    return gait::trend_inputs(gait::test::five_level(), std::move(read), texts, problems);
}

}  // namespace

TEST_CASE("trend inputs keep the order of their files, reports and answers alike") {
    std::vector<gait::Diagnostic> problems;
    const auto inputs =
        inputs_of({answers_of("a.yaml", "2026-01-01", ""), report_of("b.json", "2026-01-01"),
                   answers_of("c.yaml", "2026-02-01", "")},
                  problems);
    REQUIRE(inputs.size() == 3);
    CHECK(inputs[0].file == "a.yaml");
    CHECK(inputs[1].file == "b.json");
    CHECK(inputs[2].file == "c.yaml");
    CHECK(problems.empty());
    // Only what a trend shows is kept: the texts go to the shared map.
    CHECK(inputs[0].result.gaps.empty());
    CHECK(inputs[0].result.questions.front().text.empty());
}

TEST_CASE("several respondents of one team and date are one trend input") {
    std::vector<gait::Diagnostic> problems;
    const auto inputs = inputs_of({answers_of("ana.yaml", "2026-03-01", "Ana", 30),
                                   answers_of("old.yaml", "2026-01-01", "Ana", 10),
                                   answers_of("ben.yaml", "2026-03-01", "Ben", 20),
                                   answers_of("chloe.yaml", "2026-03-01", "Chloe", 40),
                                   answers_of("dan.yaml", "2026-03-01", "Dan", 25)},
                                  problems);
    CHECK(problems.empty());
    REQUIRE(inputs.size() == 2);
    CHECK(inputs[0].file == "old.yaml");
    CHECK(inputs[0].result.respondents.empty());
    // In the place of its last file; named by its first three and how many more;
    // timed by the latest commit among them.
    CHECK(inputs[1].file == "ana.yaml + ben.yaml + chloe.yaml + 1 more");
    CHECK(inputs[1].result.respondents == std::vector<std::string>{"Ana", "Ben", "Chloe", "Dan"});
    CHECK(inputs[1].result.merge == "median");
    CHECK(inputs[1].time == 40);
    CHECK(inputs[1].commit == "c40");
}

TEST_CASE("two files of one respondent on one date stay two inputs with the reason") {
    std::vector<gait::Diagnostic> problems;
    const auto inputs = inputs_of(
        {answers_of("a.yaml", "2026-03-01", "Ana"), answers_of("b.yaml", "2026-03-01", "Ana")},
        problems);
    REQUIRE(inputs.size() == 2);
    CHECK(inputs[0].result.respondents.empty());
    CHECK(problems.size() == 1);
    // group_points then counts the later, b.yaml.
    const auto groups = gait::group_points(inputs);
    REQUIRE(groups.size() == 1);
    REQUIRE(groups[0].points.size() == 1);
    CHECK(groups[0].points[0]->file == "b.yaml");
}
