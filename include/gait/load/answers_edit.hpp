#pragma once

#include <string>
#include <string_view>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"

namespace gait {

// The text of an answers file with `answers` saved into it in place: only the
// lines of the team, date, respondent and answers that differ from what `text`
// says change; comments, the schema line, key order, blank lines, line ends and
// every other answer stay byte for byte. Empty `text`: render_answers.
//
// `text` must load with load_answers(text, file, rubric). An answer with no
// choice, note or evidence leaves its key blank; questions `answers` does not
// mention and the rubric reference stay as they are. A file the editor cannot
// change in place (anchors and aliases, tags, complex keys and the like), or an
// edit that would not read back as `answers`, gets render_answers instead: the
// answers are never lost, only the comments.
std::string edit_answers_text(std::string_view text, const std::string& file, const Rubric& rubric,
                              const Answers& answers);

}  // namespace gait
