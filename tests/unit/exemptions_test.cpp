// Exemptions and reasons (docs/scoring.md, rule 12): `exempt` with a reason and
// an end, lapsing against the assessment's date; not-applicable answers without
// a reason, listed. On the five-level rubric (five_level.hpp), dated 2026-01-01.

#include "gait/score/exemptions.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/document/report_document.hpp"
#include "gait/load/answers.hpp"
#include "gait/load/answers_writer.hpp"
#include "gait/score/scoring.hpp"

#include "document_checks.hpp"
#include "five_level.hpp"
#include "small_rubric.hpp"

namespace {

using gait::test::five_level;
using gait::test::five_level_answers;

// Bronze: ci and alerts done, backups as `backups`; Silver and Gold unanswered.
std::string bronze_with(const std::string& backups) {
    return "  bronze.build.ci: done\n  bronze.operate.alerts: done\n  bronze.operate.backups: " +
           backups + "\n";
}

std::string exempt_until(const std::string& until) {
    return "{answer: exempt, reason: \"No stateful data yet\", until: " + until + "}";
}

const gait::QuestionOutcome& backups(gait::Result&& result) = delete;
const gait::QuestionOutcome& backups(const gait::Result& result) {
    return result.questions[2];
}

std::string load_error(const std::string& body) {
    try {
        five_level_answers(body);
    } catch (const gait::Error& e) {
        return e.diagnostic().message;
    }
    FAIL("load_answers accepted it");
    return {};
}

}  // namespace

TEST_CASE("an exemption is read with its reason and end and scored as not applicable",
          "[exemptions]") {
    const gait::Answers answers = five_level_answers(bronze_with(exempt_until("2026-03-31")));
    const gait::Answer& answer = answers.answers[2];
    CHECK(answer.exempt);
    CHECK(answer.choice == "skip");  // the scale's not-applicable choice
    CHECK(answer.reason == "No stateful data yet");
    CHECK(answer.until == "2026-03-31");
    const gait::Result result = gait::score(five_level(), answers);
    CHECK(backups(result).answer == std::string("skip"));
    CHECK_FALSE(backups(result).value);
    CHECK(backups(result).exempt);
    CHECK_FALSE(backups(result).lapsed);
    CHECK(result.phases[0].score == Approx(1.0));  // (2 + 1) / 3, backups left out
}

TEST_CASE("an exemption holds through its last day and lapses the day after", "[exemptions]") {
    // The assessment is dated 2026-01-01.
    const auto [until, lapsed] = GENERATE(table<std::string, bool>(
        {{"2026-01-02", false}, {"2026-01-01", false}, {"2025-12-31", true}}));
    CAPTURE(until);
    const gait::Result result = gait::test::score_five_level(bronze_with(exempt_until(until)));
    CHECK(backups(result).lapsed == lapsed);
    CHECK(backups(result).answer.has_value() == !lapsed);
    const gait::ExemptionLists lists = gait::exemption_lists(result);
    CHECK(lists.in_force.size() == (lapsed ? 0u : 1u));
    CHECK(lists.lapsed.size() == (lapsed ? 1u : 0u));
    bool gap = false;
    for (const gait::Gap& g : result.gaps)
        gap = gap || (g.question == "bronze.operate.backups" && g.lapsed);
    CHECK(gap == lapsed);
    // Lapsed: (2 + 1 + 0) / 4; in force: (2 + 1) / 3.
    CHECK(result.phases[0].score == Approx(lapsed ? 0.75 : 1.0));
}

TEST_CASE("an exemption without an end never lapses", "[exemptions]") {
    const gait::Result result = gait::test::score_five_level(
        bronze_with("{answer: exempt, reason: \"Read-only service\"}"), "t", "2099-01-01");
    CHECK(gait::exemption_lists(result).in_force.size() == 1);
}

TEST_CASE("a not-applicable answer without a reason is listed and one with a reason is not",
          "[exemptions]") {
    const gait::Result bare = gait::test::score_five_level(bronze_with("skip"));
    const gait::ExemptionLists lists = gait::exemption_lists(bare);
    REQUIRE(lists.without_reason.size() == 1);
    CHECK(lists.without_reason[0]->question == "bronze.operate.backups");
    const gait::Result given =
        gait::test::score_five_level(bronze_with("{answer: skip, reason: \"No data at all\"}"));
    CHECK(gait::exemption_lists(given).empty());
    CHECK(backups(given).reason == "No data at all");
}

