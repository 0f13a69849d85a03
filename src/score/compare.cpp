#include "gait/score/compare.hpp"

#include <cmath>
#include <unordered_map>

#include <fmt/format.h>

#include "gait/util/diagnostic.hpp"
#include "gait/util/text_format.hpp"

namespace gait {
namespace {

constexpr double epsilon = 1e-9;

template <typename Item>
std::unordered_map<std::string, const Item*> index_by(const std::vector<Item>& items,
                                                      std::string Item::*key) {
    std::unordered_map<std::string, const Item*> index;
    for (const Item& item : items)
        index.emplace(item.*key, &item);
    return index;
}

template <typename Item>
const Item* lookup(const std::unordered_map<std::string, const Item*>& index,
                   const std::string& id) {
    const auto found = index.find(id);
    return found == index.end() ? nullptr : found->second;
}

// The after side's items in order, then the before side's that the after side lacks.
template <typename Item, typename Score>
std::vector<ScoreChange> score_changes(const std::vector<Item>& before,
                                       const std::vector<Item>& after, Score score) {
    const auto before_by_id = index_by(before, &Item::id);
    const auto after_by_id = index_by(after, &Item::id);
    std::vector<ScoreChange> changes;
    for (const Item& item : after) {
        const Item* old = lookup(before_by_id, item.id);
        changes.push_back({item.id, item.name, old ? score(*old) : std::nullopt, score(item)});
    }
    for (const Item& item : before) {
        if (!lookup(after_by_id, item.id))
            changes.push_back({item.id, item.name, score(item), std::nullopt});
    }
    return changes;
}

bool closes_gap(const QuestionOutcome& outcome) {
    const std::optional<double> credit = credit_of(outcome);
    return !credit || *credit >= 1.0 - epsilon;
}

// Gaps of `gaps` whose question, on the other side, was or is fully in place.
std::vector<Gap> gaps_in_place_on_other_side(
    const std::vector<Gap>& gaps,
    const std::unordered_map<std::string, const QuestionOutcome*>& other) {
    std::vector<Gap> found;
    for (const Gap& gap : gaps) {
        const QuestionOutcome* outcome = lookup(other, gap.question);
        if (outcome && closes_gap(*outcome)) found.push_back(gap);
    }
    return found;
}

// 0 before the first phase, then 1, 2, ... counted in `phases`.
template <typename Phases>
int position_of(const Result& result, const Phases& phases) {
    if (!result.placement) return 0;
    const std::string& id = result.phases[*result.placement].id;
    for (std::size_t p = 0; p < phases.size(); ++p) {
        if (phases[p].id == id) return static_cast<int>(p) + 1;
    }
    return static_cast<int>(*result.placement) + 1;
}

void sort_answers(Comparison& comparison) {
    const auto before = index_by(comparison.before.questions, &QuestionOutcome::question);
    const auto after = index_by(comparison.after.questions, &QuestionOutcome::question);
    for (const QuestionOutcome& now : comparison.after.questions) {
        const QuestionOutcome* then = lookup(before, now.question);
        if (!then) {
            comparison.only_after.push_back(now);
            continue;
        }
        const std::optional<double> old_credit = credit_of(*then);
        const std::optional<double> new_credit = credit_of(now);
        if (old_credit && new_credit && *new_credit > *old_credit + epsilon) {
            comparison.improved.push_back({*then, now});
        } else if (old_credit && new_credit && *new_credit < *old_credit - epsilon) {
            comparison.regressed.push_back({*then, now});
        } else if (then->answer != now.answer) {
            comparison.changed.push_back({*then, now});
        }
    }
    for (const QuestionOutcome& then : comparison.before.questions) {
        if (!lookup(after, then.question)) comparison.only_before.push_back(then);
    }
    comparison.gaps_closed = gaps_in_place_on_other_side(comparison.before.gaps, after);
    comparison.gaps_opened = gaps_in_place_on_other_side(comparison.after.gaps, before);
}

AreaPlacement area_placement(const Result& side, const std::string& id) {
    for (const AreaScores& area : side.areas) {
        if (area.id != id || area.holds.size() != side.phases.size()) continue;
        if (!area.placement) return {true, std::nullopt};
        return {true, side.phases[*area.placement].id};
    }
    return {};
}

// A placement's name on one side: the phase's, or "none yet".
std::string placement_text(const Result& side, const std::optional<std::string>& phase) {
    if (!phase) return "none yet";
    for (const PhaseScore& score : side.phases) {
        if (score.id == *phase) return score.name;
    }
    return *phase;
}

// 0 before the first phase, then 1, 2, ... in the after side's phases; a phase
// it lacks counts as the first.
int rank_of(const Result& after, const std::optional<std::string>& phase) {
    if (!phase) return 0;
    for (std::size_t p = 0; p < after.phases.size(); ++p) {
        if (after.phases[p].id == *phase) return static_cast<int>(p) + 1;
    }
    return 1;
}

}  // namespace

std::vector<PlacementDrop> placement_drops(const Comparison& comparison) {
    const Result& before = comparison.before;
    const Result& after = comparison.after;
    std::vector<PlacementDrop> drops;
    if (comparison.placement_steps < 0) {
        drops.push_back({{}, {}, placement_name_of(before), placement_name_of(after)});
    }
    for (std::size_t a = 0; a < comparison.areas.size(); ++a) {
        const auto& [then, now] = comparison.area_placements[a];
        if (!then.known || !now.known || rank_of(after, now.phase) >= rank_of(after, then.phase))
            continue;
        const ScoreChange& area = comparison.areas[a];
        drops.push_back({area.id, area.name, placement_text(before, then.phase),
                         placement_text(after, now.phase)});
    }
    return drops;
}

std::string placement_name_of(const Result& result) {
    return result.placement ? result.phases[*result.placement].name : "none yet";
}

std::optional<double> credit_of(const QuestionOutcome& outcome) {
    if (!outcome.answer) return 0.0;
    return outcome.value;
}

Comparison compare(const Result& before, const Result& after) {
    if (before.rubric.id != after.rubric.id) {
        throw Error({},
                    fmt::format("the assessments are for different rubrics, {} and {}",
                                quote_value(before.rubric.id), quote_value(after.rubric.id)),
                    "compare two assessments against the same rubric");
    }
    Comparison comparison;
    comparison.before = before;
    comparison.after = after;
    comparison.placement_steps =
        position_of(after, after.phases) - position_of(before, after.phases);
    comparison.phases = score_changes(before.phases, after.phases,
                                      [](const PhaseScore& phase) { return phase.score; });
    comparison.areas = score_changes(before.areas, after.areas,
                                     [](const AreaScores& area) { return area.overall; });
    for (const ScoreChange& area : comparison.areas) {
        comparison.area_placements.emplace_back(area_placement(before, area.id),
                                                area_placement(after, area.id));
    }
    sort_answers(comparison);
    return comparison;
}

std::string format_change(std::optional<double> before, std::optional<double> after) {
    if (!before || !after) return "-";
    const double difference = std::round((*after - *before) * 100.0) / 100.0;
    if (std::fabs(difference) < 0.005) return "0.00";
    return fmt::format("{:+.2f}", difference);
}

}  // namespace gait
