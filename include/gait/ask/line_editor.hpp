#pragma once

#include <string>
#include <string_view>

#include "gait/ask/console.hpp"

namespace gait {

struct EditedLine {
    std::string text;
    // KeyCode::enter when accepted; escape when cancelled; an exit key
    // (is_exit_key) when the questionnaire must end.
    KeyCode ended_by = KeyCode::enter;
};

// Reads one line on the console after `prompt`, starting from `initial`, with the
// usual keys: arrows, Home/End, Backspace/Delete, Ctrl-A/E/U/K/W; Enter accepts,
// Escape cancels. UTF-8 aware: the cursor moves by character as shown (a letter
// and its combining marks are one step), wide ones counted as two columns. A paste is
// inserted at the cursor as one piece (fold_paste), and never ends the line.
EditedLine edit_line(Console& console, std::string_view prompt, std::string initial);

// Pasted text as one line: each run of line breaks (CR, LF, CRLF) and each tab
// becomes one space, other control characters and bytes that are not UTF-8 are
// dropped. A note is one line in the questionnaire; its words are all kept.
std::string fold_paste(std::string_view pasted);

}  // namespace gait
