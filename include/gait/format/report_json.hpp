#pragma once

// One team's report as JSON: a schema contract (docs/schemas/report.schema.json),
// written straight from the result.

#include <string>

#include <nlohmann/json.hpp>

#include "gait/model/result.hpp"

namespace gait {

// The JSON report (docs/report-format.md); keys keep a fixed order.
nlohmann::ordered_json report_to_json(const Result& result);

// report_to_json, printed with two-space indentation and a final newline.
std::string render_json(const Result& result);

}  // namespace gait
