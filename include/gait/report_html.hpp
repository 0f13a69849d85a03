#pragma once

#include <string>

#include "gait/result.hpp"

namespace gait {

// The report as one self-contained HTML page: no external scripts, fonts,
// images or styles; every piece of text from the rubric or the answers escaped.
std::string render_html(const Result& result);

}  // namespace gait
