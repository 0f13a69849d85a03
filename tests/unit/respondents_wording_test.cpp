#include "document/respondents_wording.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace {

gait::RespondentAnswer said(const std::string& name, const std::string& label,
                            std::optional<double> value, const std::string& note = {}) {
    gait::RespondentAnswer answer;
    answer.respondent = name;
    if (!label.empty()) answer.answer = label;
    answer.answer_label = label;
    answer.value = value;
    answer.note = note;
    return answer;
}

}  // namespace

TEST_CASE("the respondents field counts and names them, an unnamed one too") {
    gait::Result result;
    result.respondents = {"Ana", "", "Cy"};
    CHECK(gait::respondents_field(result) == "3 (Ana, (unnamed), Cy)");
}

TEST_CASE("a merged answer says its value and how it was merged") {
    gait::Result result;
    result.merge = "mean";
    gait::QuestionOutcome question;
    question.answer = "partly";
    question.answer_label = "between Partly and Yes";
    question.value = 0.6667;
    question.respondents = {said("Ana", "Partly", 0.5), said("Ben", "Partly", 0.5),
                            said("Cy", "Yes", 1.0), said("Di", "", std::nullopt)};
    CHECK(gait::merged_answer_fact(result, question) == "between Partly and Yes (0.67, mean of 3)");
    question.answer_label = "Not applicable";
    question.value.reset();
    question.respondents = {said("Ana", "Not applicable", std::nullopt),
                            said("Ben", "Not applicable", std::nullopt), said("Cy", "Yes", 1.0)};
    CHECK(gait::merged_answer_fact(result, question) == "Not applicable (2 of 3 said so)");
    question.answer.reset();
    CHECK(gait::merged_answer_fact(result, question) == "unanswered (counted as 0)");
}

TEST_CASE("the spread says how far apart and whether n/a splits them") {
    gait::QuestionOutcome question;
    question.respondents = {said("Ana", "No", 0.0), said("Ben", "Yes", 1.0),
                            said("Cy", "Not applicable", std::nullopt)};
    question.spread = {2, 0.0, 1.0, true};
    CHECK(gait::spread_fact(question) ==
          "2 steps apart, from No to Yes; split between n/a and an answer");
    question.spread = {1, 0.0, 0.5, false};
    CHECK(gait::spread_fact(question).empty());
}

TEST_CASE("each respondent's answer and note come under their name, then their evidence") {
    gait::QuestionOutcome question;
    question.respondents = {said("Ana", "Partly", 0.5, "a rota, no handoffs"),
                            said("", "", std::nullopt)};
    question.respondents[0].evidence = "https://wiki.example.com/rota";
    const std::vector<gait::doc::Fact> facts = gait::respondent_facts(question);
    REQUIRE(facts.size() == 3);
    CHECK(facts[0].label == "Ana");
    CHECK(facts[0].value == "Partly — a rota, no handoffs");
    CHECK(facts[1].label == "(unnamed)");
    CHECK(facts[1].value == "blank");
    CHECK(facts[2].label == "Evidence, Ana");
    CHECK(facts[2].value == "https://wiki.example.com/rota");
    CHECK(facts[2].kind == gait::doc::FactKind::link);
}
