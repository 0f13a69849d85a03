#pragma once

// A document as plain text for a terminal or a file: wrapped to the style's
// width, colored only when the style says so, and every string from the
// document made printable (control, C1 and bidi characters shown visibly).

#include <string>

#include "gait/document/document.hpp"
#include "gait/util/text_format.hpp"

namespace gait {

std::string write_text(const doc::Document& document, const TextStyle& style);

}  // namespace gait
