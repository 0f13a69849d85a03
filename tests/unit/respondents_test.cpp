#include "gait/score/respondents.hpp"

#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"

// A rubric for the arithmetic below: No 0, Partly 0.5, Yes 1 and n/a; one phase
// (threshold 0.5) of three questions: a (essential), b (n/a allowed), c.
namespace {

const gait::Rubric& rubric() {
    static const gait::Rubric loaded = gait::load_rubric(R"(id: small
version: "1"
title: Small
scale:
  - id: "no"
    label: "No"
    value: 0
  - id: partly
    label: Partly
    value: 0.5
  - id: "yes"
    label: "Yes"
    value: 1
  - id: na
    label: Not applicable
areas:
  - id: build
    name: Build
phases:
  - id: one
    name: One
    threshold: 0.5
    questions:
      - id: a
        area: build
        text: A
        essential: true
      - id: b
        area: build
        text: B
        allow_na: true
      - id: c
        area: build
        text: C
)",
                                                         "small.yaml");
    return loaded;
}

// One respondent's file: `answers` are (question, choice) pairs; an empty choice is a blank.
gait::Answers respondent(const std::string& name,
                         const std::vector<std::pair<std::string, std::string>>& answers,
                         const std::string& team = "t") {
    gait::Answers file;
    file.rubric_id = "small";
    file.team = team;
    file.date = "2026-01-01";
    file.respondent = name;
    file.where = {name + ".yaml", 0, 0};
    for (const auto& [question, choice] : answers) {
        gait::Answer answer;
        answer.question = question;
        answer.choice = choice;
        answer.note = name + " on " + question;
        file.answers.push_back(answer);
    }
    return file;
}

// Each respondent's choice to question a, merged with `rule`.
gait::MergedAnswers merge_a(const std::vector<std::string>& choices,
                            gait::MergeRule rule = gait::MergeRule::median) {
    std::vector<gait::Answers> files;
    for (std::size_t r = 0; r < choices.size(); ++r)
        files.push_back(respondent("r" + std::to_string(r), {{"a", choices[r]}}));
    return gait::merge_respondents(rubric(), files, rule);
}

// A pointer into a merge that is gone at the end of the statement: refused.
const gait::Answer* merged(gait::MergedAnswers&& answers, const std::string& question) = delete;
const gait::Answer* merged(const gait::MergedAnswers& answers, const std::string& question) {
    for (const gait::Answer& answer : answers.answers.answers) {
        if (answer.question == question) return &answer;
    }
    return nullptr;
}

double value_of_a(const std::vector<std::string>& choices,
                  gait::MergeRule rule = gait::MergeRule::median) {
    const gait::MergedAnswers answers = merge_a(choices, rule);
    const gait::Answer* a = merged(answers, "a");
    REQUIRE(a);
    REQUIRE(a->value);
    return *a->value;
}

const gait::QuestionOutcome& outcome(gait::Result&& result, const std::string& id) = delete;
const gait::QuestionOutcome& outcome(const gait::Result& result, const std::string& id) {
    for (const gait::QuestionOutcome& question : result.questions) {
        if (question.question == id) return question;
    }
    FAIL("no question " << id);
    throw;  // unreachable
}

}  // namespace

TEST_CASE("the median of an odd count is the middle value") {
    CHECK(value_of_a({"no", "yes", "partly"}) == 0.5);
    CHECK(value_of_a({"yes", "yes", "no"}) == 1.0);
    CHECK(value_of_a({"no"}) == 0.0);
}

TEST_CASE("the median of an even count is the mean of the two middle values") {
    CHECK(value_of_a({"partly", "yes"}) == 0.75);
    CHECK(value_of_a({"no", "yes", "yes", "no"}) == 0.5);
    CHECK(value_of_a({"no", "partly", "yes", "yes"}) == 0.75);
}

TEST_CASE("min takes the lowest value and mean the average to four decimals") {
    CHECK(value_of_a({"yes", "partly", "yes"}, gait::MergeRule::min) == 0.5);
    CHECK(value_of_a({"yes", "partly", "partly"}, gait::MergeRule::mean) == 0.6667);
    CHECK(value_of_a({"yes", "no"}, gait::MergeRule::mean) == 0.5);
}

