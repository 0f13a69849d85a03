#pragma once

#include <vector>

#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait::detail {

// Appends every rule a well-read rubric still breaks: duplicate or malformed ids,
// unknown areas, values out of range, empty phases, a scale with no full credit.
void check_rubric(const Rubric& rubric, std::vector<Diagnostic>& problems);

}  // namespace gait::detail
