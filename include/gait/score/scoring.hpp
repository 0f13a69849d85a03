#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/model/result.hpp"

namespace gait {

// Scores answers against a rubric: a pure function, no I/O and no clock.
// The rules are in docs/scoring.md.
Result score(const Rubric& rubric, const Answers& answers);

// Phases achieved, with a score, beyond the first one that is not: practices in
// place that do not count, because an earlier phase is not held.
std::vector<std::size_t> phases_achieved_out_of_order(const Result& result);

}  // namespace gait
