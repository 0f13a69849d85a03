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
// Escape cancels. UTF-8 aware: the cursor moves by character.
EditedLine edit_line(Console& console, std::string_view prompt, std::string initial);

}  // namespace gait
