#include "gait/util/text_format.hpp"

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "text_helpers.hpp"

using gait::test::count;
using gait::test::lines_of;

namespace {

const gait::TextStyle color{80, true};
const gait::TextStyle plain{80, false};

}  // namespace

TEST_CASE("display_width counts code points, not bytes or color codes", "[text_format]") {
    CHECK(gait::display_width("") == 0);
    CHECK(gait::display_width("abc") == 3);
    CHECK(gait::display_width("caf\xc3\xa9") == 4);               // 5 bytes
    CHECK(gait::display_width("\xe2\x96\x88\xe2\x96\x88") == 2);  // "██", 6 bytes
    const std::string red = gait::paint("hello", gait::Paint::red, color);
    CHECK(red.size() > 5);
    CHECK(gait::display_width(red) == 5);
}

TEST_CASE("display_width counts East Asian wide characters as two columns", "[text_format]") {
    CHECK(gait::display_width("日本") == 4);
    CHECK(gait::display_width("日本 ok") == 7);
    CHECK(gait::display_width("ｆｕｌｌ") == 8);  // fullwidth Latin
    CHECK(gait::display_width("한국어") == 6);
}

TEST_CASE("display_width counts combining marks as no column", "[text_format]") {
    CHECK(gait::display_width("e\u0301") == 1);  // e and a combining acute accent
    CHECK(gait::display_width("cafe\u0301s") == 5);
}

TEST_CASE("wrap truncate and pad measure wide characters by their columns", "[text_format]") {
    // Words of four columns each: three and their spaces fill 14 columns; in 13, two fit.
    CHECK(gait::wrap("日本 日本 日本 日本 日本", 14, "", "") == "日本 日本 日本\n日本 日本\n");
    CHECK(gait::wrap("日本 日本 日本 日本 日本", 13, "", "") == "日本 日本\n日本 日本\n日本\n");
    CHECK(gait::truncate("日本語テキスト", 7) == "日本語…");
    CHECK(gait::display_width(gait::truncate("日本語テキスト", 7)) == 7);
    CHECK(gait::pad_right("日本", 6) == "日本  ");
}

TEST_CASE("wrap_verbatim keeps a text's own spaces and drops the one at a break", "[text_format]") {
    CHECK(gait::wrap_verbatim("two  spaces   three", 80, "Note: ", "  ") ==
          "Note: two  spaces   three\n");
    CHECK(gait::wrap_verbatim("aaaa  bbbb cccc", 11, "", "  ") == "aaaa  bbbb\n  cccc\n");
    CHECK(gait::wrap_verbatim("averyveryverylongword and", 10, "", "") ==
          "averyveryverylongword\nand\n");
}

TEST_CASE("paint adds escape codes only when color is on", "[text_format]") {
    CHECK(gait::paint("x", gait::Paint::bold, plain) == "x");
    CHECK(gait::paint("x", gait::Paint::bold, color) == "\x1b[1mx\x1b[0m");
    CHECK(gait::paint("x", gait::Paint::green, color) == "\x1b[32mx\x1b[0m");
}

TEST_CASE("wrap breaks between words within the width", "[text_format]") {
    SECTION("no prefixes") {
        CHECK(gait::wrap("the quick brown fox jumps over the lazy dog", 15, "", "") ==
              "the quick brown\nfox jumps over\nthe lazy dog\n");
    }
    SECTION("prefixes count toward the width") {
        const std::string out = gait::wrap("alpha beta gamma delta", 14, "- ", "  ");
        CHECK(out == "- alpha beta\n  gamma delta\n");
        for (const std::string& line : lines_of(out))
            CHECK(gait::display_width(line) <= 14);
    }
    SECTION("a word longer than the width stands alone, unsplit") {
        CHECK(gait::wrap("a supercalifragilistic b", 10, "", "") == "a\nsupercalifragilistic\nb\n");
    }
    SECTION("runs of spaces and newlines collapse") {
        CHECK(gait::wrap("  one \n two  ", 80, "", "") == "one two\n");
    }
    SECTION("empty text is the prefix and a newline") {
        CHECK(gait::wrap("", 80, "# ", "# ") == "# \n");
    }
    SECTION("UTF-8 characters count once each") {
        const std::string word = "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9";  // "ééééé", 10 bytes
        // 11 characters (22 bytes) fit in 11 columns
        CHECK(gait::wrap(word + " " + word, 11, "", "") == word + " " + word + "\n");
        CHECK(gait::wrap(word + " " + word, 10, "", "") == word + "\n" + word + "\n");
    }
    SECTION("color codes take no width") {
        const std::string hello = gait::paint("hello", gait::Paint::bold, color);
        // "hello world" is 11 columns; the escape codes add 8 bytes
        CHECK(gait::wrap(hello + " world", 11, "", "") == hello + " world\n");
        CHECK(gait::wrap(hello + " world", 10, "", "") == hello + "\nworld\n");
    }
}

