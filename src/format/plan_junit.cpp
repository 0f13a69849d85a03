// The plan as JUnit XML: a test suite a team, a test case a question (classname
// TEAM.PHASE.AREA, name "ID: text"), each open gap a <failure> carrying why it
// matters and its guidance, n/a and wontdo answers <skipped>. Checked against
// tests/schema/junit.xsd. Every text goes through xml_escape.

#include "gait/format/plan_junit.hpp"

#include <fmt/format.h>

#include "document/plan_wording.hpp"
#include "format/xml_text.hpp"

namespace gait {
namespace {

// What one question's test case holds besides its names.
struct CaseOutcome {
    enum { passed, failed, skipped } kind = passed;
    std::string message;  // the failure's or the skip's
    std::string body;     // the failure's text: the guidance
};

const PlanItem* open_item_of(const PlanTeam& team, const std::string& question) {
    for (const PlanItem& item : team.items) {
        if (is_open(item) && item.question.question == question) return &item;
    }
    return nullptr;
}

CaseOutcome outcome_of(const PlanTeam& team, const QuestionOutcome& question) {
    if (const PlanItem* item = open_item_of(team, question.question)) {
        if (item->entry.status == PlanStatus::wontdo) {
            return {CaseOutcome::skipped, "won't do: " + item->entry.reason, {}};
        }
        const std::string why = item->help.empty() ? "" : item->help + "\n\n";
        return {CaseOutcome::failed, why_it_matters(team.result, *item),
                why + "To do: " + item->guidance};
    }
    if (question.answer && !question.value) {
        return {CaseOutcome::skipped, skip_reason(question), {}};
    }
    return {};
}

std::string test_case(const PlanTeam& team, const QuestionOutcome& question) {
    const CaseOutcome outcome = outcome_of(team, question);
    std::string out =
        fmt::format("    <testcase classname=\"{}\" name=\"{}\"",
                    xml_escape(team.result.team + "." + question.phase + "." + question.area),
                    xml_escape(question.question + ": " + question.text));
    if (outcome.kind == CaseOutcome::passed) return out + "/>\n";
    if (outcome.kind == CaseOutcome::skipped) {
        return out + fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                                 xml_escape(outcome.message));
    }
    return out + fmt::format(
                     ">\n      <failure type=\"gap\" message=\"{}\">{}</failure>\n"
                     "    </testcase>\n",
                     xml_escape(outcome.message), xml_escape(outcome.body));
}

struct Counts {
    std::size_t tests = 0, failures = 0, skipped = 0;
};

Counts count(const PlanTeam& team) {
    Counts counts;
    for (const QuestionOutcome& question : team.result.questions) {
        const CaseOutcome outcome = outcome_of(team, question);
        ++counts.tests;
        counts.failures += outcome.kind == CaseOutcome::failed ? 1 : 0;
        counts.skipped += outcome.kind == CaseOutcome::skipped ? 1 : 0;
    }
    return counts;
}

std::string test_suite(const PlanTeam& team) {
    const Counts counts = count(team);
    std::string out = fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\"{}>\n",
        xml_escape(team.result.team), counts.tests, counts.failures, counts.skipped,
        team.result.date.empty() ? ""
                                 : " timestamp=\"" + xml_escape(team.result.date) + "T00:00:00\"");
    for (const QuestionOutcome& question : team.result.questions)
        out += test_case(team, question);
    return out + "  </testsuite>\n";
}

}  // namespace

std::string render_plan_junit(const Plan& plan) {
    Counts total;
    std::string suites;
    for (const PlanTeam& team : plan.teams) {
        const Counts counts = count(team);
        total.tests += counts.tests;
        total.failures += counts.failures;
        suites += test_suite(team);
    }
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"gait plan\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}"
        "</testsuites>\n",
        total.tests, total.failures, suites);
}

}  // namespace gait
