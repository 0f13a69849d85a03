#include "gait/score/respondents.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <fmt/format.h>

#include "gait/score/scoring.hpp"
#include "gait/util/text_format.hpp"

namespace gait {
namespace {

// Merged values are kept to four decimals, as scores are: a saved report reads back the same.
double four_decimals(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

// A respondent as people tell one from another: "Ben", "ben" and "Ben " are
// one person, whose answers must not count twice.
std::string respondent_key(const std::string& name) {
    std::string key;
    for (const char c : ascii_lower(name)) {
        const bool space = c == ' ' || c == '\t';
        if (!space)
            key += c;
        else if (!key.empty() && key.back() != ' ')
            key += ' ';
    }
    if (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

std::string respondent_words(const Answers& answers) {
    return respondent_key(answers.respondent).empty()
               ? std::string("without a respondent")
               : "of respondent " + quote_value(answers.respondent);
}

// What makes two files not one team's assessment by two people; empty when nothing does.
std::string difference(const Answers& first, const Answers& second) {
    if (first.rubric_id != second.rubric_id) {
        return fmt::format("answer different rubrics ({} and {})", quote_value(first.rubric_id),
                           quote_value(second.rubric_id));
    }
    if (first.team != second.team) {
        return fmt::format("are of different teams ({} and {})", quote_value(first.team),
                           quote_value(second.team));
    }
    if (respondent_key(first.respondent) == respondent_key(second.respondent))
        return "are both " + respondent_words(first);
    return {};
}

// The values of the scale's choices that have one, lowest first: a step is one position.
std::vector<double> scale_values(const Rubric& rubric) {
    std::vector<double> values;
    for (const ScaleChoice& choice : rubric.scale) {
        if (choice.value) values.push_back(*choice.value);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

std::size_t position_of(const std::vector<double>& scale, double value) {
    return static_cast<std::size_t>(std::lower_bound(scale.begin(), scale.end(), value) -
                                    scale.begin());
}

double merged_value(std::vector<double>& values, MergeRule rule) {
    if (rule == MergeRule::min) return *std::min_element(values.begin(), values.end());
    if (rule == MergeRule::mean) {
        double sum = 0;
        for (const double value : values)
            sum += value;
        return sum / static_cast<double>(values.size());
    }
    const std::size_t half = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + half, values.end());
    const double upper = values[half];
    if (values.size() % 2 == 1) return upper;
    return (*std::max_element(values.begin(), values.begin() + half) + upper) / 2.0;
}

// The choice with a value nearest to `value`; the lower one on a tie.
const ScaleChoice* nearest_choice(const Rubric& rubric, double value) {
    const ScaleChoice* nearest = nullptr;
    for (const ScaleChoice& choice : rubric.scale) {
        if (!choice.value) continue;
        const double distance = std::abs(*choice.value - value);
        const double best = nearest ? std::abs(*nearest->value - value) : 2.0;
        if (distance < best - 1e-9 ||
            (std::abs(distance - best) <= 1e-9 && nearest && *choice.value < *nearest->value))
            nearest = &choice;
    }
    return nearest;
}

RespondentAnswer respondent_answer(const Rubric& rubric, const Answers& file,
                                   const Answer* answer) {
    RespondentAnswer out;
    out.respondent = file.respondent;
    if (!answer) return out;
    out.note = answer->note;
    out.evidence = answer->evidence;
    const ScaleChoice* choice = find_choice(rubric, answer->choice);
    if (!choice) return out;
    out.answer = choice->id;
    out.answer_label = choice->label;
    out.value = choice->value;
    return out;
}

// What the respondents said to one question, tallied.
struct Tally {
    std::vector<double> values;  // the values given, n/a and blanks left out
    std::size_t answered = 0;    // respondents who gave any choice, n/a included
    std::size_t not_applicable = 0;
};

Tally tally_of(const std::vector<RespondentAnswer>& answers) {
    Tally tally;
    for (const RespondentAnswer& answer : answers) {
        if (!answer.answer) continue;
        ++tally.answered;
        if (answer.value) {
            tally.values.push_back(*answer.value);
        } else {
            ++tally.not_applicable;
        }
    }
    return tally;
}

Spread spread_of(const std::vector<double>& scale, const Tally& tally) {
    Spread spread;
    spread.not_applicable = tally.not_applicable > 0 && !tally.values.empty();
    if (tally.values.empty()) return spread;
    const auto [low, high] = std::minmax_element(tally.values.begin(), tally.values.end());
    spread.min = *low;
    spread.max = *high;
    spread.steps = position_of(scale, *high) - position_of(scale, *low);
    return spread;
}

// The team's answer from the tally: n/a by a majority, else the rule's value;
// nothing when nobody answered.
std::optional<Answer> merged_answer(const Rubric& rubric, const std::string& question, Tally tally,
                                    MergeRule rule) {
    if (tally.answered == 0) return std::nullopt;
    Answer answer;
    answer.question = question;
    if (tally.not_applicable * 2 > tally.answered) {
        const ScaleChoice* na = not_applicable_choice(rubric);
        if (na) answer.choice = na->id;
        return answer;
    }
    const double value = four_decimals(merged_value(tally.values, rule));
    answer.choice = nearest_choice(rubric, value)->id;
    answer.value = value;
    return answer;
}

// Each file's answers by question id, built once: the merge is linear in
// respondents x questions.
std::vector<std::unordered_map<std::string, const Answer*>> index_files(
    const std::vector<Answers>& files) {
    std::vector<std::unordered_map<std::string, const Answer*>> indexes(files.size());
    for (std::size_t f = 0; f < files.size(); ++f) {
        for (const Answer& answer : files[f].answers)
            indexes[f].emplace(answer.question, &answer);
    }
    return indexes;
}

const Answer* find_answer(const std::unordered_map<std::string, const Answer*>& index,
                          const std::string& question) {
    const auto found = index.find(question);
    return found == index.end() ? nullptr : found->second;
}

// Respondents often answer on different days, but files months apart are more
// likely an old assessment merged by mistake: say so, naming the two ends.
std::optional<Diagnostic> dates_apart(const std::vector<Answers>& files) {
    const auto [earliest, latest] =
        std::minmax_element(files.begin(), files.end(),
                            [](const Answers& a, const Answers& b) { return a.date < b.date; });
    if (earliest->date == latest->date) return std::nullopt;
    return Diagnostic{{earliest->where.file, 0, 0},
                      fmt::format("this file is of {}, and the report merged with it takes the "
                                  "latest respondent's date, {} ({})",
                                  earliest->date, latest->date, latest->where.file),
                      "merge the files of one assessment; to see an older one beside it, run "
                      "'gait trend' or 'gait compare'"};
}

Answers team_header(const std::vector<Answers>& files) {
    Answers team;
    team.rubric_id = files.front().rubric_id;
    team.rubric_version = files.front().rubric_version;
    team.team = files.front().team;
    team.where = files.front().where;
    for (const Answers& file : files) {
        team.date = std::max(team.date, file.date);
        // The team's targets: the first respondent's file that sets any.
        if (team.targets.empty()) team.targets = file.targets;
        // Every respondent's tags, once each: one may name the team's org, another its tier.
        for (const std::string& tag : file.tags) {
            if (std::find(team.tags.begin(), team.tags.end(), tag) == team.tags.end())
                team.tags.push_back(tag);
        }
    }
    if (std::optional<Diagnostic> apart = dates_apart(files)) team.warnings.push_back(*apart);
    return team;
}

// The first respondent's "carried over" mark: the merged answer is still one to confirm.
std::string carried_from(const std::vector<const Answer*>& answers) {
    for (const Answer* answer : answers) {
        if (answer && !answer->carried_from.empty()) return answer->carried_from;
    }
    return {};
}

// A merged not-applicable answer keeps why: the reasons of those who said n/a,
// joined ("Ana: no database; Ben: ..."), and it is an exemption when each of
// them answered exempt, until the earliest of their ends (the first to lapse).
void keep_reasons(const Rubric& rubric, const std::vector<Answers>& files,
                  const std::vector<const Answer*>& given, Answer& merged) {
    const ScaleChoice* choice = find_choice(rubric, merged.choice);
    if (!choice || choice->value) return;
    std::vector<std::string> reasons;
    bool all_exempt = true;
    for (std::size_t f = 0; f < given.size(); ++f) {
        const Answer* answer = given[f];
        const ScaleChoice* said = answer ? find_choice(rubric, answer->choice) : nullptr;
        if (!said || said->value) continue;
        all_exempt = all_exempt && answer->exempt;
        if (answer->exempt && !answer->until.empty() &&
            (merged.until.empty() || answer->until < merged.until))
            merged.until = answer->until;
        if (answer->reason.empty()) continue;
        const std::string& who = files[f].respondent;
        reasons.push_back(who.empty() ? answer->reason : who + ": " + answer->reason);
    }
    merged.reason = fmt::format("{}", fmt::join(reasons, "; "));
    merged.exempt = all_exempt;
    if (!all_exempt) merged.until.clear();
}

// "Partly" when the value is a choice's, else "between Partly and Yes".
std::string merged_label(const Rubric& rubric, const QuestionOutcome& outcome) {
    if (!outcome.value) return outcome.answer_label;
    const ScaleChoice* below = nullptr;
    const ScaleChoice* above = nullptr;
    for (const ScaleChoice& choice : rubric.scale) {
        if (!choice.value) continue;
        if (std::abs(*choice.value - *outcome.value) <= 1e-9) return choice.label;
        if (*choice.value < *outcome.value && (!below || *choice.value > *below->value))
            below = &choice;
        if (*choice.value > *outcome.value && (!above || *choice.value < *above->value))
            above = &choice;
    }
    if (!below || !above) return outcome.answer_label;
    return fmt::format("between {} and {}", below->label, above->label);
}

void add_detail(const Rubric& rubric, const QuestionRespondents& detail, QuestionOutcome& outcome) {
    outcome.respondents = detail.answers;
    outcome.spread = detail.spread;
    if (outcome.answer) outcome.answer_label = merged_label(rubric, outcome);
}

}  // namespace

std::optional<MergeRule> merge_rule_named(std::string_view name) {
    for (const MergeRule rule : {MergeRule::median, MergeRule::min, MergeRule::mean}) {
        if (name == merge_rule_name(rule)) return rule;
    }
    return std::nullopt;
}

const char* merge_rule_name(MergeRule rule) {
    switch (rule) {
        case MergeRule::min:
            return "min";
        case MergeRule::mean:
            return "mean";
        case MergeRule::median:
            break;
    }
    return "median";
}

void check_one_team(const std::vector<Answers>& files) {
    for (std::size_t second = 1; second < files.size(); ++second) {
        for (std::size_t first = 0; first < second; ++first) {
            const std::string why = difference(files[first], files[second]);
            if (why.empty()) continue;
            const bool same_respondent = respondent_key(files[first].respondent) ==
                                             respondent_key(files[second].respondent) &&
                                         files[first].team == files[second].team &&
                                         files[first].rubric_id == files[second].rubric_id;
            throw Error(
                {files[second].where.file, 0, 0},
                fmt::format("{} and {} {}", files[first].where.file, files[second].where.file, why),
                same_respondent ? "merge one file per respondent: most likely an older and a newer "
                                  "file of one person, so keep the newer"
                                : "merge one team's answers to one rubric; for several teams, run "
                                  "'gait aggregate'");
        }
    }
}

MergedAnswers merge_respondents(const Rubric& rubric, const std::vector<Answers>& files,
                                MergeRule rule) {
    MergedAnswers merged;
    merged.answers = team_header(files);
    merged.rule = rule;
    for (const Answers& file : files)
        merged.respondents.push_back(file.respondent);
    const std::vector<double> scale = scale_values(rubric);
    const auto indexes = index_files(files);
    for (const std::string& question : question_ids(rubric)) {
        std::vector<const Answer*> given;
        for (const auto& index : indexes)
            given.push_back(find_answer(index, question));
        QuestionRespondents& detail = merged.detail.emplace_back();
        detail.question = question;
        for (std::size_t f = 0; f < files.size(); ++f)
            detail.answers.push_back(respondent_answer(rubric, files[f], given[f]));
        const Tally tally = tally_of(detail.answers);
        detail.spread = spread_of(scale, tally);
        if (std::optional<Answer> answer = merged_answer(rubric, question, tally, rule)) {
            answer->carried_from = carried_from(given);
            keep_reasons(rubric, files, given, *answer);
            merged.answers.answers.push_back(std::move(*answer));
        }
    }
    return merged;
}

Result score_merged(const Rubric& rubric, const MergedAnswers& merged) {
    Result result = score(rubric, merged.answers);
    result.respondents = merged.respondents;
    result.merge = merge_rule_name(merged.rule);
    std::unordered_map<std::string, const QuestionRespondents*> by_question;
    for (const QuestionRespondents& detail : merged.detail)
        by_question.emplace(detail.question, &detail);
    auto add = [&](QuestionOutcome& outcome) {
        const auto found = by_question.find(outcome.question);
        if (found != by_question.end()) add_detail(rubric, *found->second, outcome);
    };
    for (QuestionOutcome& outcome : result.questions) {
        add(outcome);
        if (outcome.spread.to_discuss()) result.discuss.push_back(outcome.question);
    }
    for (Gap& gap : result.gaps)
        add(gap);
    return result;
}

}  // namespace gait
