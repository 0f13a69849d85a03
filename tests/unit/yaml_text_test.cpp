#include "load/yaml_text.hpp"

#include <cstddef>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

namespace {

using namespace gait::detail;

constexpr std::size_t npos = std::string_view::npos;

// The text from `begin` to `end`, the end a scanner gives: readable when a check fails.
std::string from(std::string_view text, std::size_t begin, std::size_t end) {
    return std::string(text.substr(begin, end - begin));
}

// Where `needle` first stands in `text`.
std::size_t where(std::string_view text, std::string_view needle) {
    const std::size_t pos = text.find(needle);
    REQUIRE(pos != npos);
    return pos;
}

}  // namespace

TEST_CASE("yaml_text tells blanks from line breaks, and reads past the end as nothing",
          "[yaml_text]") {
    CHECK(is_blank(' '));
    CHECK(is_blank('\t'));
    CHECK_FALSE(is_blank('\n'));
    CHECK_FALSE(is_blank('a'));
    CHECK(is_break('\n'));
    CHECK(is_break('\r'));
    CHECK_FALSE(is_break(' '));
    CHECK(is_space(' '));
    CHECK(is_space('\t'));
    CHECK(is_space('\r'));
    CHECK(is_space('\n'));
    CHECK_FALSE(is_space('\0'));
    CHECK_FALSE(is_space('#'));

    CHECK(byte_at("ab", 1) == 'b');
    CHECK(byte_at("ab", 2) == '\0');
    CHECK(byte_at("ab", npos) == '\0');  // `i - 1` at 0
    CHECK(byte_at("", 0) == '\0');
}

TEST_CASE("line_start and next_line walk the lines, CRLF ones too", "[yaml_text]") {
    const std::string_view text = "a: 1\nb: 2";
    CHECK(line_start(text, 0) == 0);
    CHECK(line_start(text, 3) == 0);
    CHECK(line_start(text, 4) == 0);  // the '\n' is its line's
    CHECK(line_start(text, 5) == 5);
    CHECK(line_start(text, 8) == 5);
    CHECK(line_start(text, text.size()) == 5);
    CHECK(line_start("a\n", 2) == 2);  // the end of a text that ends with a line break

    CHECK(next_line(text, 0) == 5);
    CHECK(next_line(text, 4) == 5);
    CHECK(next_line(text, 5) == text.size());  // no line break: the end of the text
    CHECK(next_line(text, text.size()) == text.size());

    const std::string_view crlf = "a: 1\r\nb: 2\r\n";
    CHECK(line_start(crlf, where(crlf, "\r")) == 0);
    CHECK(line_start(crlf, where(crlf, "b")) == 6);
    CHECK(next_line(crlf, 0) == 6);
    CHECK(next_line(crlf, 6) == crlf.size());
}

TEST_CASE("content_end and previous_content_end stop before a line's break", "[yaml_text]") {
    const std::string_view text = "a: 1\nb: 2";
    CHECK(content_end(text, 0) == 4);
    CHECK(content_end(text, 3) == 4);
    CHECK(content_end(text, 5) == text.size());
    CHECK(previous_content_end(text, 5) == 4);
    CHECK(previous_content_end(text, 0) == 0);
    CHECK(previous_content_end(text, text.size()) == text.size());  // no line break before

    const std::string_view crlf = "a: 1\r\nb: 2\r\n\r\n";
    CHECK(content_end(crlf, 0) == 4);
    CHECK(content_end(crlf, 4) == 4);  // at the '\r'
    CHECK(content_end(crlf, 6) == 10);
    CHECK(content_end(crlf, 12) == 12);  // an empty line
    CHECK(previous_content_end(crlf, 6) == 4);
    CHECK(previous_content_end(crlf, 12) == 10);
    CHECK(previous_content_end(crlf, crlf.size()) == 12);
}

