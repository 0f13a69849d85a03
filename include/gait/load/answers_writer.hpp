#pragma once

#include <string>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"

namespace gait {

// Answers in the answers format (docs/answers-format.md), questions in rubric
// order; load_answers reads back exactly what was written.
std::string render_answers(const Rubric& rubric, const Answers& answers);

// `text` as a double-quoted YAML scalar.
std::string yaml_quote(const std::string& text);

}  // namespace gait