TEST_CASE("an exemption needs a reason and only an exemption has an end", "[exemptions]") {
    CHECK(load_error(bronze_with("exempt")) ==
          "the exemption of 'bronze.operate.backups' has no 'reason'");
    CHECK(load_error(bronze_with("{answer: exempt, until: 2026-03-31}")) ==
          "the exemption of 'bronze.operate.backups' has no 'reason'");
    CHECK(load_error(bronze_with("{answer: skip, reason: x, until: 2026-03-31}")) ==
          "'until' ends an exemption, but 'bronze.operate.backups' is not answered exempt");
    CHECK(load_error(bronze_with("{answer: exempt, reason: x, until: 2026-02-30}")) ==
          "date '2026-02-30' is not a date");
}

TEST_CASE("a question that applies to every team may still be exempt for a while", "[exemptions]") {
    const gait::Answers answers = five_level_answers(
        "  bronze.build.ci: {answer: Exempt, reason: \"CI migration\", until: 2026-02-01}\n");
    CHECK(answers.answers[0].exempt);
    CHECK(load_error("  bronze.build.ci: skip\n") ==
          "question 'bronze.build.ci' cannot be answered 'skip'; it applies to every team");
}

TEST_CASE("the answers writer keeps reasons, exemptions and their ends", "[exemptions]") {
    const gait::Answers answers = five_level_answers(
        bronze_with(exempt_until("2026-03-31")) +
        "  gold.build.canary: {answer: skip, reason: \"No canary: batch jobs\"}\n");
    const std::string text = gait::render_answers(five_level(), answers);
    CHECK_THAT(text, Catch::Matchers::Contains("  bronze.operate.backups:\n"
                                               "    answer: \"exempt\"\n"
                                               "    reason: \"No stateful data yet\"\n"
                                               "    until: \"2026-03-31\"\n"));
    CHECK_THAT(text, Catch::Matchers::Contains("  gold.build.canary:\n"
                                               "    answer: \"skip\"\n"
                                               "    reason: \"No canary: batch jobs\"\n"));
    const gait::Answers read = gait::load_answers(text, "w.yaml", five_level());
    CHECK(read.answers[2].exempt);
    CHECK(read.answers[2].until == "2026-03-31");
}

TEST_CASE("the team report lists exemptions in force and lapsed and n/a without a reason",
          "[exemptions][report_document]") {
    const gait::Result result = gait::test::score_five_level(
        "  bronze.build.ci: {answer: exempt, reason: \"CI migration\", until: 2026-06-30}\n"
        "  bronze.operate.alerts: done\n" +
        std::string("  bronze.operate.backups: ") + exempt_until("2025-12-31") +
        "\n  gold.build.canary: skip\n");
    const gait::doc::Document document = gait::report_document(result);
    const std::vector<std::string> headings = gait::test::headings_of(document);
    CHECK(std::find(headings.begin(), headings.end(),
                    "Exemptions and not applicable: 1 in force, 1 lapsed, 1 not applicable "
                    "without a reason") != headings.end());
    std::vector<std::string> statuses;
    for (const auto* items : gait::test::blocks_of<gait::doc::Items>(document)) {
        for (const gait::doc::Item& item : items->items) {
            for (const gait::doc::Fact& fact : item.facts) {
                if (fact.label == "Status" || fact.label == "Exemption")
                    statuses.push_back(item.id + " " + fact.label + ": " + fact.value);
            }
        }
    }
    CHECK(statuses == std::vector<std::string>{
                          "bronze.operate.backups Exemption: exemption expired on 2025-12-31",
                          "bronze.build.ci Status: exempt until 2026-06-30",
                          "bronze.operate.backups Status: exemption expired on 2025-12-31",
                          "gold.build.canary Status: not applicable, no reason given"});
}

TEST_CASE("a scale without a not-applicable choice exempts nothing", "[exemptions]") {
    const gait::Rubric rubric = gait::load_rubric(gait::test::good_rubric, "r.yaml");
    try {
        gait::load_answers(
            "rubric: small\nteam: t\ndate: 2026-01-01\nanswers:\n"
            "  one.a: {answer: exempt, reason: later}\n",
            "a.yaml", rubric);
        FAIL("an exemption was read");
    } catch (const gait::Error& e) {
        CHECK(e.diagnostic().message ==
              "the rubric's scale has no not-applicable choice, so no question can be exempt");
        CHECK(e.diagnostic().where.line == 5);
    }
}