TEST_CASE("skip_blanks, indent_of, blank_or_comment and begins_line read a line's start",
          "[yaml_text]") {
    CHECK(skip_blanks(" \t x", 0) == 3);
    CHECK(skip_blanks("  \n  x", 0) == 2);  // stays on the line
    CHECK(skip_blanks("a  ", 1) == 3);
    CHECK(skip_blanks("a", 0) == 0);

    CHECK(indent_of("    a: 1", 0) == 4);
    CHECK(indent_of("a:\n   b", 3) == 3);
    CHECK(indent_of("\ta", 0) == 0);  // a tab does not indent
    CHECK(indent_of("  \n", 0) == 2);
    CHECK(indent_of("  ", 0) == 2);

    CHECK(blank_or_comment("", 0));
    CHECK(blank_or_comment("   \n", 0));
    CHECK(blank_or_comment("  \r\n", 0));
    CHECK(blank_or_comment("  # a comment\n", 0));
    CHECK(blank_or_comment("a: 1\n\t# tabbed\n", 5));
    CHECK_FALSE(blank_or_comment("  a: 1 # a comment\n", 0));
    CHECK_FALSE(blank_or_comment("a#b", 0));

    const std::string_view text = "a:\n  b: 1\n- c";
    CHECK(begins_line(text, 0));
    CHECK(begins_line(text, where(text, "b")));
    CHECK_FALSE(begins_line(text, where(text, "1")));
    CHECK_FALSE(begins_line(text, where(text, "c")));  // after "- "
}

