#pragma once

// Scanning YAML text for where its tokens start and end, so that an editor can change
// some bytes of a file and keep all the others. Positions are byte offsets into the text:
// yaml-cpp's marks say where a node starts, these functions where it ends.

#include <cstddef>
#include <stdexcept>
#include <string_view>

namespace gait::detail {

// Thrown for a form of text not handled here, such as a quote never closed: fall back.
struct UnsupportedYaml : std::runtime_error {
    UnsupportedYaml() : std::runtime_error("a YAML form not edited in place") {}
};

// ---- Characters ----

// Spaces and tabs: what separates tokens within a line.
inline bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

// Either ends a line, so that a "\r\n" file scans as a "\n" one.
inline bool is_break(char c) {
    return c == '\n' || c == '\r';
}

// What separates tokens in flow context, where a value may go on over lines.
inline bool is_space(char c) {
    return is_blank(c) || is_break(c);
}

// The byte at `i`, or '\0' past the end: scanners then need no bounds checks.
inline char byte_at(std::string_view text, std::size_t i) {
    return i < text.size() ? text[i] : '\0';
}

// ---- Lines ----

// The start of `pos`'s line: an editor inserts and removes whole lines.
std::size_t line_start(std::string_view text, std::size_t pos);

// The start of the line after `pos`'s, or the end of the text: to walk the lines.
std::size_t next_line(std::string_view text, std::size_t pos);

// Where `pos`'s line ends before its "\n" or "\r\n": an edit there keeps the line break.
std::size_t content_end(std::string_view text, std::size_t pos);

// The end of the text of the line before the one starting at `line`: a removal ends there.
std::size_t previous_content_end(std::string_view text, std::size_t line);

// Past the spaces and tabs at `pos`, on its line: where the line's next token starts.
std::size_t skip_blanks(std::string_view text, std::size_t pos);

// The spaces indenting the line at `line`: in block context indentation nests values.
std::size_t indent_of(std::string_view text, std::size_t line);

// A line blank or only a comment: it belongs to whatever follows it.
bool blank_or_comment(std::string_view text, std::size_t line);

// Whether `pos` is the first token on its line, as a block mapping's key must be.
bool begins_line(std::string_view text, std::size_t pos);

// ---- Scalars and flow collections ----

// After the quoted scalar at `begin`: a quote escaped (\" or '') does not end it.
std::size_t quoted_end(std::string_view text, std::size_t begin);

// After the flow collection at `begin`: brackets in quotes and comments do not close it.
std::size_t flow_end(std::string_view text, std::size_t begin);

// After a quoted scalar or flow collection at `begin`, else npos: these end alike anywhere.
std::size_t delimited_end(std::string_view text, std::size_t begin);

// The end of a plain scalar on its line: " #" starts a comment that is not the value's.
std::size_t plain_line_end(std::string_view text, std::size_t begin);

// The end of a block plain scalar whose key is at `column`: deeper lines go on with it.
std::size_t plain_block_end(std::string_view text, std::size_t begin, std::size_t column);

// The end of a flow plain scalar: ',', '}', ']' or a comment end it, line breaks do not.
std::size_t plain_flow_end(std::string_view text, std::size_t begin);

// ---- Block values and keys ----

// After a block value's lines from `from`, deeper than `column`: later comments are the next key's.
std::size_t extent_end(std::string_view text, std::size_t from, std::size_t column, bool literal);

// After the key at `begin`: a plain key ends at the ':' a space follows, "a:b" is one key.
std::size_t key_end(std::string_view text, std::size_t begin, bool flow);

// The ':' after the key at `begin`: the value of the entry starts after it.
std::size_t colon_after_key(std::string_view text, std::size_t begin, bool flow);

// Past blanks, line breaks and comments: in flow context a value may start lines further on.
std::size_t next_flow_token(std::string_view text, std::size_t pos);

}  // namespace gait::detail
