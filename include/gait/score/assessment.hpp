#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/model/result.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait {

// What a file of one team's assessment holds, parsed once and checked: a saved
// JSON report, taken as it stands (its own rubric id and version travel with it)
// and told apart by its "schema_version" key, or answers checked against
// `rubric` and not yet scored (their warnings inside). gait's own aggregate and
// comparison outputs, and anything the loaders refuse, throw Error.
std::variant<Result, Answers> read_assessment(std::string_view text, const std::string& file,
                                              const Rubric& rubric);

// Whether `text` is an answers file that names a rubric other than `rubric`:
// for the commands that refuse such a file outright instead of skipping it.
bool names_another_rubric(std::string_view text, const std::string& file, const Rubric& rubric);

// The file's assessment as a report: read_assessment, with answers scored
// against `rubric`; an answers file's warnings go to `warnings` when it is given.
Result load_assessment_file(const std::string& path, const Rubric& rubric,
                            std::vector<Diagnostic>* warnings = nullptr);
// The same, of a file's text already read; `file` is how messages name it.
Result load_assessment(std::string_view text, const std::string& file, const Rubric& rubric,
                       std::vector<Diagnostic>* warnings = nullptr);

}  // namespace gait
