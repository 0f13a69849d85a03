#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gait {

// How plain-text output is laid out; the command line fills it from the terminal.
struct TextStyle {
    std::size_t width = 80;  // columns to wrap to
    bool color = false;      // ANSI colors and bold
};

enum class Paint { bold, dim, red, green, yellow, cyan };

// Bytes in the well-formed UTF-8 character at the start of `text` (Unicode's
// table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF); 0 when
// the bytes there are not one.
std::size_t utf8_character_length(std::string_view text);

// Letters a to z made A to Z; every other byte as it is, so UTF-8 text stays
// whole (the C library's toupper is undefined for its bytes).
std::string ascii_upper(std::string_view text);
// A to Z made a to z, the same way: for names matched whatever their case.
std::string ascii_lower(std::string_view text);
// `text` with a capital first letter: ASCII only, so UTF-8 stays whole.
std::string capitalized(std::string_view text);

// "a, b or c": the words as a sentence lists alternatives.
std::string or_list(const std::vector<std::string>& words);

// U+FFFD, what a byte that starts no well-formed character decodes as.
inline constexpr char32_t replacement_character = 0xFFFD;

// The code point of the UTF-8 character at text[at], moving `at` past it; a byte
// that does not start a well-formed character is replacement_character, alone.
char32_t next_code_point(std::string_view text, std::size_t& at);

// Unicode's bidirectional embeddings, overrides and isolates: they reorder text on
// screen, so no format writes them as they are.
bool is_bidi_control(char32_t code_point);

// `text` made safe for a terminal: control characters shown in caret form
// ("^["), C1 controls and bidirectional overrides as "<U+202E>", tabs and line
// breaks as spaces. Text from files passes through this before it is shown.
std::string printable(std::string_view text);

// `text` wrapped in the escape codes of `paint` when color is on; as is otherwise.
std::string paint(std::string_view text, Paint paint, const TextStyle& style);

// Columns a UTF-8 string takes on a terminal: two for each East Asian wide
// character, none for combining marks and color codes, one for the rest.
std::size_t display_width(std::string_view text);

// A value from a file or the command line as a message quotes it: in single
// quotes, cut to its first 60 characters and an ellipsis, so that no message
// repeats a whole 64 KiB value (or a secret behind a link) back.
std::string quote_value(std::string_view value);

// Cuts to at most `width` columns, ending in an ellipsis when cut.
std::string truncate(std::string_view text, std::size_t width);
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

// Word-wraps to `width` columns. The first line starts with `first`, the others
// with `rest`; both prefixes count toward the width. Ends with a newline.
std::string wrap(std::string_view text, std::size_t width, std::string_view first,
                 std::string_view rest);

// Wraps like `wrap` but keeps the text's own spaces: only a space where a line
// breaks is dropped. For what a person typed, such as a note.
std::string wrap_verbatim(std::string_view text, std::size_t width, std::string_view first,
                          std::string_view rest);

// "1 gap", "7 gaps": a count and its noun, plural when it is not one.
std::string count_of(std::size_t count, const char* noun);

// A score as "0.75", or "-" when there is none.
std::string format_score(std::optional<double> score);

// A horizontal bar of `cells` columns, filled in proportion to `fraction` in [0,1].
std::string bar(double fraction, std::size_t cells);

}  // namespace gait
