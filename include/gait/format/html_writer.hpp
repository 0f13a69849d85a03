#pragma once

// A document as one self-contained HTML page (inline CSS and SVG, no script):
// every string from the document escaped as HTML text.

#include <string>

#include "gait/document/document.hpp"

namespace gait {

std::string write_html(const doc::Document& document);

}  // namespace gait
