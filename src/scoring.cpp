#include "gait/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace gait {
namespace {

// Scores are sums of products; compare them with a little slack.
constexpr double epsilon = 1e-9;

class WeightedMean {
  public:
    void add(double value, double weight) {
        sum_ += value * weight;
        weight_ += weight;
    }
    // Empty when nothing with weight was added. Four decimals: every report shows
    // the same score, and a saved JSON report renders exactly as the original.
    std::optional<double> value() const {
        if (weight_ <= 0) return std::nullopt;
        return std::round(sum_ / weight_ * 10000.0) / 10000.0;
    }

  private:
    double sum_ = 0;
    double weight_ = 0;
};

// A question together with what the team answered.
struct Scored {
    const Question& question;
    const Answer* answer;       // nullptr when the file does not mention it
    const ScaleChoice* choice;  // nullptr when unanswered

    bool not_applicable() const { return choice && !choice->value; }
    double value() const { return choice ? choice->value.value_or(0.0) : 0.0; }
    bool full_credit() const { return value() >= 1.0 - epsilon; }
};

QuestionOutcome outcome_of(const Scored& scored, const Phase& phase) {
    QuestionOutcome outcome;
    outcome.question = scored.question.id;
    outcome.phase = phase.id;
    outcome.area = scored.question.area;
    outcome.text = scored.question.text;
    if (scored.choice) {
        outcome.answer = scored.choice->id;
        outcome.answer_label = scored.choice->label;
        outcome.value = scored.choice->value;
    }
    outcome.weight = scored.question.weight;
    outcome.essential = scored.question.essential;
    if (scored.answer) {
        outcome.note = scored.answer->note;
        outcome.evidence = scored.answer->evidence;
    }
    return outcome;
}

Gap make_gap(const QuestionOutcome& outcome, const Question& question) {
    Gap gap;
    static_cast<QuestionOutcome&>(gap) = outcome;
    gap.guidance = question.guidance;
    return gap;
}

// Essential first, then the largest weight x shortfall; stable, so rubric order breaks ties.
void order_by_priority(std::vector<Gap>& gaps) {
    const auto cost = [](const Gap& gap) { return gap.weight * (1.0 - gap.value.value_or(0.0)); };
    std::stable_sort(gaps.begin(), gaps.end(), [&](const Gap& a, const Gap& b) {
        if (a.essential != b.essential) return a.essential;
        return cost(a) > cost(b) + epsilon;
    });
}

std::optional<std::size_t> placement_of(const std::vector<PhaseScore>& phases) {
    std::size_t held = 0;
    while (held < phases.size() && phases[held].achieved)
        ++held;
    if (held == 0) return std::nullopt;
    return held - 1;
}

// To hold: every phase up to the placement; to reach: the next one. Later phases
// are left to the scores and the matrix.
std::vector<Gap> collect_gaps(std::vector<std::vector<Gap>> gaps_by_phase,
                              std::optional<std::size_t> placement, std::size_t next) {
    std::vector<Gap> hold, reach;
    for (std::size_t p = 0; p < gaps_by_phase.size(); ++p) {
        const bool holding = placement && p <= *placement;
        if (!holding && p != next) continue;
        std::vector<Gap>& list = holding ? hold : reach;
        for (Gap& gap : gaps_by_phase[p]) {
            gap.kind = holding ? GapKind::hold : GapKind::reach;
            list.push_back(std::move(gap));
        }
    }
    order_by_priority(hold);
    order_by_priority(reach);
    hold.insert(hold.end(), reach.begin(), reach.end());
    return hold;
}

}  // namespace

Result score(const Rubric& rubric, const Answers& answers) {
    std::unordered_map<std::string, const Answer*> by_question;
    for (const Answer& answer : answers.answers)
        by_question[answer.question] = &answer;

    Result result;
    result.rubric = {rubric.id, rubric.version, rubric.title};
    result.team = answers.team;
    result.date = answers.date;
    result.respondent = answers.respondent;

    std::unordered_map<std::string, std::size_t> area_row;
    for (const Area& area : rubric.areas) {
        area_row[area.id] = result.areas.size();
        result.areas.push_back({area.id, area.name, {}, std::nullopt});
    }

    std::vector<WeightedMean> area_overall(rubric.areas.size());
    std::vector<std::vector<Gap>> gaps_by_phase;
    for (const Phase& phase : rubric.phases) {
        PhaseScore phase_score{phase.id, phase.name, phase.summary, {}, phase.threshold, false, {}};
        WeightedMean phase_mean;
        std::vector<WeightedMean> area_means(rubric.areas.size());
        std::vector<Gap>& gaps = gaps_by_phase.emplace_back();
        for (const Question& question : phase.questions) {
            const auto found = by_question.find(question.id);
            const Answer* answer = found == by_question.end() ? nullptr : found->second;
            const Scored scored{question, answer,
                                answer ? find_choice(rubric, answer->choice) : nullptr};
            if (!scored.choice) {
                result.unanswered.push_back({question.id, phase.id, question.area, question.text});
            }
            result.questions.push_back(outcome_of(scored, phase));
            if (scored.not_applicable()) continue;
            const std::size_t row = area_row.at(question.area);
            phase_mean.add(scored.value(), question.weight);
            area_means[row].add(scored.value(), question.weight);
            area_overall[row].add(scored.value(), question.weight);
            if (scored.full_credit()) continue;
            if (question.essential) phase_score.essentials_missing.push_back(question.id);
            gaps.push_back(make_gap(result.questions.back(), question));
        }
        phase_score.score = phase_mean.value();
        phase_score.achieved =
            (!phase_score.score || *phase_score.score >= phase.threshold - epsilon) &&
            phase_score.essentials_missing.empty();
        result.phases.push_back(std::move(phase_score));
        for (std::size_t row = 0; row < area_means.size(); ++row) {
            result.areas[row].by_phase.push_back(area_means[row].value());
        }
    }

    for (std::size_t row = 0; row < area_overall.size(); ++row)
        result.areas[row].overall = area_overall[row].value();

    result.placement = placement_of(result.phases);
    const std::size_t next = result.placement ? *result.placement + 1 : 0;
    if (next < result.phases.size()) result.next = next;

    result.gaps = collect_gaps(std::move(gaps_by_phase), result.placement, next);
    return result;
}

std::vector<std::size_t> phases_achieved_out_of_order(const Result& result) {
    std::vector<std::size_t> ahead;
    const std::size_t first_unheld = result.placement ? *result.placement + 1 : 0;
    for (std::size_t p = first_unheld + 1; p < result.phases.size(); ++p) {
        // A phase where nothing applies is achieved only vacuously: no practices to speak of.
        if (result.phases[p].achieved && result.phases[p].score) ahead.push_back(p);
    }
    return ahead;
}

}  // namespace gait
