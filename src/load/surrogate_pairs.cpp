#include "load/surrogate_pairs.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace gait::detail {
namespace {

constexpr std::size_t escape_length = 6;  // \uXXXX

// The code unit of the \uXXXX escape at `at`, or nothing.
std::optional<unsigned> code_unit_at(std::string_view text, std::size_t at) {
    if (text.size() < at + escape_length || text[at] != '\\' || text[at + 1] != 'u') return {};
    unsigned unit = 0;
    for (std::size_t k = at + 2; k < at + escape_length; ++k) {
        const char c = text[k];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0) return {};
        unit = unit * 16 + static_cast<unsigned>(digit);
    }
    return unit;
}

bool is_high(unsigned unit) {
    return unit >= 0xD800 && unit <= 0xDBFF;
}
bool is_low(unsigned unit) {
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

bool may_have_pairs(std::string_view text) {
    for (std::size_t at = text.find("\\u"); at != std::string_view::npos;
         at = text.find("\\u", at + 2)) {
        const auto unit = code_unit_at(text, at);
        if (unit && is_high(*unit)) return true;
    }
    return false;
}

}  // namespace

std::optional<std::string> join_surrogate_pairs(std::string_view text) {
    if (!may_have_pairs(text) || !nlohmann::json::accept(text)) return {};
    std::string out;
    out.reserve(text.size());
    bool in_string = false;
    std::size_t spaces_owed = 0;
    for (std::size_t at = 0; at < text.size();) {
        const char c = text[at];
        if (!in_string) {
            in_string = c == '"';
            out += c;
            ++at;
        } else if (c == '"') {
            in_string = false;
            out += c;
            out.append(spaces_owed, ' ');
            spaces_owed = 0;
            ++at;
        } else if (c != '\\') {
            out += c;
            ++at;
        } else {
            const auto high = code_unit_at(text, at);
            const auto low = code_unit_at(text, at + escape_length);
            if (high && low && is_high(*high) && is_low(*low)) {
                const unsigned code = 0x10000 + ((*high - 0xD800) << 10) + (*low - 0xDC00);
                out += fmt::format("\\U{:08X}", code);
                spaces_owed += 2 * escape_length - 10;
                at += 2 * escape_length;
            } else {
                out.append(
                    text.substr(at, 2));  // an escape: its second byte, a quote too, is part of it
                at += 2;
            }
        }
    }
    return out;
}

}  // namespace gait::detail
