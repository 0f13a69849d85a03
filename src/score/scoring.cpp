#include "gait/score/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "gait/score/targets.hpp"

#include "load/iso_date.hpp"
#include "score/scores.hpp"
#include "util/id_index.hpp"

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

// A merged answer carries its own value, which may fall between the choices.
std::optional<double> answer_value(const detail::ScoredQuestion& scored) {
    if (!scored.choice) return std::nullopt;
    if (scored.answer && scored.answer->value) return scored.answer->value;
    return scored.choice->value;
}

bool not_applicable(const detail::ScoredQuestion& scored) {
    return scored.choice && !answer_value(scored);
}

double value_of(const detail::ScoredQuestion& scored) {
    return answer_value(scored).value_or(0.0);
}

// Whether the gap's area is below the floor in the gap's phase: closing it
// unblocks the phase even when its shortfall is small.
bool in_area_below_floor(const detail::Scores& scores, std::size_t question) {
    const detail::ScoredQuestion& scored = scores.questions[question];
    const std::vector<std::size_t>& below = scores.phases[scored.phase_index].areas_below_floor;
    return std::find(below.begin(), below.end(), scored.area_index) != below.end();
}

// Essential first, then gaps in an area below its floor, then the largest weight
// x shortfall; stable, so rubric order breaks ties.
void order_by_priority(std::vector<detail::GapRef>& gaps, const detail::Scores& scores) {
    std::stable_sort(gaps.begin(), gaps.end(), [&](detail::GapRef a, detail::GapRef b) {
        const detail::ScoredQuestion& first = scores.questions[a.question];
        const detail::ScoredQuestion& second = scores.questions[b.question];
        if (first.question->essential != second.question->essential)
            return first.question->essential;
        const bool first_blocks = in_area_below_floor(scores, a.question);
        if (first_blocks != in_area_below_floor(scores, b.question)) return first_blocks;
        return detail::shortfall(first) > detail::shortfall(second) + epsilon;
    });
}

// To hold: every phase up to the placement; to reach: the next one. Later phases
// are left to the scores and the matrix.
std::vector<detail::GapRef> collect_gaps(const std::vector<std::vector<std::size_t>>& gaps_by_phase,
                                         const detail::Scores& scores) {
    std::vector<detail::GapRef> hold, reach;
    const std::size_t next = scores.placement ? *scores.placement + 1 : 0;
    for (std::size_t p = 0; p < gaps_by_phase.size(); ++p) {
        const bool holding = scores.placement && p <= *scores.placement;
        if (!holding && p != next) continue;
        for (const std::size_t question : gaps_by_phase[p])
            (holding ? hold : reach)
                .push_back({question, holding ? GapKind::hold : GapKind::reach});
    }
    order_by_priority(hold, scores);
    order_by_priority(reach, scores);
    hold.insert(hold.end(), reach.begin(), reach.end());
    return hold;
}

detail::IdIndex<Answer> answers_by_question(const Answers& answers) {
    std::vector<detail::IdIndex<Answer>::Entry> entries;
    entries.reserve(answers.answers.size());
    for (const Answer& answer : answers.answers)
        entries.emplace_back(answer.question, &answer);
    return detail::IdIndex<Answer>(std::move(entries));
}

std::size_t area_index(const Rubric& rubric, const std::string& id) {
    for (std::size_t a = 0; a < rubric.areas.size(); ++a) {
        if (rubric.areas[a].id == id) return a;
    }
    throw std::logic_error("question of an area the rubric lacks: " + id);  // lint forbids it
}

QuestionOutcome outcome_of(const detail::ScoredQuestion& scored) {
    QuestionOutcome outcome;
    outcome.question = scored.question->id;
    outcome.phase = scored.phase->id;
    outcome.area = scored.question->area;
    outcome.text = scored.question->text;
    if (scored.choice) {
        outcome.answer = scored.choice->id;
        outcome.answer_label = scored.choice->label;
        outcome.value = answer_value(scored);
    }
    outcome.weight = scored.question->weight;
    outcome.essential = scored.question->essential;
    if (scored.answer) {
        outcome.note = scored.answer->note;
        outcome.evidence = scored.answer->evidence;
        outcome.carried_from = scored.answer->carried_from;
        outcome.reason = scored.answer->reason;
        outcome.exempt = scored.answer->exempt;
        outcome.until = scored.answer->until;
        outcome.lapsed = outcome.exempt && !scored.choice;
    }
    return outcome;
}

