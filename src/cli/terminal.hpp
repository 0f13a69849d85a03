#pragma once

#include <cstdio>
#include <string>

#include "gait/util/text_format.hpp"

namespace gait::cli {

// --color: "auto" (color on a terminal, unless NO_COLOR is set or TERM=dumb;
// CLICOLOR_FORCE forces it), "always" or "never".
using ColorChoice = std::string;

// Text style for a stream: its width when it is a terminal (80 otherwise), and
// color as `color` says.
TextStyle style_for(std::FILE* stream, const ColorChoice& color);

// Rows of the terminal a stream is on (24 otherwise), at least 8.
std::size_t terminal_rows(std::FILE* stream);

}  // namespace gait::cli
