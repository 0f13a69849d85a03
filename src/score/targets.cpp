#include "gait/score/targets.hpp"

#include <algorithm>
#include <optional>

#include "load/iso_date.hpp"

namespace gait {
namespace {

// Scores are four decimals; compare them with a little slack.
constexpr double epsilon = 1e-9;

std::optional<std::size_t> phase_index(const Result& result, const std::string& id) {
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        if (result.phases[p].id == id) return p;
    }
    return std::nullopt;
}

const AreaScores* find_area(const Result& result, const std::string& id) {
    for (const AreaScores& area : result.areas) {
        if (area.id == id) return &area;
    }
    return nullptr;
}

// Below full credit and counted: unanswered counts as 0, not applicable not at all.
bool below_full_credit(const QuestionOutcome& question) {
    if (question.answer && !question.value) return false;
    return question.value.value_or(0.0) < 1.0 - epsilon;
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Whether the question keeps the team from achieving its phase: every question
// below full credit when the score is short of the threshold; otherwise the
// essentials short and the questions of the areas below the floor.
bool blocks_phase(const PhaseScore& phase, const QuestionOutcome& question) {
    if (phase.achieved || !below_full_credit(question)) return false;
    if (phase.score && *phase.score < phase.threshold - epsilon) return true;
    return contains(phase.essentials_missing, question.question) ||
           contains(phase.areas_below_floor, question.area);
}

// Whether the question keeps its area from holding its phase: the area's cell
// below the floor, or an essential of the area short of full credit.
bool blocks_area(const Result& result, const AreaScores& area, std::size_t p,
                 const QuestionOutcome& question) {
    if (question.area != area.id || !below_full_credit(question)) return false;
    if (p < area.holds.size() && area.holds[p]) return false;
    const PhaseScore& phase = result.phases[p];
    return contains(phase.areas_below_floor, area.id) ||
           contains(phase.essentials_missing, question.question);
}

std::vector<std::string> gaps_between(const Result& result, const AreaScores* area,
                                      std::size_t target) {
    std::vector<std::string> gaps;
    for (const QuestionOutcome& question : result.questions) {
        const std::optional<std::size_t> p = phase_index(result, question.phase);
        if (!p || *p > target) continue;
        const bool blocks = area ? blocks_area(result, *area, *p, question)
                                 : blocks_phase(result.phases[*p], question);
        if (blocks) gaps.push_back(question.question);
    }
    return gaps;
}

TargetOutcome measure(const Result& result, const Target& target) {
    const std::optional<std::size_t> wanted = phase_index(result, target.phase);
    const AreaScores* area = target.area.empty() ? nullptr : find_area(result, target.area);
    const std::optional<std::size_t> placed = area ? area->placement : result.placement;
    const bool known = wanted && (target.area.empty() || area);
    TargetOutcome outcome =
        measure_placement(target, result.date, known ? placed : std::nullopt, wanted);
    if (known && !outcome.met) outcome.gaps = gaps_between(result, area, *wanted);
    return outcome;
}

}  // namespace

TargetOutcome measure_placement(const Target& target, const std::string& date,
                                std::optional<std::size_t> placed,
                                std::optional<std::size_t> wanted) {
    TargetOutcome outcome{target.area, target.phase, target.by, false, false, {}};
    outcome.due = target.by.empty() || detail::day_passed(target.by, date);
    outcome.met = placed && wanted && *placed >= *wanted;
    return outcome;
}

std::vector<TargetOutcome> measure_targets(const Result& result,
                                           const std::vector<Target>& targets) {
    std::vector<TargetOutcome> outcomes;
    for (const Target& target : targets)
        outcomes.push_back(measure(result, target));
    return outcomes;
}

std::optional<std::size_t> target_placement(const Result& result, const TargetOutcome& target) {
    if (target.area.empty()) return result.placement;
    const AreaScores* area = find_area(result, target.area);
    return area ? area->placement : std::nullopt;
}

std::vector<const TargetOutcome*> targets_missed(const Result& result) {
    std::vector<const TargetOutcome*> missed;
    for (const TargetOutcome& target : result.targets) {
        if (target.due && !target.met) missed.push_back(&target);
    }
    return missed;
}

}  // namespace gait
