#include "gait/score/assessment_groups.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "five_level.hpp"

namespace {

// bronze_team's answers for `team` on `date`, by `respondent`, read from `file`.
gait::Answers file_of(const std::string& team, const std::string& date,
                      const std::string& respondent, const std::string& file) {
    gait::Answers answers = gait::test::five_level_answers(gait::test::bronze_team, team, date);
    answers.respondent = respondent;
    answers.where.file = file;
    return answers;
}

std::vector<gait::AssessmentGroup> groups_of(const std::vector<gait::Answers>& files,
                                             std::vector<gait::Diagnostic>& problems) {
    return gait::group_assessments(gait::test::five_level(), files, gait::MergeRule::median,
                                   problems);
}

}  // namespace

TEST_CASE("one file per team and date is one assessment each, unmerged") {
    std::vector<gait::Diagnostic> problems;
    const auto groups = groups_of(
        {file_of("Ops", "2026-01-01", "Ana", "a"), file_of("Ops", "2026-02-01", "Ana", "b"),
         file_of("Web", "2026-01-01", "Ben", "c")},
        problems);
    REQUIRE(groups.size() == 3);
    CHECK(groups[1].files == std::vector<std::size_t>{1});
    CHECK_FALSE(groups[0].merged);
    CHECK(problems.empty());
}

TEST_CASE("several respondents of one team and date are one merged assessment") {
    std::vector<gait::Diagnostic> problems;
    const auto groups = groups_of(
        {file_of("Ops", "2026-01-01", "Ana", "a"), file_of("Web", "2026-01-01", "Ben", "b"),
         file_of("Ops", "2026-01-01", "Cy", "c")},
        problems);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].files == std::vector<std::size_t>{0, 2});
    REQUIRE(groups[0].merged);
    CHECK(groups[0].merged->respondents == std::vector<std::string>{"Ana", "Cy"});
    CHECK(groups[0].merged->answers.team == "Ops");
    CHECK(groups[1].files == std::vector<std::size_t>{1});
    CHECK_FALSE(groups[1].merged);
}

TEST_CASE("the same respondent twice on one date stays one assessment per file") {
    std::vector<gait::Diagnostic> problems;
    const auto groups = groups_of(
        {file_of("Ops", "2026-01-01", "Ana", "a"), file_of("Ops", "2026-01-01", "Ana", "b")},
        problems);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].files == std::vector<std::size_t>{0});
    CHECK(groups[1].files == std::vector<std::size_t>{1});
    CHECK_FALSE(groups[0].merged);
    CHECK_FALSE(groups[1].merged);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where.file == "a");
    CHECK(problems[0].message ==
          "is of the same respondent as b, a later file of the same team and date");
}

TEST_CASE("a respondent's second file sets aside only their first and the others merge") {
    std::vector<gait::Diagnostic> problems;
    const auto groups = groups_of(
        {file_of("Ops", "2026-01-01", "Ana", "a"), file_of("Ops", "2026-01-01", "Ben", "b"),
         file_of("Ops", "2026-01-01", "Cy", "c"), file_of("Ops", "2026-01-01", "Di", "d"),
         file_of("Ops", "2026-01-01", "Ben", "e")},
        problems);
    REQUIRE(groups.size() == 2);
    // Ben's first file on its own, for the caller to supersede; the rest merged.
    CHECK(groups[0].files == std::vector<std::size_t>{1});
    CHECK_FALSE(groups[0].merged);
    CHECK(groups[1].files == std::vector<std::size_t>{0, 2, 3, 4});
    REQUIRE(groups[1].merged);
    CHECK(groups[1].merged->respondents == std::vector<std::string>{"Ana", "Cy", "Di", "Ben"});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where.file == "b");
}

TEST_CASE("two files without a respondent count as one respondent's") {
    std::vector<gait::Diagnostic> problems;
    const auto groups =
        groups_of({file_of("Ops", "2026-01-01", "", "a"), file_of("Ops", "2026-01-01", "Ben", "b"),
                   file_of("Ops", "2026-01-01", "", "c")},
                  problems);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].files == std::vector<std::size_t>{0});
    CHECK(groups[1].files == std::vector<std::size_t>{1, 2});
    REQUIRE(groups[1].merged);
}
