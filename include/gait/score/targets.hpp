#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/model/result.hpp"

namespace gait {

// Measures each target against the scored result: the team's against its
// placement, an area's against the area's; met or not, due or not (against the
// result's date, never the clock), and the questions that stand between. A pure
// function; the rule is in docs/scoring.md.
std::vector<TargetOutcome> measure_targets(const Result& result,
                                           const std::vector<Target>& targets);

// A target met or not and due or not, without its gaps: for the aggregate,
// which knows the placement (`placed`) and the target phase's index (`wanted`;
// empty when the rubric lacks it) but not every question.
TargetOutcome measure_placement(const Target& target, const std::string& date,
                                std::optional<std::size_t> placed,
                                std::optional<std::size_t> wanted);

// The placement a target is measured against: the team's, or its area's.
std::optional<std::size_t> target_placement(const Result& result, const TargetOutcome& target);

// The targets due and not met: what --fail-below-target names.
std::vector<const TargetOutcome*> targets_missed(const Result& result);

}  // namespace gait
