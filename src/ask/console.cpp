#include "gait/ask/console.hpp"

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

KeyCode control_key(char c) {
    switch (c) {
        case '\r':
        case '\n':
            return KeyCode::enter;
        case 0x7f:
        case 0x08:
            return KeyCode::backspace;
        case 0x01:
            return KeyCode::home;  // Ctrl-A
        case 0x05:
            return KeyCode::end;  // Ctrl-E
        case 0x02:
            return KeyCode::left;  // Ctrl-B
        case 0x06:
            return KeyCode::right;  // Ctrl-F
        case 0x15:
            return KeyCode::erase_before;  // Ctrl-U
        case 0x0b:
            return KeyCode::erase_after;  // Ctrl-K
        case 0x17:
            return KeyCode::erase_word;  // Ctrl-W
        case 0x03:
            return KeyCode::interrupt;  // Ctrl-C
        case 0x04:
            return KeyCode::end_of_input;  // Ctrl-D
        default:
            return KeyCode::unknown;
    }
}

KeyCode final_byte_key(char final_byte) {
    switch (final_byte) {
        case 'A':
            return KeyCode::up;
        case 'B':
            return KeyCode::down;
        case 'C':
            return KeyCode::right;
        case 'D':
            return KeyCode::left;
        case 'H':
            return KeyCode::home;
        case 'F':
            return KeyCode::end;
        default:
            return KeyCode::unknown;
    }
}

KeyCode tilde_key(std::string_view parameter) {
    if (parameter == "1" || parameter == "7") return KeyCode::home;
    if (parameter == "4" || parameter == "8") return KeyCode::end;
    if (parameter == "3") return KeyCode::erase;
    if (parameter == "5") return KeyCode::page_up;
    if (parameter == "6") return KeyCode::page_down;
    if (parameter == "200") return KeyCode::paste_start;
    return KeyCode::unknown;
}

// ESC [ ... final, or ESC O final; a lone ESC is the Escape key.
std::size_t decode_escape(std::string_view bytes, Key& key) {
    if (bytes.size() == 1) {
        key.code = KeyCode::escape;
        return 1;
    }
    if (bytes[1] == 'O' && bytes.size() >= 3) {
        key.code = final_byte_key(bytes[2]);
        return 3;
    }
    if (bytes[1] != '[') {
        key.code = KeyCode::unknown;  // Alt and a key
        return 2;
    }
    std::size_t end = 2;
    while (end < bytes.size() && !(bytes[end] >= 0x40 && bytes[end] <= 0x7e))
        ++end;
    if (end == bytes.size()) {
        key.code = KeyCode::unknown;
        return bytes.size();
    }
    const std::string_view parameters = bytes.substr(2, end - 2);
    if (parameters.find(';') != std::string_view::npos) {
        key.code = KeyCode::unknown;  // with Shift, Ctrl or Alt: not a key gait uses
    } else {
        key.code = bytes[end] == '~' ? tilde_key(parameters) : final_byte_key(bytes[end]);
    }
    return end + 1;
}

// Bytes in the UTF-8 character that starts with `first`; 0 when no character starts so.
std::size_t utf8_length(char first) {
    const auto byte = static_cast<unsigned char>(first);
    if (byte < 0x80) return 1;
    if (byte >= 0xC2 && byte <= 0xDF) return 2;
    if (byte >= 0xE0 && byte <= 0xEF) return 3;
    if (byte >= 0xF0 && byte <= 0xF4) return 4;
    return 0;
}

}  // namespace

std::size_t decode_key(std::string_view bytes, Key& key) {
    key = Key{};
    if (bytes.empty()) return 0;
    const auto first = static_cast<unsigned char>(bytes[0]);
    if (first == 0x1b) return decode_escape(bytes, key);
    if (first < 0x20 || first == 0x7f) {
        key.code = control_key(bytes[0]);
        return 1;
    }
    const std::size_t length = utf8_length(bytes[0]);
    if (length == 0) {
        key.code = KeyCode::unknown;  // not the first byte of a UTF-8 character
        return 1;
    }
    for (std::size_t k = 1; k < length && k < bytes.size(); ++k) {
        if ((static_cast<unsigned char>(bytes[k]) & 0xC0) != 0x80) {
            key.code = KeyCode::unknown;  // a broken character: drop its first byte only
            return 1;
        }
    }
    if (length > bytes.size()) return 0;
    if (utf8_character_length(bytes) != length) {
        key.code = KeyCode::unknown;  // overlong, a surrogate, past U+10FFFF
        return 1;
    }
    key.code = KeyCode::text;
    key.text = std::string(bytes.substr(0, length));
    return length;
}

}  // namespace gait