TEST_CASE("quoted_end skips escapes in double quotes and '' in single ones", "[yaml_text]") {
    CHECK(from(R"("a\"b" # c)", 0, quoted_end(R"("a\"b" # c)", 0)) == R"("a\"b")");
    CHECK(from(R"("a\\" x)", 0, quoted_end(R"("a\\" x)", 0)) == R"("a\\")");
    CHECK(from("'it''s' x", 0, quoted_end("'it''s' x", 0)) == "'it''s'");
    CHECK(from("''''", 0, quoted_end("''''", 0)) == "''''");  // a lone quote
    CHECK(from("'' x", 0, quoted_end("'' x", 0)) == "''");    // empty
    // A backslash escapes nothing in single quotes, '' nothing in double ones.
    CHECK(from(R"('a\'b')", 0, quoted_end(R"('a\'b')", 0)) == R"('a\')");
    CHECK(from(R"("a''b" x)", 0, quoted_end(R"("a''b" x)", 0)) == R"("a''b")");
    // Over lines, and from within a text.
    const std::string_view text = "k: \"one\r\n  two\" # c";
    CHECK(from(text, 3, quoted_end(text, 3)) == "\"one\r\n  two\"");
}

TEST_CASE("quoted_end throws for a quote never closed", "[yaml_text]") {
    CHECK_THROWS_AS(quoted_end("\"abc", 0), UnsupportedYaml);
    CHECK_THROWS_AS(quoted_end(R"("a\")", 0), UnsupportedYaml);
    CHECK_THROWS_AS(quoted_end("'it''", 0), UnsupportedYaml);
    CHECK_THROWS_AS(quoted_end("'", 0), UnsupportedYaml);
}

TEST_CASE("flow_end matches brackets over quoted scalars, comments and lines", "[yaml_text]") {
    const auto flow = [](std::string_view text) { return from(text, 0, flow_end(text, 0)); };
    CHECK(flow("{a: 1, b: [2, 3]} # c") == "{a: 1, b: [2, 3]}");
    CHECK(flow("[[1], {a: [2]}] tail") == "[[1], {a: [2]}]");
    CHECK(flow("{\"a\": \"}\", 'b': '{'}, x") == "{\"a\": \"}\", 'b': '{'}");
    CHECK(flow("{a: \"\\\"}\"} x") == "{a: \"\\\"}\"}");  // an escaped quote
    CHECK(flow("{a: 'it''s }'} x") == "{a: 'it''s }'}");
    // A quote within a plain scalar starts nothing; one after ':' or ',' does.
    CHECK(flow("{a: don't} x") == "{a: don't}");
    CHECK(flow("{a: don't, b: '}'} x") == "{a: don't, b: '}'}");
    CHECK(flow("[x, 'y]'] z") == "[x, 'y]']");
    // A comment's brackets do not count, nor a '#' within a scalar's.
    CHECK(flow("{a: 1, # }\n b: 2}\nc: 3") == "{a: 1, # }\n b: 2}");
    CHECK(flow("{a: 1, # 'x\n b: 2} y") == "{a: 1, # 'x\n b: 2}");
    CHECK(flow("{a: b#c} x") == "{a: b#c}");
    CHECK(flow("{\n  a: 1,\n  b: 2\n}\nc: 3") == "{\n  a: 1,\n  b: 2\n}");
    CHECK(flow("{a: 1,\r\n b: 2}\r\n") == "{a: 1,\r\n b: 2}");

    const std::string_view text = "answers: {x: [1]}  # c";
    CHECK(from(text, 9, flow_end(text, 9)) == "{x: [1]}");
}

TEST_CASE("flow_end throws for a collection never closed", "[yaml_text]") {
    CHECK_THROWS_AS(flow_end("{a: 1", 0), UnsupportedYaml);
    CHECK_THROWS_AS(flow_end("{a: \"}\"", 0), UnsupportedYaml);
    CHECK_THROWS_AS(flow_end("{a: \"x}", 0), UnsupportedYaml);  // the quote is never closed
    CHECK_THROWS_AS(flow_end("[1, [2]", 0), UnsupportedYaml);
    CHECK_THROWS_AS(flow_end("{a: 1 # }", 0), UnsupportedYaml);
}

TEST_CASE("delimited_end ends quoted scalars and flow collections, nothing else", "[yaml_text]") {
    CHECK(delimited_end("\"a\" x", 0) == 3);
    CHECK(delimited_end("'a' x", 0) == 3);
    CHECK(delimited_end("{a: 1} x", 0) == 6);
    CHECK(delimited_end("[1] x", 0) == 3);
    CHECK(delimited_end("plain", 0) == npos);
    CHECK(delimited_end("|\n  text", 0) == npos);
    CHECK(delimited_end("a", 1) == npos);  // the end of the text
}

TEST_CASE("plain_line_end stops before a comment and trailing blanks", "[yaml_text]") {
    const auto plain = [](std::string_view text) { return from(text, 0, plain_line_end(text, 0)); };
    CHECK(plain("a b  # c\nd") == "a b");
    CHECK(plain("a\t# c") == "a");
    CHECK(plain("a#b c") == "a#b c");  // no blank before '#'
    CHECK(plain("value   \nnext") == "value");
    CHECK(plain("value \r\nnext") == "value");
    CHECK(plain("a: b: c # d") == "a: b: c");
    CHECK(plain("") == "");

    const std::string_view text = "key: done  # yes\n";
    CHECK(from(text, 5, plain_line_end(text, 5)) == "done");
}

TEST_CASE("plain_block_end takes the deeper lines that go on with a scalar", "[yaml_text]") {
    const auto plain = [](std::string_view text, std::size_t column) {
        const std::size_t begin = text.find(": ") + 2;
        return from(text, begin, plain_block_end(text, begin, column));
    };
    CHECK(plain("key: first\n  second\n  third\nnext: 1\n", 0) == "first\n  second\n  third");
    CHECK(plain("key: a\n\n  b\nnext: 1", 0) == "a\n\n  b");  // a blank line within
    CHECK(plain("key: a\n\nnext: 1", 0) == "a");              // not a blank line after
    CHECK(plain("key: a\n  b # c\nnext: 1", 0) == "a\n  b");
    CHECK(plain("key: a\r\n  b\r\nnext: 1\r\n", 0) == "a\r\n  b");
    // Lines no deeper than the key's are the next entry's.
    CHECK(plain("  key: a\n  b: 1\n", 2) == "a");
    CHECK(plain("  key: a\n   b\n", 2) == "a\n   b");
    // A comment ends the scalar, on its line or on the next.
    CHECK(plain("key: a # c\n  b\n", 0) == "a");
    CHECK(plain("key: a\n  # c\n  b\n", 0) == "a");
    CHECK(plain("key: a", 0) == "a");
}

TEST_CASE("plain_flow_end stops at ',', '}', ']' and comments, not at line breaks", "[yaml_text]") {
    const auto plain = [](std::string_view text) { return from(text, 0, plain_flow_end(text, 0)); };
    CHECK(plain("a b, c") == "a b");
    CHECK(plain("a}") == "a");
    CHECK(plain("a]") == "a");
    CHECK(plain("a , b") == "a");
    CHECK(plain("a#b, c") == "a#b");
    CHECK(plain("a # c, d\n, e") == "a");
    CHECK(plain("a\n  b, c") == "a\n  b");
    CHECK(plain("a\r\n b}") == "a\r\n b");
    CHECK(plain("a:b}") == "a:b");
    CHECK(plain("") == "");
}

TEST_CASE("extent_end takes the deeper lines and the comments between them", "[yaml_text]") {
    // The lines of the value under "a:", from the line after it.
    const auto block = [](std::string_view text, std::size_t column) {
        const std::size_t begin = next_line(text, 0);
        return from(text, begin, extent_end(text, begin, column, false));
    };
    CHECK(block("a:\n  b: 1\n  c: 2\nd: 3\n", 0) == "  b: 1\n  c: 2\n");
    CHECK(block("a:\n  b: 1\n  # within\n\n  c: 2\n\n# above d\nd: 3\n", 0) ==
          "  b: 1\n  # within\n\n  c: 2\n");
    // A deeper comment with no deeper line after it is the next key's.
    CHECK(block("a:\n  b: 1\n  # the next key's\nd: 3\n", 0) == "  b: 1\n");
    CHECK(block("a:\n  b: 1\n  # at the end\n", 0) == "  b: 1\n");
    CHECK(block("a:\n  b: 1", 0) == "  b: 1");
    CHECK(block("a:\nb: 1\n", 0) == "");
    CHECK(block("a:\r\n  b: 1\r\n\r\nc: 2\r\n", 0) == "  b: 1\r\n");
    CHECK(block("  a:\n    b: 1\n  c: 2\n", 2) == "    b: 1\n");
    CHECK(block("  a:\n    b: 1\n   c: 2\n", 2) == "    b: 1\n   c: 2\n");
}

TEST_CASE("extent_end keeps a block scalar's '#' lines as text", "[yaml_text]") {
    const std::string_view text = "a: |\n  text\n  # not a comment\n\n# a comment\nb: 1\n";
    const std::size_t begin = next_line(text, 0);
    CHECK(from(text, begin, extent_end(text, begin, 0, true)) == "  text\n  # not a comment\n");
    CHECK(from(text, begin, extent_end(text, begin, 0, false)) == "  text\n");
}

TEST_CASE("key_end and colon_after_key find the ':' that ends a key", "[yaml_text]") {
    CHECK(key_end("key: v", 0, false) == 3);
    CHECK(key_end("a:b: v", 0, false) == 3);  // ':' then a space ends the key
    CHECK(key_end("key:", 0, false) == 3);
    CHECK(key_end("key:\n  v", 0, false) == 3);
    CHECK(key_end("key:\r\n", 0, false) == 3);
    CHECK(key_end("a,b: 1", 0, false) == 3);
    CHECK(key_end("\"a: b\": v", 0, false) == 6);
    CHECK(key_end("'it''s': v", 0, false) == 7);
    CHECK(key_end("  k: v", 2, false) == 3);
    CHECK_THROWS_AS(key_end("just text\n", 0, false), UnsupportedYaml);
    CHECK_THROWS_AS(key_end("key\n: v", 0, false), UnsupportedYaml);
    CHECK_THROWS_AS(key_end("\"key: v", 0, false), UnsupportedYaml);

    CHECK(colon_after_key("key: v", 0, false) == 3);
    CHECK(colon_after_key("key : v", 0, false) == 4);
    CHECK(colon_after_key("\"k\" : v", 0, false) == 4);
    CHECK(colon_after_key("'k':v", 0, true) == 3);
    CHECK_THROWS_AS(colon_after_key("\"k\" v", 0, false), UnsupportedYaml);
    CHECK_THROWS_AS(colon_after_key("'k'", 0, false), UnsupportedYaml);
}

TEST_CASE("key_end in flow context ends at ',', '}' and ']' too", "[yaml_text]") {
    CHECK(key_end("{a: 1}", 1, true) == 2);
    CHECK(key_end("{a:, b}", 1, true) == 2);
    CHECK(key_end("{a:}", 1, true) == 2);
    CHECK(key_end("[a:]", 1, true) == 2);
    CHECK(key_end("{\"a\":1}", 1, true) == 4);
    CHECK(key_end("{a:b: 1}", 1, true) == 4);
    CHECK_THROWS_AS(key_end("{a:1}", 1, true), UnsupportedYaml);  // "a:1" is one scalar
    CHECK_THROWS_AS(key_end("{a, b: 1}", 1, true), UnsupportedYaml);
    CHECK_THROWS_AS(key_end("a,b: 1", 0, true), UnsupportedYaml);
}

TEST_CASE("next_flow_token skips blanks, line breaks and comments", "[yaml_text]") {
    const std::string_view text = "{a:  \n  # c, d\n  b}";
    CHECK(next_flow_token(text, 3) == where(text, "b"));
    CHECK(next_flow_token("a", 0) == 0);
    CHECK(next_flow_token("  ,", 0) == 2);
    CHECK(next_flow_token("\r\n  # c\r\n  x", 0) == 11);
    CHECK(next_flow_token("  ", 0) == 2);
    CHECK(next_flow_token("  # c", 0) == 5);
}