TEST_CASE("a merged value between choices names the nearest choice and keeps its value") {
    const gait::MergedAnswers answers = merge_a({"partly", "yes"});
    CHECK(merged(answers, "a")->choice == "partly");  // 0.75: a tie goes to the lower choice
    const gait::MergedAnswers near_yes = merge_a({"partly", "yes", "yes", "yes"},
                                                 gait::MergeRule::mean);  // 0.875
    CHECK(merged(near_yes, "a")->choice == "yes");
}

TEST_CASE("the rules are named median min and mean") {
    CHECK(gait::merge_rule_named("median") == gait::MergeRule::median);
    CHECK(gait::merge_rule_named("min") == gait::MergeRule::min);
    CHECK(gait::merge_rule_named("mean") == gait::MergeRule::mean);
    CHECK_FALSE(gait::merge_rule_named("max"));
    CHECK(std::string(gait::merge_rule_name(gait::MergeRule::mean)) == "mean");
}

TEST_CASE("n/a wins only with more than half of those who answered") {
    const auto b_of = [](const std::vector<std::string>& choices) {
        std::vector<gait::Answers> files;
        for (std::size_t r = 0; r < choices.size(); ++r)
            files.push_back(respondent("r" + std::to_string(r), {{"b", choices[r]}}));
        gait::MergedAnswers answers =
            gait::merge_respondents(rubric(), files, gait::MergeRule::median);
        const gait::Answer* b = merged(answers, "b");
        REQUIRE(b);
        return std::make_pair(b->choice, b->value);
    };
    SECTION("two of three: n/a") {
        const auto [choice, value] = b_of({"na", "yes", "na"});
        CHECK(choice == "na");
        CHECK_FALSE(value);
    }
    SECTION("exactly half is not a majority: n/a is left out") {
        const auto [choice, value] = b_of({"na", "partly"});
        CHECK(choice == "partly");
        CHECK(value == 0.5);
    }
    SECTION("a blank does not count: one n/a of one answer is a majority") {
        const auto [choice, value] = b_of({"na", ""});
        CHECK(choice == "na");
    }
    SECTION("one n/a of three answers is left out of the median") {
        const auto [choice, value] = b_of({"na", "no", "yes"});
        CHECK(value == 0.5);
    }
}

TEST_CASE("a question nobody answered stays unanswered") {
    std::vector<gait::Answers> files = {respondent("ana", {{"a", "yes"}, {"c", ""}}),
                                        respondent("ben", {{"a", "yes"}})};
    const gait::MergedAnswers answers =
        gait::merge_respondents(rubric(), files, gait::MergeRule::median);
    CHECK(merged(answers, "a"));
    CHECK_FALSE(merged(answers, "b"));
    CHECK_FALSE(merged(answers, "c"));
    const gait::Result result = gait::score_merged(rubric(), answers);
    CHECK(result.unanswered.size() == 2);
}

TEST_CASE("a blank answer does not count toward the merged value") {
    CHECK(value_of_a({"yes", "", "partly"}) == 0.75);
}

TEST_CASE("the spread counts steps among the choices with a value") {
    const auto spread_of_a = [](const std::vector<std::string>& choices) {
        return merge_a(choices).detail.front().spread;
    };
    const gait::Spread one = spread_of_a({"no", "partly", "no"});
    CHECK(one.steps == 1);
    CHECK(one.min == 0.0);
    CHECK(one.max == 0.5);
    CHECK_FALSE(one.to_discuss());
    const gait::Spread two = spread_of_a({"no", "yes"});
    CHECK(two.steps == 2);
    CHECK(two.to_discuss());
    CHECK(spread_of_a({"yes", "yes"}).steps == 0);
    const gait::Spread blank = spread_of_a({"", ""});
    CHECK(blank.steps == 0);
    CHECK_FALSE(blank.min);
    CHECK_FALSE(blank.to_discuss());
}

TEST_CASE("a split between n/a and an answer is to discuss, however close") {
    std::vector<gait::Answers> files = {respondent("ana", {{"b", "na"}}),
                                        respondent("ben", {{"b", "yes"}}),
                                        respondent("cy", {{"b", "yes"}})};
    const gait::Result result = gait::score_merged(
        rubric(), gait::merge_respondents(rubric(), files, gait::MergeRule::median));
    const gait::QuestionOutcome& b = outcome(result, "b");
    CHECK(b.spread.steps == 0);
    CHECK(b.spread.not_applicable);
    CHECK(result.discuss == std::vector<std::string>{"b"});
}

