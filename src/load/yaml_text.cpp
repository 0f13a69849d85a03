#include "load/yaml_text.hpp"

#include <algorithm>

namespace gait::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;

}  // namespace

std::size_t line_start(std::string_view text, std::size_t pos) {
    const std::size_t newline = pos == 0 ? npos : text.rfind('\n', pos - 1);
    return newline == npos ? 0 : newline + 1;
}

std::size_t next_line(std::string_view text, std::size_t pos) {
    const std::size_t newline = text.find('\n', pos);
    return newline == npos ? text.size() : newline + 1;
}

std::size_t content_end(std::string_view text, std::size_t pos) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    if (end > pos && text[end - 1] == '\r') --end;
    return end;
}

std::size_t previous_content_end(std::string_view text, std::size_t line) {
    std::size_t end = line;
    if (end > 0 && text[end - 1] == '\n') --end;
    if (end > 0 && text[end - 1] == '\r') --end;
    return end;
}

std::size_t skip_blanks(std::string_view text, std::size_t pos) {
    while (is_blank(byte_at(text, pos)))
        ++pos;
    return pos;
}

std::size_t indent_of(std::string_view text, std::size_t line) {
    std::size_t end = line;
    while (byte_at(text, end) == ' ')
        ++end;
    return end - line;
}

bool blank_or_comment(std::string_view text, std::size_t line) {
    const char c = byte_at(text, skip_blanks(text, line));
    return c == '\0' || is_break(c) || c == '#';
}

bool begins_line(std::string_view text, std::size_t pos) {
    return skip_blanks(text, line_start(text, pos)) == pos;
}

std::size_t quoted_end(std::string_view text, std::size_t begin) {
    const char quote = text[begin];
    for (std::size_t i = begin + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && byte_at(text, i + 1) == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    throw UnsupportedYaml();
}

// A quote starts a scalar only where a token may start: "{a: don't}" has none.
std::size_t flow_end(std::string_view text, std::size_t begin) {
    int depth = 0;
    bool token_start = true;
    for (std::size_t i = begin; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '"' || c == '\'') && token_start) {
            i = quoted_end(text, i) - 1;
        } else if (c == '#' && is_space(byte_at(text, i - 1))) {
            i = content_end(text, i) - 1;
            continue;  // a comment does not end a token's start
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
        if (!is_space(c)) token_start = c == '{' || c == '[' || c == ',' || c == ':';
    }
    throw UnsupportedYaml();
}

std::size_t delimited_end(std::string_view text, std::size_t begin) {
    const char c = byte_at(text, begin);
    if (c == '"' || c == '\'') return quoted_end(text, begin);
    if (c == '{' || c == '[') return flow_end(text, begin);
    return npos;
}

std::size_t plain_line_end(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    for (std::size_t i = begin; i < text.size() && !is_break(text[i]); ++i) {
        if (text[i] == '#' && i > begin && is_blank(text[i - 1])) break;
        if (!is_blank(text[i])) end = i + 1;
    }
    return end;
}

// Blank lines within the scalar are part of it; a comment, even a deeper one, ends it.
std::size_t plain_block_end(std::string_view text, std::size_t begin, std::size_t column) {
    std::size_t end = plain_line_end(text, begin);
    for (std::size_t line = next_line(text, end); line < text.size();
         line = next_line(text, line)) {
        if (byte_at(text, skip_blanks(text, end)) == '#') break;
        const std::size_t first = skip_blanks(text, line);
        if (is_break(byte_at(text, first))) continue;
        if (byte_at(text, first) == '#' || indent_of(text, line) <= column) break;
        end = plain_line_end(text, first);
    }
    return end;
}

std::size_t plain_flow_end(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    for (std::size_t i = begin; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',' || c == '}' || c == ']' || (c == '#' && is_space(byte_at(text, i - 1)))) break;
        if (!is_space(c)) end = i + 1;
    }
    return end;
}

// Blank and comment lines count only when a deeper line follows them. In a block scalar
// (`literal`) a deeper line starting with '#' is text, not a comment.
std::size_t extent_end(std::string_view text, std::size_t from, std::size_t column, bool literal) {
    std::size_t end = from;
    for (std::size_t line = from; line < text.size(); line = next_line(text, line)) {
        const bool deeper = indent_of(text, line) > column;
        if (blank_or_comment(text, line) &&
            !(literal && deeper && byte_at(text, skip_blanks(text, line)) == '#'))
            continue;
        if (!deeper) break;
        end = next_line(text, line);
    }
    return end;
}

// In flow context ',', '}' and ']' end a plain key too, and the key may not go past them.
std::size_t key_end(std::string_view text, std::size_t begin, bool flow) {
    if (text[begin] == '"' || text[begin] == '\'') return quoted_end(text, begin);
    for (std::size_t i = begin; i < text.size() && !is_break(text[i]); ++i) {
        const char next = byte_at(text, i + 1);
        const bool ends =
            next == '\0' || is_space(next) || (flow && (next == ',' || next == '}' || next == ']'));
        if (text[i] == ':' && ends) return i;
        if (flow && (text[i] == ',' || text[i] == '}')) break;
    }
    throw UnsupportedYaml();
}

std::size_t colon_after_key(std::string_view text, std::size_t begin, bool flow) {
    const std::size_t colon = skip_blanks(text, key_end(text, begin, flow));
    if (byte_at(text, colon) != ':') throw UnsupportedYaml();
    return colon;
}

std::size_t next_flow_token(std::string_view text, std::size_t pos) {
    while (pos < text.size()) {
        if (is_space(text[pos])) {
            ++pos;
        } else if (text[pos] == '#') {
            pos = content_end(text, pos);
        } else {
            break;
        }
    }
    return pos;
}

}  // namespace gait::detail
