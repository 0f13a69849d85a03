#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "gait/scoring.hpp"

namespace gait {

// Bumped when a key changes meaning or goes away; new keys do not bump it.
inline constexpr int report_schema_version = 1;

// The JSON report (docs/report-format.md); keys keep a fixed order.
nlohmann::ordered_json report_to_json(const Result& result);

// A question and its answer, as the report's "questions" and "gaps" write it.
nlohmann::ordered_json outcome_json(const QuestionOutcome& outcome);
nlohmann::ordered_json gap_json(const Gap& gap);
// A score, or null when there is none.
nlohmann::ordered_json score_json(std::optional<double> score);

// {"name": "gait", "version": ...}: which gait wrote a JSON output.
nlohmann::ordered_json tool_json();

// A JSON document printed with two-space indentation and a final newline.
std::string dump_json(const nlohmann::ordered_json& document);

// report_to_json, printed with two-space indentation and a final newline.
std::string render_json(const Result& result);

}  // namespace gait