TEST_CASE("truncate cuts to the width with an ellipsis", "[text_format]") {
    CHECK(gait::truncate("abcdef", 4) == "abc\xe2\x80\xa6");  // "abc…"
    CHECK(gait::display_width(gait::truncate("abcdef", 4)) == 4);
    CHECK(gait::truncate("abcd", 4) == "abcd");
    CHECK(gait::truncate("abc", 10) == "abc");
    CHECK(gait::truncate("abc", 0).empty());
    // UTF-8: cut between characters, never inside one
    CHECK(gait::truncate("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 3) == "\xc3\xa9\xc3\xa9\xe2\x80\xa6");
}

TEST_CASE("pad_left and pad_right pad to display columns", "[text_format]") {
    CHECK(gait::pad_right("ab", 4) == "ab  ");
    CHECK(gait::pad_left("ab", 4) == "  ab");
    CHECK(gait::pad_right("caf\xc3\xa9", 6) == "caf\xc3\xa9  ");
    CHECK(gait::pad_left("toolong", 3) == "toolong");
}

TEST_CASE("bar fills in proportion", "[text_format]") {
    const std::string half = gait::bar(0.5, 10);
    CHECK(count(half, "\xe2\x96\x88") == 5);    // "█"
    CHECK(count(half, "\xe2\x96\x91") == 5);    // "░"
    CHECK(half.rfind("\xe2\x96\x88", 0) == 0);  // filled cells first
    CHECK(gait::display_width(half) == 10);
    CHECK(count(gait::bar(0.0, 4), "\xe2\x96\x88") == 0);
    CHECK(count(gait::bar(1.0, 4), "\xe2\x96\x88") == 4);
    CHECK(count(gait::bar(0.75, 4), "\xe2\x96\x88") == 3);
    CHECK(count(gait::bar(2.0, 4), "\xe2\x96\x88") == 4);   // clamped
    CHECK(count(gait::bar(-1.0, 4), "\xe2\x96\x88") == 0);  // clamped
}

TEST_CASE("format_score prints two decimals, or a dash for none", "[text_format]") {
    CHECK(gait::format_score(0.75) == "0.75");
    CHECK(gait::format_score(1.0) == "1.00");
    // Never a negative zero: a saved report may hold -0.0.
    CHECK(gait::format_score(-0.0) == "0.00");
    CHECK(gait::format_score(-0.001) == "0.00");
    CHECK(gait::format_score(0.125) == "0.12");  // as fmt rounds a tie, unchanged
    CHECK(gait::format_score(0.0) == "0.00");
    CHECK(gait::format_score(2.0 / 3.0) == "0.67");
    CHECK(gait::format_score(std::nullopt) == "-");
}

TEST_CASE("printable shows control characters instead of sending them", "[text]") {
    CHECK(gait::printable("plain text, café") == "plain text, café");
    CHECK(gait::printable("\x1b[31mred") == "^[[31mred");
    CHECK(gait::printable("bell\a") == "bell^G");
    CHECK(gait::printable("del\x7f") == "del^?");
    CHECK(gait::printable("tab\tand\nline") == "tab and line");
    CHECK(gait::printable("\xc2\x9b"
                          "2J") == "<U+009B>2J");
    CHECK(gait::printable("a\u202Eb\u2066c") == "a<U+202E>b<U+2066>c");
}

TEST_CASE("next_code_point decodes UTF-8 and takes a bad byte alone as U+FFFD") {
    const std::string text = "a\xc3\xa9\xe2\x80\xae\xf0\x9f\x9a\x80\xc0\xaf\xed\xa0\x80\xe2\x82";
    std::vector<std::pair<char32_t, std::size_t>> decoded;  // code point, offset after it
    for (std::size_t at = 0; at < text.size();) {
        const char32_t code_point = gait::next_code_point(text, at);
        decoded.emplace_back(code_point, at);
    }
    const char32_t bad = gait::replacement_character;
    CHECK(decoded ==
          std::vector<std::pair<char32_t, std::size_t>>{{U'a', 1},
                                                        {U'é', 3},
                                                        {0x202E, 6},
                                                        {0x1F680, 10},  // a é RLO rocket
                                                        {bad, 11},
                                                        {bad, 12},  // overlong '/': each byte alone
                                                        {bad, 13},
                                                        {bad, 14},
                                                        {bad, 15},  // a surrogate
                                                        {bad, 16},
                                                        {bad, 17}});  // cut short at the end
}

TEST_CASE("is_bidi_control takes the embeddings, overrides and isolates, nothing beside them") {
    for (const char32_t code_point :
         {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
        CHECK(gait::is_bidi_control(code_point));
    for (const char32_t code_point : {0x2029, 0x202F, 0x2065, 0x206A, 0x9B, 0x41})
        CHECK_FALSE(gait::is_bidi_control(code_point));
}

TEST_CASE("capitalized raises the first letter only") {
    CHECK(gait::capitalized("none yet") == "None yet");
    CHECK(gait::capitalized("") == "");
    CHECK(gait::capitalized("école") == "école");
}

TEST_CASE("ascii_upper raises a to z and leaves UTF-8 whole") {
    CHECK(gait::ascii_upper("Crawl") == "CRAWL");
    CHECK(gait::ascii_upper("Prêt à courir") == "PRêT à COURIR");
    CHECK(gait::ascii_upper("\xff\x80 z{") == "\xff\x80 Z{");
}

TEST_CASE("quote_value cuts a value to 60 characters, whole ones, in quotes", "[text_format]") {
    using gait::quote_value;
    CHECK(quote_value("walk") == "'walk'");
    CHECK(quote_value("") == "''");
    CHECK(quote_value(std::string(60, 'a')) == "'" + std::string(60, 'a') + "'");
    CHECK(quote_value(std::string(61, 'a')) == "'" + std::string(60, 'a') + "…'");
    // 60 characters of two bytes each are 120 bytes; none is split.
    std::string accented;
    for (int i = 0; i < 70; ++i)
        accented += "\xc3\xa9";
    CHECK(quote_value(accented) == "'" + accented.substr(0, 120) + "…'");
    // A byte that is not UTF-8 counts as one character.
    CHECK(quote_value("\xff" + std::string(60, 'b')) == "'\xff" + std::string(59, 'b') + "…'");
}
