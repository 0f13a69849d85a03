#pragma once

#include <string>

#include "gait/result.hpp"

namespace gait {

// The report as GitHub-flavoured Markdown, for a pull-request comment or a CI
// job summary. Text from the rubric or the answers is escaped so that it cannot
// break a table or add markup.
std::string render_markdown(const Result& result);

}  // namespace gait