TEST_CASE("the merged report carries who took part and each respondent's answer and note") {
    std::vector<gait::Answers> files = {respondent("Ana", {{"a", "no"}, {"c", "yes"}}),
                                        respondent("Ben", {{"a", "yes"}, {"c", "yes"}}),
                                        respondent("", {{"a", "partly"}})};
    const gait::Result result = gait::score_merged(
        rubric(), gait::merge_respondents(rubric(), files, gait::MergeRule::median));
    CHECK(result.respondents == std::vector<std::string>{"Ana", "Ben", ""});
    CHECK(result.merge == "median");
    const gait::QuestionOutcome& a = outcome(result, "a");
    REQUIRE(a.respondents.size() == 3);
    CHECK(a.respondents[0].respondent == "Ana");
    CHECK(a.respondents[0].answer == "no");
    CHECK(a.respondents[0].answer_label == "No");
    CHECK(a.respondents[0].note == "Ana on a");
    CHECK(a.respondents[2].value == 0.5);
    CHECK(outcome(result, "c").respondents[2].answer == std::nullopt);
    CHECK(result.discuss == std::vector<std::string>{"a"});
}

TEST_CASE("a merged value between choices is labelled between them") {
    std::vector<gait::Answers> files = {respondent("ana", {{"a", "partly"}, {"c", "no"}}),
                                        respondent("ben", {{"a", "yes"}, {"c", "yes"}})};
    const gait::Result result = gait::score_merged(
        rubric(), gait::merge_respondents(rubric(), files, gait::MergeRule::median));
    CHECK(outcome(result, "a").answer_label == "between Partly and Yes");
    CHECK(outcome(result, "a").value == 0.75);
    CHECK(outcome(result, "c").answer_label == "Partly");  // 0.5 is Partly's own value
}

TEST_CASE("scores gaps and essentials follow the merged values") {
    // a: median 0.75, short of full credit: the essential is missing. b and c: yes.
    std::vector<gait::Answers> files = {
        respondent("ana", {{"a", "partly"}, {"b", "yes"}, {"c", "yes"}}),
        respondent("ben", {{"a", "yes"}, {"b", "yes"}, {"c", "yes"}})};
    const gait::Result merged_result = gait::score_merged(
        rubric(), gait::merge_respondents(rubric(), files, gait::MergeRule::median));
    CHECK(merged_result.phases[0].score == 0.9167);  // (0.75 + 1 + 1) / 3
    CHECK(merged_result.phases[0].essentials_missing == std::vector<std::string>{"a"});
    CHECK_FALSE(merged_result.placement);
    REQUIRE(merged_result.gaps.size() == 1);
    CHECK(merged_result.gaps[0].question == "a");
    CHECK(merged_result.gaps[0].answer_label == "between Partly and Yes");
    CHECK(merged_result.gaps[0].respondents.size() == 2);
    // Both say yes: full credit, the essential holds.
    files[0] = respondent("ana", {{"a", "yes"}, {"b", "yes"}, {"c", "yes"}});
    const gait::Result held = gait::score_merged(
        rubric(), gait::merge_respondents(rubric(), files, gait::MergeRule::median));
    CHECK(held.phases[0].essentials_missing.empty());
    CHECK(held.placement == std::size_t{0});
}

TEST_CASE("files of different teams or rubrics or the same respondent are refused") {
    const auto refusal = [](std::vector<gait::Answers> files) {
        try {
            gait::check_one_team(files);
        } catch (const gait::Error& e) {
            return e.diagnostic().message;
        }
        return std::string("accepted");
    };
    CHECK(refusal({respondent("ana", {}), respondent("ben", {})}) == "accepted");
    CHECK(refusal({respondent("ana", {}, "Payments"), respondent("ben", {}, "Search")}) ==
          "ana.yaml and ben.yaml are of different teams ('Payments' and 'Search')");
    gait::Answers other = respondent("ben", {});
    other.rubric_id = "big";
    CHECK(refusal({respondent("ana", {}), other}) ==
          "ana.yaml and ben.yaml answer different rubrics ('small' and 'big')");
    gait::Answers again = respondent("ana", {});
    again.where.file = "ana-new.yaml";
    CHECK(refusal({respondent("ana", {}), respondent("ben", {}), again}) ==
          "ana.yaml and ana-new.yaml are both of respondent 'ana'");
    gait::Answers nameless = respondent("", {});
    nameless.where.file = "x.yaml";
    gait::Answers nameless_too = nameless;
    nameless_too.where.file = "y.yaml";
    CHECK(refusal({nameless, nameless_too}) == "x.yaml and y.yaml are both without a respondent");
    // One person, spelled as people do: case and spaces do not make another respondent.
    gait::Answers shouted = respondent("  ANA   Lima ", {});
    shouted.where.file = "ana-caps.yaml";
    CHECK(refusal({respondent("Ana Lima", {}), shouted}) ==
          "Ana Lima.yaml and ana-caps.yaml are both of respondent 'Ana Lima'");
    gait::Answers blank = respondent("  ", {});
    blank.where.file = "blank.yaml";
    CHECK(refusal({nameless, blank}) == "x.yaml and blank.yaml are both without a respondent");
}

