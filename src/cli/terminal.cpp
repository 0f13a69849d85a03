#include "terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <sys/ioctl.h>
#include <unistd.h>

namespace gait::cli {
namespace {

constexpr std::size_t fallback_width = 80;
constexpr std::size_t narrowest_width = 40;

bool color_allowed() {
    const char* no_color = std::getenv("NO_COLOR");  // https://no-color.org: set and not empty
    if (no_color && *no_color) return false;
    const char* term = std::getenv("TERM");
    return !(term && std::strcmp(term, "dumb") == 0);
}

}  // namespace

TextStyle style_for(std::FILE* stream) {
    TextStyle style;
    const int fd = ::fileno(stream);
    if (!::isatty(fd)) return style;
    struct winsize size {};
    if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        style.width = std::max<std::size_t>(size.ws_col, narrowest_width);
    } else {
        style.width = fallback_width;
    }
    style.color = color_allowed();
    return style;
}

}  // namespace gait::cli
