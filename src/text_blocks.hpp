#pragma once

// Pieces the plain-text renderers share, so a question or a heading looks the
// same in a report, a comparison and an aggregate.

#include <cstddef>
#include <string>

#include "gait/text_format.hpp"

namespace gait::detail {

// A blank line, then `text` in bold.
std::string section_heading(const std::string& text, const TextStyle& style);

// "   3. ": the number of an item in a list, and its indent.
std::string list_marker(std::size_t number);

// Where a question stands, for the line under its text.
struct QuestionPlace {
    const std::string& id;
    const std::string& phase;  // the phase's name
    const std::string& area;   // the area's name
    bool essential;
};

// The question's text after `marker`, then "id · phase · area · essential", dimmed.
std::string question_block(const std::string& marker, const std::string& text,
                           const QuestionPlace& place, const TextStyle& style);

}  // namespace gait::detail