TEST_CASE("the merged answers take the files' team and their latest date") {
    std::vector<gait::Answers> files = {respondent("ana", {}), respondent("ben", {})};
    files[1].date = "2026-01-05";
    const gait::MergedAnswers answers =
        gait::merge_respondents(rubric(), files, gait::MergeRule::median);
    CHECK(answers.answers.team == "t");
    CHECK(answers.answers.date == "2026-01-05");
    CHECK(answers.respondents == std::vector<std::string>{"ana", "ben"});
}

TEST_CASE("files of different dates merge with a warning that names the earliest file") {
    std::vector<gait::Answers> files = {respondent("ana", {}), respondent("ben", {}),
                                        respondent("cy", {})};
    files[0].date = "2026-03-02";
    files[1].date = "2026-06-01";
    files[2].date = "2026-11-18";
    const gait::MergedAnswers apart =
        gait::merge_respondents(rubric(), files, gait::MergeRule::median);
    REQUIRE(apart.answers.warnings.size() == 1);
    CHECK(apart.answers.warnings[0].where.file == "ana.yaml");
    CHECK(apart.answers.warnings[0].message ==
          "this file is of 2026-03-02, and the report merged with it takes the latest "
          "respondent's date, 2026-11-18 (cy.yaml)");
    files[0].date = files[1].date = files[2].date;
    CHECK(
        gait::merge_respondents(rubric(), files, gait::MergeRule::median).answers.warnings.empty());
}

TEST_CASE("a merged not-applicable answer keeps the reasons of those who said n/a",
          "[respondents][exemptions]") {
    std::vector<gait::Answers> files = {respondent("Ana", {{"b", "na"}}),
                                        respondent("Ben", {{"b", "na"}}),
                                        respondent("Chloe", {{"b", "yes"}})};
    files[0].answers[0].reason = "no database";
    files[1].answers[0].reason = "state lives upstream";
    const gait::MergedAnswers answers =
        gait::merge_respondents(rubric(), files, gait::MergeRule::median);
    const gait::Answer* b = merged(answers, "b");
    REQUIRE(b);
    CHECK(b->choice == "na");
    CHECK(b->reason == "Ana: no database; Ben: state lives upstream");
    CHECK_FALSE(b->exempt);
    const gait::Result result = gait::score_merged(rubric(), answers);
    CHECK(outcome(result, "b").reason == b->reason);
}

TEST_CASE("a merged answer is exempt when all who said n/a did until the earliest end",
          "[respondents][exemptions]") {
    std::vector<gait::Answers> files = {respondent("Ana", {{"b", "na"}}),
                                        respondent("Ben", {{"b", "na"}})};
    for (gait::Answer* answer : {&files[0].answers[0], &files[1].answers[0]}) {
        answer->exempt = true;
        answer->reason = "moving";
    }
    files[0].answers[0].until = "2026-06-30";
    files[1].answers[0].until = "2026-03-31";
    const gait::MergedAnswers all_exempt =
        gait::merge_respondents(rubric(), files, gait::MergeRule::median);
    const gait::Answer* b = merged(all_exempt, "b");
    REQUIRE(b);
    CHECK(b->exempt);
    CHECK(b->until == "2026-03-31");
    files[1].answers[0].exempt = false;
    files[1].answers[0].until.clear();
    const gait::MergedAnswers mixed =
        gait::merge_respondents(rubric(), files, gait::MergeRule::median);
    CHECK_FALSE(merged(mixed, "b")->exempt);
    CHECK(merged(mixed, "b")->until.empty());
}
