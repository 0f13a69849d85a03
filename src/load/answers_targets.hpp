#pragma once

// The `target:` and `targets:` keys of an answers file: the phase the team, and
// each area, should hold, and by when.

#include <string>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"

#include "load/yaml_reader.hpp"

namespace gait::detail {

// Reads `target: {phase: P, by: DATE}` and `targets: {AREA: P | {phase: P, by: DATE}}`
// into answers.targets; unknown phases, areas and dates are problems.
void read_targets(MappingReader& root, const std::string& file, const Rubric& rubric,
                  Answers& answers, std::vector<Diagnostic>& problems);

}  // namespace gait::detail
