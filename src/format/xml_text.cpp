#include "format/xml_text.hpp"

#include "gait/util/text_format.hpp"

#include "format/html_page.hpp"

namespace gait {

// Each line through printable(), which shows control characters as a terminal
// report does, then html::esc, whose five references are XML's too and which
// drops what XML 1.0 forbids besides (noncharacters, malformed UTF-8 as U+FFFD).
std::string xml_escape(std::string_view text) {
    std::string out;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find('\n', start);
        out += html::esc(printable(text.substr(start, end - start)));
        if (end == std::string_view::npos) return out;
        out += "&#10;";
        start = end + 1;
    }
}

}  // namespace gait
