#include "format/markdown_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

bool is_code_safe(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_' || c == '/' || c == '+';
}

}  // namespace

std::string markdown_escape(const std::string& text) {
    std::string out;
    for (const char c : printable(text)) {
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
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '|':
            case '#':
            case '~':
            case '!':
                out += '\\';
                out += c;
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string markdown_code(std::string_view text) {
    if (text.empty() || !std::all_of(text.begin(), text.end(), is_code_safe)) {
        return markdown_escape(std::string(text));
    }
    return "`" + std::string(text) + "`";
}

std::string markdown_row(const std::vector<std::string>& cells) {
    return fmt::format("| {} |\n", fmt::join(cells, " | "));
}

std::string markdown_table_head(const std::vector<std::string>& headings, std::string_view align) {
    std::string rule = "|";
    for (const char column : align)
        rule += column == 'r' ? "---:|" : "---|";
    return markdown_row(headings) + rule + "\n";
}

std::string markdown_line(const std::string& text) {
    std::string out = markdown_escape(text);
    out.erase(0, out.find_first_not_of(' '));
    if (out.empty()) return out;
    if (out[0] == '-' || out[0] == '+') return "\\" + out;
    // "1. " and "1) " start an ordered list; so does either at the end.
    const std::size_t digits = out.find_first_not_of("0123456789");
    if (digits != 0 && digits != std::string::npos && (out[digits] == '.' || out[digits] == ')') &&
        (digits + 1 == out.size() || out[digits + 1] == ' ')) {
        out.insert(digits, "\\");
    }
    return out;
}

std::string markdown_bold(const std::string& markdown) {
    const std::size_t first = markdown.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    const std::size_t last = markdown.find_last_not_of(' ');
    return "**" + markdown.substr(first, last - first + 1) + "**";
}

std::string markdown_detail(std::string_view label, const std::string& text) {
    if (text.empty()) return {};
    return fmt::format("   {} {}\n\n", markdown_bold(markdown_escape(std::string(label)) + ":"),
                       markdown_escape(text));
}

std::string markdown_list_item(std::size_t number, const std::string& heading,
                               const std::string& facts, const std::string& details) {
    std::string out = fmt::format("{}. {}", number, heading);
    out += facts.empty() ? "\n" : "  \n   " + facts + "\n";
    if (!details.empty()) {
        out += "\n   <details><summary>Details</summary>\n\n" + details + "   </details>\n";
    }
    return out + "\n";
}

std::string markdown_item(std::size_t number, const std::string& text, bool essential,
                          const std::string& facts, const std::string& details) {
    return markdown_list_item(number, "**" + text + "**" + (essential ? " (essential)" : ""), facts,
                              details);
}

std::string markdown_fold(const std::string& body, std::size_t items, const char* noun,
                          std::size_t most_open) {
    if (items <= most_open) return body;
    const std::string summary = "Show all " + count_of(items, noun);
    // The blank lines let GitHub and GitLab read the Markdown inside the HTML block.
    const bool ends_blank = body.size() > 1 && body.compare(body.size() - 2, 2, "\n\n") == 0;
    return "<details><summary>" + summary + "</summary>\n\n" + body + (ends_blank ? "" : "\n") +
           "</details>\n\n";
}

std::string markdown_end(std::string out) {
    while (out.size() > 1 && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

}  // namespace gait
