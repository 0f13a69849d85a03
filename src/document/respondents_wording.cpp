#include "document/respondents_wording.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

// A file without a respondent still took part.
std::string name_of(const std::string& respondent) {
    return respondent.empty() ? std::string("(unnamed)") : respondent;
}

// The label of the respondent answer with `value`: the lowest and the highest given.
std::string label_of_value(const QuestionOutcome& question, double value) {
    for (const RespondentAnswer& answer : question.respondents) {
        if (answer.value && *answer.value == value) return answer.answer_label;
    }
    return format_score(value);
}

}  // namespace

std::string respondents_field(const Result& result) {
    std::vector<std::string> names;
    for (const std::string& respondent : result.respondents)
        names.push_back(name_of(respondent));
    return fmt::format("{} ({})", result.respondents.size(), fmt::join(names, ", "));
}

std::string merged_answer_fact(const Result& result, const QuestionOutcome& question) {
    if (!question.answer) return "unanswered (counted as 0)";
    std::size_t with_value = 0, not_applicable = 0;
    for (const RespondentAnswer& answer : question.respondents) {
        if (answer.value) ++with_value;
        if (answer.answer && !answer.value) ++not_applicable;
    }
    if (!question.value) {
        return fmt::format("{} ({} of {} said so)", question.answer_label, not_applicable,
                           with_value + not_applicable);
    }
    return fmt::format("{} ({}, {} of {})", question.answer_label, format_score(question.value),
                       result.merge, with_value);
}

std::string spread_fact(const QuestionOutcome& question) {
    std::vector<std::string> parts;
    if (question.spread.steps >= 2 && question.spread.min && question.spread.max) {
        parts.push_back(fmt::format("{} steps apart, from {} to {}", question.spread.steps,
                                    label_of_value(question, *question.spread.min),
                                    label_of_value(question, *question.spread.max)));
    }
    if (question.spread.not_applicable) parts.push_back("split between n/a and an answer");
    return fmt::format("{}", fmt::join(parts, "; "));
}

std::vector<doc::Fact> respondent_facts(const QuestionOutcome& question) {
    std::vector<doc::Fact> facts;
    for (const RespondentAnswer& answer : question.respondents) {
        std::string said = answer.answer ? answer.answer_label : std::string("blank");
        if (!answer.note.empty()) said += " — " + answer.note;
        facts.push_back({name_of(answer.respondent), said, doc::FactKind::long_text});
    }
    for (const RespondentAnswer& answer : question.respondents) {
        if (answer.evidence.empty()) continue;
        facts.push_back(
            {"Evidence, " + name_of(answer.respondent), answer.evidence, doc::FactKind::link});
    }
    return facts;
}

}  // namespace gait
