#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "gait/answers.hpp"
#include "gait/diagnostic.hpp"
#include "gait/rubric.hpp"
#include "gait/scoring.hpp"

namespace gait {

// One team's assessment from a file of either kind: an answers file, scored
// against `rubric`, or a saved JSON report, taken as it stands (its own rubric
// id and version travel with it). A report is told apart by its
// "schema_version" key. Throws Error as the loaders do. An answers file's
// warnings go to `warnings` when it is given.
// What such a file holds, parsed once and checked: a saved report, or answers
// not yet scored (their warnings inside).
std::variant<Result, Answers> read_assessment(std::string_view text, const std::string& file,
                                              const Rubric& rubric);

Result load_assessment(std::string_view text, const std::string& file, const Rubric& rubric,
                       std::vector<Diagnostic>* warnings = nullptr);
Result load_assessment_file(const std::string& path, const Rubric& rubric,
                            std::vector<Diagnostic>* warnings = nullptr);

}  // namespace gait
