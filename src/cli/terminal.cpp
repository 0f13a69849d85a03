#include "cli/terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <sys/ioctl.h>
#include <unistd.h>

namespace gait::cli {
namespace {

constexpr std::size_t fallback_width = 80;
constexpr std::size_t narrowest_width = 40;
constexpr std::size_t fallback_rows = 24;
constexpr std::size_t fewest_rows = 8;

bool set_and_not(const char* variable, const char* off) {
    const char* value = std::getenv(variable);
    return value && *value && std::strcmp(value, off) != 0;
}

// For --color auto: https://no-color.org first, then CLICOLOR_FORCE, then the terminal.
bool auto_color(bool on_terminal) {
    if (set_and_not("NO_COLOR", "")) return false;
    if (set_and_not("CLICOLOR_FORCE", "0")) return true;
    const char* term = std::getenv("TERM");
    return on_terminal && !(term && std::strcmp(term, "dumb") == 0);
}

}  // namespace

TextStyle style_for(std::FILE* stream, const ColorChoice& color) {
    TextStyle style;
    const int fd = ::fileno(stream);
    const bool on_terminal = ::isatty(fd);
    struct winsize size {};
    if (on_terminal && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        style.width = std::max<std::size_t>(size.ws_col, narrowest_width);
    } else {
        style.width = fallback_width;
    }
    style.color = color == "always" || (color == "auto" && auto_color(on_terminal));
    return style;
}

std::size_t terminal_rows(std::FILE* stream) {
    struct winsize size {};
    const int fd = ::fileno(stream);
    if (!::isatty(fd) || ::ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0) {
        return fallback_rows;
    }
    return std::max<std::size_t>(size.ws_row, fewest_rows);
}

}  // namespace gait::cli
