#pragma once

// A document as GitHub-flavoured Markdown, for a pull-request comment or a CI
// job summary: every string from the document escaped as literal text.

#include <string>

#include "gait/document/document.hpp"

namespace gait {

std::string write_markdown(const doc::Document& document);

}  // namespace gait
