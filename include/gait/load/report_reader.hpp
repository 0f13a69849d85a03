#pragma once

#include <string>
#include <string_view>

#include "gait/model/result.hpp"

namespace gait {

// Reads a saved JSON report (docs/report-format.md) back into the result it was
// rendered from, so it can be rendered again in any format with no rubric.
// Throws Error for a file that is not a gait report, or one from a newer
// schema_version than this gait knows.
Result load_report(std::string_view text, const std::string& file);
Result load_report_file(const std::string& path);

}  // namespace gait
