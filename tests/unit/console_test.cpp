#include "gait/ask/console.hpp"

#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

namespace {

using gait::Key;
using gait::KeyCode;

// Decodes `bytes`; `used` is set to the byte count decode_key returned.
Key decode(const std::string& bytes, std::size_t& used) {
    Key key;
    key.code = KeyCode::enter;  // decode_key must overwrite whatever was there
    key.text = "stale";
    used = gait::decode_key(bytes, key);
    return key;
}

Key decode(const std::string& bytes) {
    std::size_t used = 0;
    return decode(bytes, used);
}

}  // namespace

TEST_CASE("decode_key reads a printable ASCII character as one text key", "[console]") {
    const std::string ch = GENERATE(as<std::string>{}, "a", "Z", "0", " ", "~", "[", "O");
    std::size_t used = 0;
    const Key key = decode(ch, used);
    CHECK(used == 1);
    CHECK(key.code == KeyCode::text);
    CHECK(key.text == ch);
}

TEST_CASE("decode_key reads a multi-byte UTF-8 character as one text key", "[console]") {
    const std::string ch = GENERATE(as<std::string>{}, "\xc3\xa9" /* é */, "\xe2\x82\xac" /* € */,
                                    "\xf0\x9f\x98\x80" /* 😀 */);
    SECTION("alone") {
        std::size_t used = 0;
        const Key key = decode(ch, used);
        CHECK(used == ch.size());
        CHECK(key.code == KeyCode::text);
        CHECK(key.text == ch);
    }
    SECTION("followed by more bytes, which are left") {
        std::size_t used = 0;
        const Key key = decode(ch + "x", used);
        CHECK(used == ch.size());
        CHECK(key.code == KeyCode::text);
        CHECK(key.text == ch);
    }
}

TEST_CASE("decode_key returns 0 for an incomplete UTF-8 sequence", "[console]") {
    const std::string bytes =
        GENERATE(as<std::string>{}, "\xc3", "\xe2", "\xe2\x82", "\xf0", "\xf0\x9f", "\xf0\x9f\x98");
    Key key;
    CHECK(gait::decode_key(bytes, key) == 0);
    CHECK(key.code != KeyCode::text);
}

TEST_CASE("decode_key returns 0 for no bytes", "[console]") {
    Key key;
    CHECK(gait::decode_key("", key) == 0);
}

TEST_CASE("decode_key reads control characters as editing keys", "[console]") {
    std::string bytes;
    KeyCode expected{};
    std::tie(bytes, expected) = GENERATE(table<std::string, KeyCode>({
        {"\r", KeyCode::enter},
        {"\n", KeyCode::enter},
        {"\x7f", KeyCode::backspace},
        {"\x08", KeyCode::backspace},
        {"\x01", KeyCode::home},          // Ctrl-A
        {"\x05", KeyCode::end},           // Ctrl-E
        {"\x02", KeyCode::left},          // Ctrl-B
        {"\x06", KeyCode::right},         // Ctrl-F
        {"\x15", KeyCode::erase_before},  // Ctrl-U
        {"\x0b", KeyCode::erase_after},   // Ctrl-K
        {"\x17", KeyCode::erase_word},    // Ctrl-W
        {"\x03", KeyCode::interrupt},     // Ctrl-C
        {"\x04", KeyCode::end_of_input},  // Ctrl-D
        {"\x07", KeyCode::unknown},       // Ctrl-G: not bound
        {"\t", KeyCode::unknown},         // Tab: not bound
    }));
    CAPTURE(bytes);
    std::size_t used = 0;
    const Key key = decode(bytes + "z", used);
    CHECK(used == 1);
    CHECK(key.code == expected);
    CHECK(key.text.empty());
}

TEST_CASE("decode_key reads the escape sequences of arrows, Home, End and Delete", "[console]") {
    std::string bytes;
    KeyCode expected{};
    std::tie(bytes, expected) = GENERATE(table<std::string, KeyCode>({
        {"\x1b[A", KeyCode::up},
        {"\x1b[B", KeyCode::down},
        {"\x1b[C", KeyCode::right},
        {"\x1b[D", KeyCode::left},
        {"\x1bOA", KeyCode::up},
        {"\x1bOB", KeyCode::down},
        {"\x1bOC", KeyCode::right},
        {"\x1bOD", KeyCode::left},
        {"\x1b[H", KeyCode::home},
        {"\x1b[F", KeyCode::end},
        {"\x1b[1~", KeyCode::home},
        {"\x1b[4~", KeyCode::end},
        {"\x1b[7~", KeyCode::home},
        {"\x1b[8~", KeyCode::end},
        {"\x1bOH", KeyCode::home},
        {"\x1bOF", KeyCode::end},
        {"\x1b[3~", KeyCode::erase},
    }));
    CAPTURE(bytes);
    SECTION("alone") {
        std::size_t used = 0;
        const Key key = decode(bytes, used);
        CHECK(used == bytes.size());
        CHECK(key.code == expected);
        CHECK(key.text.empty());
    }
    SECTION("followed by another key, which is left") {
        std::size_t used = 0;
        const Key key = decode(bytes + "x", used);
        CHECK(used == bytes.size());
        CHECK(key.code == expected);
    }
}

TEST_CASE("decode_key reads a lone ESC as the Escape key", "[console]") {
    std::size_t used = 0;
    const Key key = decode("\x1b", used);
    CHECK(used == 1);
    CHECK(key.code == KeyCode::escape);
    CHECK(key.text.empty());
}

