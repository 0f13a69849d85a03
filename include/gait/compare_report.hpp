#pragma once

// The renderers of a comparison; each takes the comparison and nothing else.

#include <string>

#include <nlohmann/json.hpp>

#include "gait/compare.hpp"
#include "gait/text_format.hpp"

namespace gait {

// Bumped when a key changes meaning or goes away (docs/schemas/compare.schema.json).
inline constexpr int compare_schema_version = 1;

std::string render_compare_text(const Comparison& comparison, const TextStyle& style);
std::string render_compare_markdown(const Comparison& comparison);
std::string render_compare_html(const Comparison& comparison);
nlohmann::ordered_json compare_to_json(const Comparison& comparison);
std::string render_compare_json(const Comparison& comparison);

}  // namespace gait
