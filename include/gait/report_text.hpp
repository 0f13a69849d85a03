#pragma once

#include <string>

#include "gait/result.hpp"
#include "gait/text_format.hpp"

namespace gait {

// The report for people at a terminal: placement, phase scores with bars, the
// area x phase matrix, the gaps to hold and to reach, unanswered questions.
std::string render_text(const Result& result, const TextStyle& style);

// A copy whose text from the rubric and the answers cannot drive a terminal:
// every such string passed through printable().
Result make_printable(Result result);

}  // namespace gait
