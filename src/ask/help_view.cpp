#include "ask/help_view.hpp"

#include "ask/screen_lines.hpp"

namespace gait {
namespace {

const char* const more_help = "… more: ? again";

}  // namespace

void turn_help_page(HelpView& help) {
    if (!help.open) {
        help = {true, 0, 0};
    } else if (help.next_line > 0) {
        help = {true, help.next_line, 0};
    } else {
        help = {};
    }
}

std::string help_window(const std::string& text, std::size_t rows, HelpView& help) {
    const std::size_t total = line_count(text);
    if (help.first_line >= total) help.first_line = 0;
    if (total - help.first_line <= rows) {
        help.next_line = 0;
        return lines_from(text, help.first_line, rows);
    }
    const std::size_t shown = rows > 1 ? rows - 1 : 0;
    help.next_line = help.first_line + shown;
    return lines_from(text, help.first_line, shown) + more_help + "\n";
}

}  // namespace gait