TEST_CASE("decode_key consumes an unknown CSI sequence whole", "[console]") {
    const std::string bytes =
        GENERATE(as<std::string>{}, "\x1b[15~", "\x1b[2~", "\x1b[201~", "\x1b[Z", "\x1b[5;3~");
    CAPTURE(bytes);
    std::size_t used = 0;
    const Key key = decode(bytes + "x", used);
    CHECK(used == bytes.size());
    CHECK(key.code == KeyCode::unknown);
    CHECK(key.text.empty());
}

TEST_CASE("decode_key consumes a CSI with modifiers (Ctrl-Right) whole", "[console]") {
    std::size_t used = 0;
    const Key key = decode("\x1b[1;5Cx", used);
    CHECK(used == 6);  // the whole ESC [ 1 ; 5 C, not the x after it
    CHECK(key.text.empty());
    // Never read as text, and the 'x' is the next key.
    CHECK(key.code != KeyCode::text);
    const Key next = decode(std::string("\x1b[1;5Cx").substr(used));
    CHECK(next.code == KeyCode::text);
    CHECK(next.text == "x");
}

TEST_CASE("decode_key reads a CSI with modifiers as unknown", "[console]") {
    // ESC [ 1 ; 5 C is Ctrl-Right, not Right: the parameters are ignored for letters.
    const Key key = decode("\x1b[1;5C");
    CHECK(key.code == KeyCode::unknown);
}

TEST_CASE("decode_key leaves the bytes after the first key", "[console]") {
    SECTION("two characters") {
        std::size_t used = 0;
        const Key key = decode("ab", used);
        CHECK(used == 1);
        CHECK(key.code == KeyCode::text);
        CHECK(key.text == "a");
    }
    SECTION("an arrow then a character") {
        const std::string bytes = "\x1b[Ax";
        std::size_t used = 0;
        const Key key = decode(bytes, used);
        CHECK(used == 3);
        CHECK(key.code == KeyCode::up);
        const Key next = decode(bytes.substr(used), used);
        CHECK(used == 1);
        CHECK(next.code == KeyCode::text);
        CHECK(next.text == "x");
    }
    SECTION("a whole burst decodes key by key") {
        std::string bytes = "h\xc3\xa9\x1b[D\x1b[3~\x7f\r";
        std::vector<KeyCode> codes;
        std::vector<std::string> texts;
        while (!bytes.empty()) {
            Key key;
            const std::size_t used = gait::decode_key(bytes, key);
            REQUIRE(used > 0);
            REQUIRE(used <= bytes.size());
            codes.push_back(key.code);
            texts.push_back(key.text);
            bytes.erase(0, used);
        }
        CHECK(codes == std::vector<KeyCode>{KeyCode::text, KeyCode::text, KeyCode::left,
                                            KeyCode::erase, KeyCode::backspace, KeyCode::enter});
        CHECK(texts == std::vector<std::string>{"h", "\xc3\xa9", "", "", "", ""});
    }
}

TEST_CASE("decode_key never reads a stray continuation byte as text", "[console]") {
    std::size_t used = 0;
    const Key key = decode("\x80x", used);
    CHECK(used == 1);
    CHECK(key.code == KeyCode::unknown);
}

TEST_CASE("decode_key does not swallow an escape sequence into a broken UTF-8 character",
          "[console]") {
    // A lead byte followed by something that is not a continuation byte is not a
    // character: the ESC after it must not end up inside a text key.
    std::size_t used = 0;
    const Key key = decode("\xe2\x1b[A", used);
    CHECK(key.text.find('\x1b') == std::string::npos);
    CHECK(used == 1);
    const Key next = decode(
        "\xc3"
        "A",
        used);
    CHECK(next.text !=
          "\xc3"
          "A");
}

TEST_CASE("is_exit_key is true only for the keys that end the questionnaire", "[console]") {
    KeyCode code{};
    bool exits = false;
    std::tie(code, exits) = GENERATE(table<KeyCode, bool>({
        {KeyCode::interrupt, true},     {KeyCode::terminate, true},    {KeyCode::hang_up, true},
        {KeyCode::end_of_input, true},  {KeyCode::text, false},        {KeyCode::enter, false},
        {KeyCode::escape, false},       {KeyCode::backspace, false},   {KeyCode::erase, false},
        {KeyCode::left, false},         {KeyCode::right, false},       {KeyCode::up, false},
        {KeyCode::down, false},         {KeyCode::home, false},        {KeyCode::end, false},
        {KeyCode::erase_before, false}, {KeyCode::erase_after, false}, {KeyCode::erase_word, false},
        {KeyCode::resized, false},      {KeyCode::unknown, false},
    }));
    CAPTURE(code);
    CHECK(gait::is_exit_key(Key{code, {}}) == exits);
}

TEST_CASE("Ctrl-C and Ctrl-D decode to exit keys", "[console]") {
    CHECK(gait::is_exit_key(decode("\x03")));
    CHECK(gait::is_exit_key(decode("\x04")));
    CHECK_FALSE(gait::is_exit_key(decode("\x1b")));
    CHECK_FALSE(gait::is_exit_key(decode("q")));
}

TEST_CASE("decode_key reads the start of a bracketed paste as paste_start", "[console]") {
    std::size_t used = 0;
    const Key key = decode("\x1b[200~pasted", used);
    CHECK(used == 6);
    CHECK(key.code == KeyCode::paste_start);
    // The end marker alone is not a key gait uses.
    CHECK(decode("\x1b[201~").code == KeyCode::unknown);
}
