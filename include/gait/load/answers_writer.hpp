#pragma once

#include <string>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"

namespace gait {

// Answers in the answers format (docs/answers-format.md), questions in rubric
// order; load_answers reads back exactly what was written.
std::string render_answers(const Rubric& rubric, const Answers& answers);

// The answer that exempts a question, for a while and for a reason: scored as
// the scale's not-applicable choice while in force.
inline constexpr const char* exempt_answer = "exempt";

// What a file writes for the answer: its choice id, or exempt_answer.
std::string answer_word(const Answer& answer);

// `text` as a double-quoted YAML scalar.
std::string yaml_quote(const std::string& text);

}  // namespace gait
