#include "format/csv_text.hpp"

#include <string_view>

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

// Whether a spreadsheet would take the field for a formula (OWASP's CSV injection list).
bool looks_like_formula(const std::string& text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string::npos;
}

// `text` with its control, C1 and bidi characters shown visibly, as on a
// terminal (a CSV is often printed on one); its line breaks kept, as RFC 4180
// allows them in a quoted field.
std::string visible(std::string_view text) {
    std::string out;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find('\n', start);
        out += printable(text.substr(start, end - start));
        if (end == std::string_view::npos) return out;
        out += '\n';
        start = end + 1;
    }
}

}  // namespace

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes
// doubled. A field a spreadsheet would evaluate gets a ' in front, quoted, so it
// is read as text.
std::string csv_field(const std::string& raw) {
    const std::string text = visible(raw);
    const bool formula = looks_like_formula(raw);
    if (!formula && text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = formula ? "\"'" : "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\r\n";
}

}  // namespace gait