PhaseScore phase_score(const Rubric& rubric, const Phase& phase, const detail::PhaseTally& tally) {
    PhaseScore score{
        phase.id, phase.name, phase.summary,   tally.score, phase.threshold, tally.achieved,
        {},       {},         phase.area_floor};
    for (const Question* question : tally.essentials_missing)
        score.essentials_missing.push_back(question->id);
    for (const std::size_t area : tally.areas_below_floor)
        score.areas_below_floor.push_back(rubric.areas[area].id);
    return score;
}

}  // namespace

double detail::shortfall(double weight, std::optional<double> value) {
    return weight * (1.0 - value.value_or(0.0));
}

double detail::shortfall(const ScoredQuestion& scored) {
    return shortfall(scored.question->weight, value_of(scored));
}

namespace {

// The weighted means of the area x phase matrix, summed question by question.
struct AreaTallies {
    AreaTallies(std::size_t areas, std::size_t phases)
        : by_phase(areas, std::vector<WeightedMean>(phases)), overall(areas) {}
    std::vector<std::vector<WeightedMean>> by_phase;  // [area][phase]
    std::vector<WeightedMean> overall;                // [area]
};

// Scores phase `p`'s questions into `scores` and `areas`; returns its gaps, as
// indices into scores.questions.
// An exemption past its last day on the assessment's date has lapsed: the
// question is scored as unanswered.
bool lapsed(const Answer& answer, const std::string& date) {
    return answer.exempt && !answer.until.empty() && detail::day_passed(answer.until, date);
}

std::vector<std::size_t> score_phase(const Rubric& rubric, std::size_t p, const std::string& date,
                                     detail::IdIndex<Answer>& by_question, detail::Scores& scores,
                                     AreaTallies& areas) {
    const Phase& phase = rubric.phases[p];
    detail::PhaseTally& tally = scores.phases.emplace_back();
    std::vector<std::size_t> gaps;
    WeightedMean phase_mean;
    for (const Question& question : phase.questions) {
        const Answer* answer = by_question.find(question.id);
        const ScaleChoice* choice =
            answer && !lapsed(*answer, date) ? find_choice(rubric, answer->choice) : nullptr;
        const std::size_t area = area_index(rubric, question.area);
        const detail::ScoredQuestion& scored = scores.questions.emplace_back(
            detail::ScoredQuestion{&phase, &question, answer, choice, p, area});
        if (not_applicable(scored)) continue;
        phase_mean.add(value_of(scored), question.weight);
        areas.by_phase[area][p].add(value_of(scored), question.weight);
        areas.overall[area].add(value_of(scored), question.weight);
        if (value_of(scored) >= 1.0 - epsilon) continue;  // full credit
        if (question.essential) tally.essentials_missing.push_back(&question);
        gaps.push_back(scores.questions.size() - 1);
    }
    tally.score = phase_mean.value();
    tally.achieved = (!tally.score || *tally.score >= phase.threshold - epsilon) &&
                     tally.essentials_missing.empty();
    return gaps;
}

bool essential_missing_in(const detail::PhaseTally& tally, const std::string& area) {
    return std::any_of(tally.essentials_missing.begin(), tally.essentials_missing.end(),
                       [&](const Question* question) { return question->area == area; });
}

// An area holds a phase when its cell reaches the phase's floor (or has no score)
// and its essentials there have full credit; a phase is achieved only when every
// area reaches the floor. Each area is placed by its own unbroken run.
void apply_area_floors(const Rubric& rubric, detail::Scores& scores) {
    for (std::size_t a = 0; a < rubric.areas.size(); ++a) {
        std::vector<bool>& holds = scores.area_holds.emplace_back();
        for (std::size_t p = 0; p < rubric.phases.size(); ++p) {
            const std::optional<double>& cell = scores.area_by_phase[a][p];
            detail::PhaseTally& tally = scores.phases[p];
            const bool reaches = !cell || *cell >= rubric.phases[p].area_floor - epsilon;
            if (!reaches) {
                tally.areas_below_floor.push_back(a);
                tally.achieved = false;
            }
            holds.push_back(reaches && !essential_missing_in(tally, rubric.areas[a].id));
        }
        scores.area_placement.push_back(last_of_unbroken_run(holds));
    }
}

std::vector<bool> phases_achieved(const std::vector<detail::PhaseTally>& phases) {
    std::vector<bool> achieved;
    for (const detail::PhaseTally& phase : phases)
        achieved.push_back(phase.achieved);
    return achieved;
}

std::size_t count_questions(const Rubric& rubric) {
    std::size_t count = 0;
    for (const Phase& phase : rubric.phases)
        count += phase.questions.size();
    return count;
}

}  // namespace

