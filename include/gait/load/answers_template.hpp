#pragma once

#include <string>

#include "gait/load/rubric.hpp"

namespace gait {

// An answers file ready to fill in: every question id of the rubric, grouped by
// phase and area, with the question as a comment and the answer left blank.
// `schema` is the path of answers.schema.json for editors; none when empty.
// `score_command` is the command the header suggests to score the file with;
// `respondent` who will fill it in ("" when not known).
std::string render_answers_template(const Rubric& rubric, const std::string& team,
                                    const std::string& date, const std::string& schema,
                                    const std::string& score_command,
                                    const std::string& respondent = {});

}  // namespace gait
