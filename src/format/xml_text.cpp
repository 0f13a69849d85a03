#include "format/xml_text.hpp"

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

// The characters XML 1.0 allows but markup would take for its own.
void append_escaped(std::string& out, char c) {
    switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += c;
    }
}

// One line: printable() shows what a terminal would act on, then the two
// noncharacters printable leaves, which XML 1.0 forbids.
void append_line(std::string& out, std::string_view line) {
    const std::string shown = printable(line);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        if (shown.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < shown.size() &&
            (shown[i + 2] == '\xBE' || shown[i + 2] == '\xBF')) {
            out += shown[i + 2] == '\xBE' ? "&lt;U+FFFE&gt;" : "&lt;U+FFFF&gt;";
            i += 2;
            continue;
        }
        append_escaped(out, shown[i]);
    }
}

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string out;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find('\n', start);
        append_line(out, text.substr(start, end - start));
        if (end == std::string_view::npos) return out;
        out += "&#10;";
        start = end + 1;
    }
}

}  // namespace gait
