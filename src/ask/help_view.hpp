#pragma once

// A question's help on a screen too short for all of it: shown a part at a time.

#include <cstddef>
#include <string>

namespace gait {

// The part of a question's help on screen: ? shows it, again shows the next
// part when it did not all fit, and hides it after the last.
struct HelpView {
    bool open = false;
    std::size_t first_line = 0;
    std::size_t next_line = 0;  // set by help_window: the first line not shown; 0 when all were
};

// What ? does: opens the help, turns to its next part, or closes it after the last.
void turn_help_page(HelpView& help);

// As much of the help `text` as `rows` hold from help.first_line on, with a
// line saying there is more when it does not all fit; sets help.next_line.
std::string help_window(const std::string& text, std::size_t rows, HelpView& help);

}  // namespace gait
