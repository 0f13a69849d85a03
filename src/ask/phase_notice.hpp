#pragma once

// What the questionnaire says when the last question of a phase is answered.

#include <string>

#include "gait/model/result.hpp"

namespace gait {

// The phase's score against its threshold, and whether the team now holds the
// phase (which takes every phase before it too), and if not, what stands in
// the way: an essential, an area below the floor, or an earlier phase. Empty
// when `result` has no phase `phase_id`. Text from the rubric is made printable.
std::string phase_done_notice(const Result& result, const std::string& phase_id);

}  // namespace gait
