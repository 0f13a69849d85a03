#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "gait/scoring.hpp"

namespace gait {

// Bumped when a key changes meaning or goes away; new keys do not bump it.
inline constexpr int report_schema_version = 1;

// The JSON report (docs/report-format.md); keys keep a fixed order.
nlohmann::ordered_json report_to_json(const Result& result);

// report_to_json, printed with two-space indentation and a final newline.
std::string render_json(const Result& result);

}  // namespace gait