detail::Scores detail::compute_scores(const Rubric& rubric, const Answers& answers) {
    IdIndex<Answer> by_question = answers_by_question(answers);
    Scores scores;
    scores.questions.reserve(count_questions(rubric));
    AreaTallies areas(rubric.areas.size(), rubric.phases.size());
    std::vector<std::vector<std::size_t>> gaps_by_phase;
    for (std::size_t p = 0; p < rubric.phases.size(); ++p)
        gaps_by_phase.push_back(score_phase(rubric, p, answers.date, by_question, scores, areas));
    for (std::size_t a = 0; a < rubric.areas.size(); ++a) {
        std::vector<std::optional<double>>& row = scores.area_by_phase.emplace_back();
        for (const WeightedMean& cell : areas.by_phase[a])
            row.push_back(cell.value());
        scores.area_overall.push_back(areas.overall[a].value());
    }
    apply_area_floors(rubric, scores);
    scores.placement = last_of_unbroken_run(phases_achieved(scores.phases));
    const std::size_t next = scores.placement ? *scores.placement + 1 : 0;
    if (next < scores.phases.size()) scores.next = next;
    scores.gaps = collect_gaps(gaps_by_phase, scores);
    return scores;
}

Result score(const Rubric& rubric, const Answers& answers) {
    const detail::Scores scores = detail::compute_scores(rubric, answers);
    Result result;
    result.rubric = {rubric.id, rubric.version, rubric.title};
    result.team = answers.team;
    result.date = answers.date;
    result.respondent = answers.respondent;
    result.tags = answers.tags;
    result.placement = scores.placement;
    result.next = scores.next;
    for (std::size_t p = 0; p < rubric.phases.size(); ++p)
        result.phases.push_back(phase_score(rubric, rubric.phases[p], scores.phases[p]));
    for (std::size_t a = 0; a < rubric.areas.size(); ++a) {
        const Area& area = rubric.areas[a];
        result.areas.push_back({area.id, area.name, scores.area_by_phase[a], scores.area_overall[a],
                                scores.area_holds[a], scores.area_placement[a]});
    }
    result.questions.reserve(scores.questions.size());
    for (const detail::ScoredQuestion& scored : scores.questions) {
        if (!scored.choice) {
            result.unanswered.push_back({scored.question->id, scored.phase->id,
                                         scored.question->area, scored.question->text});
        }
        result.questions.push_back(outcome_of(scored));
    }
    result.gaps.reserve(scores.gaps.size());
    for (const detail::GapRef& ref : scores.gaps) {
        Gap& gap = result.gaps.emplace_back();
        static_cast<QuestionOutcome&>(gap) = result.questions[ref.question];
        gap.kind = ref.kind;
        gap.guidance = scores.questions[ref.question].question->guidance;
    }
    result.targets = measure_targets(result, answers.targets);
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
