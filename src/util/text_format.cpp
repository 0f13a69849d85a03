#include "gait/util/text_format.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <utf8proc.h>

#include <fmt/format.h>

namespace gait {
namespace {

// Columns a code point takes on a terminal, from the Unicode data in utf8proc:
// two for East Asian wide and fullwidth characters, none for combining marks
// and other zero-width ones.
std::size_t column_width(char32_t code_point) {
    const int width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(code_point));
    return width > 0 ? static_cast<std::size_t>(width) : 0;
}

// Byte offset where the characters that fit in `columns` columns of `text` end;
// combining marks stay with the character they follow.
std::size_t byte_offset_of_column(std::string_view text, std::size_t columns) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const std::size_t width = column_width(next_code_point(text, i));
        if (seen + width > columns) return start;
        seen += width;
    }
    return text.size();
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

// Code points that reorder or hide text on a terminal: C1 controls and the
// Unicode bidirectional embeddings, overrides and isolates.
bool is_hidden_control(char32_t code_point) {
    return (code_point >= 0x80 && code_point <= 0x9f) || is_bidi_control(code_point);
}

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& at) {
    const std::size_t length = utf8_character_length(text.substr(at));
    const auto lead = static_cast<unsigned char>(text[at]);
    if (length == 0) {
        ++at;
        return replacement_character;
    }
    char32_t code_point = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k)
        code_point = (code_point << 6) | (static_cast<unsigned char>(text[at + k]) & 0x3F);
    at += length;
    return code_point;
}

std::string ascii_upper(std::string_view text) {
    std::string upper(text);
    for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return upper;
}

std::string ascii_lower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

std::string or_list(const std::vector<std::string>& words) {
    std::string list;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) list += i + 1 == words.size() ? " or " : ", ";
        list += words[i];
    }
    return list;
}

bool is_bidi_control(char32_t code_point) {
    return (code_point >= 0x202a && code_point <= 0x202e) ||
           (code_point >= 0x2066 && code_point <= 0x2069);
}

std::size_t utf8_character_length(std::string_view text) {
    if (text.empty()) return 0;
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char first = byte(0);
    if (first < 0x80) return 1;
    // The range the second byte must fall in depends on the first; later bytes are 80..BF.
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (first >= 0xC2 && first <= 0xDF) {
        length = 2;
    } else if (first >= 0xE0 && first <= 0xEF) {
        length = 3;
        if (first == 0xE0) low = 0xA0;   // no overlong forms
        if (first == 0xED) high = 0x9F;  // no surrogates
    } else if (first >= 0xF0 && first <= 0xF4) {
        length = 4;
        if (first == 0xF0) low = 0x90;
        if (first == 0xF4) high = 0x8F;  // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (text.size() < length || byte(1) < low || byte(1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(k) < 0x80 || byte(k) > 0xBF) return 0;
    }
    return length;
}

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t code_point = next_code_point(text, i);
        if (code_point == replacement_character) {
            out += "\xEF\xBF\xBD";  // for a byte that is no character, too
        } else if (code_point == '\t' || code_point == '\n' || code_point == '\r') {
            out += ' ';
        } else if (code_point < 0x20 || code_point == 0x7f) {
            out += '^';
            out += static_cast<char>(code_point ^ 0x40);
        } else if (is_hidden_control(code_point)) {
            out += fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(code_point));
        } else {
            out.append(text.substr(start, i - start));
        }
    }
    return out;
}

std::string paint(std::string_view text, Paint paint, const TextStyle& style) {
    if (!style.color) return std::string(text);
    static constexpr const char* codes[] = {"1", "2", "31", "32", "33", "36"};
    return fmt::format("\x1b[{}m{}\x1b[0m", codes[static_cast<int>(paint)], text);
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
            // The color codes paint() writes take no columns: skip past the final byte.
            i += 2;
            while (i < text.size() && !(text[i] >= 0x40 && text[i] <= 0x7e))
                ++i;
            ++i;
        } else {
            width += column_width(next_code_point(text, i));
        }
    }
    return width;
}

std::string quote_value(std::string_view value) {
    constexpr std::size_t most_characters = 60;
    std::size_t end = 0;
    for (std::size_t characters = 0; end < value.size() && characters < most_characters;
         ++characters) {
        end += std::max<std::size_t>(1, utf8_character_length(value.substr(end)));
    }
    const std::string_view cut = value.substr(0, end);
    return "'" + std::string(cut) + (end < value.size() ? "…'" : "'");
}

std::string truncate(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) return std::string(text);
    if (width == 0) return {};
    return std::string(text.substr(0, byte_offset_of_column(text, width - 1))) + "…";
}

std::string pad_right(std::string_view text, std::size_t width) {
    const std::size_t used = display_width(text);
    return std::string(text) + std::string(used < width ? width - used : 0, ' ');
}

std::string pad_left(std::string_view text, std::size_t width) {
    const std::size_t used = display_width(text);
    return std::string(used < width ? width - used : 0, ' ') + std::string(text);
}

std::string wrap(std::string_view text, std::size_t width, std::string_view first,
                 std::string_view rest) {
    std::string out(first);
    std::size_t column = display_width(first);
    bool line_empty = true;
    for (std::string_view word : split_words(text)) {
        const std::size_t word_width = display_width(word);
        if (!line_empty && column + 1 + word_width > width) {
            out += '\n';
            out += rest;
            column = display_width(rest);
            line_empty = true;
        }
        if (!line_empty) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word_width;
        line_empty = false;
    }
    out += '\n';
    return out;
}

std::string wrap_verbatim(std::string_view text, std::size_t width, std::string_view first,
                          std::string_view rest) {
    std::string out(first);
    std::size_t room = width - std::min(width, display_width(first));
    for (;;) {
        // The last space at which the line still fits; none when all the rest fits.
        // The width is added up word by word, so a line costs its length once.
        std::size_t cut = std::string_view::npos;
        bool all_fits = false;
        std::size_t used = 0;
        for (std::size_t at = 0;;) {
            const std::size_t space = text.find(' ', at);
            const std::size_t end = space == std::string_view::npos ? text.size() : space;
            used += display_width(text.substr(at, end - at)) + (at > 0 ? 1 : 0);
            if (used > room) break;
            if (space == std::string_view::npos) {
                all_fits = true;
                break;
            }
            cut = space;
            at = space + 1;
        }
        if (all_fits) break;
        if (cut == std::string_view::npos || cut == 0) cut = text.find(' ', 1);  // a long word
        if (cut == std::string_view::npos) break;
        out.append(text.substr(0, cut)).append("\n").append(rest);
        text.remove_prefix(cut + 1);
        room = width - std::min(width, display_width(rest));
    }
    out.append(text).append("\n");
    return out;
}

std::string capitalized(std::string_view text) {
    return ascii_upper(text.substr(0, 1)) +
           std::string(text.substr(std::min<std::size_t>(1, text.size())));
}

std::string count_of(std::size_t count, const char* noun) {
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

std::string format_score(std::optional<double> score) {
    if (!score) return "-";
    // A negative zero (-0.0, or -0.001 from a saved report) prints as 0.00.
    const std::string text = fmt::format("{:.2f}", *score);
    return text == "-0.00" ? "0.00" : text;
}

std::string bar(double fraction, std::size_t cells) {
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    const auto filled = static_cast<std::size_t>(std::lround(clamped * static_cast<double>(cells)));
    std::string out;
    for (std::size_t i = 0; i < cells; ++i)
        out += i < filled ? "█" : "░";
    return out;
}

}  // namespace gait
