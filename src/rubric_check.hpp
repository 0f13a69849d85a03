#pragma once

#include <vector>

#include "gait/diagnostic.hpp"
#include "gait/rubric.hpp"

namespace gait::detail {

// Appends every rule a well-read rubric still breaks: duplicate or malformed ids,
// unknown areas, values out of range, empty phases, a scale with no full credit.
void check_rubric(const Rubric& rubric, std::vector<Diagnostic>& problems);

}  // namespace gait::detail
