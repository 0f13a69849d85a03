#pragma once

#include <cstdio>

#include "gait/text_format.hpp"

namespace gait::cli {

// Text style for a stream: its width when it is a terminal (80 otherwise), and
// color only on a terminal, never with NO_COLOR set or TERM=dumb.
TextStyle style_for(std::FILE* stream);

}  // namespace gait::cli
