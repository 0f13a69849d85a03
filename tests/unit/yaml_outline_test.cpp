#include "load/yaml_outline.hpp"

#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "load/yaml_reader.hpp"

namespace {

using gait::detail::MappingEntry;
using gait::detail::MappingOutline;
using gait::detail::outline_mapping;
using gait::detail::outline_value;
using gait::detail::ValueKind;

// The outline of the top-level mapping of `text`.
MappingOutline outline(const std::string& text, std::size_t body_begin = 0) {
    return outline_mapping(text, gait::detail::parse_yaml(text, "o.yaml"), body_begin);
}

// The bytes of an entry's value, and of the whole entry.
std::string value_of(const std::string& text, const MappingEntry& entry) {
    return text.substr(entry.value_begin, entry.value_end - entry.value_begin);
}
std::string entry_of(const std::string& text, const MappingEntry& entry) {
    return text.substr(entry.key_begin, entry.end - entry.key_begin);
}

std::vector<std::string> keys_of(const MappingOutline& mapping) {
    std::vector<std::string> keys;
    for (const MappingEntry& entry : mapping.entries)
        keys.push_back(entry.key);
    return keys;
}

// An answers file with a block mapping of answers, a trailing comment, a blank
// answer and a flow mapping answer.
const std::string answers_file =
    "team: Payments\n"       // 0
    "answers:\n"             // 15
    "  a: done  # c\n"       // 24
    "  b:\n"                 // 39
    "  c: {answer: half}\n"  // 44
    "date: 2026-01-01\n";    // 64

}  // namespace

TEST_CASE("outline_mapping gives a block mapping's keys, colons and values in file order",
          "[yaml_outline]") {
    const MappingOutline root = outline(answers_file, 0);
    CHECK_FALSE(root.flow);
    CHECK(root.column == 0);
    CHECK(root.body_begin == 0);
    CHECK(keys_of(root) == std::vector<std::string>{"team", "answers", "date"});

    const MappingEntry& team = root.entries[0];
    CHECK(team.key_begin == 0);
    CHECK(team.colon == 4);
    CHECK(team.kind == ValueKind::scalar);
    CHECK(value_of(answers_file, team) == "Payments");
    CHECK(team.end == 15);

    const MappingEntry& answers = root.entries[1];
    CHECK(answers.key_begin == 15);
    CHECK(answers.colon == 22);
    CHECK(answers.kind == ValueKind::block_mapping);
    CHECK(answers.value_begin == 26);
    CHECK(value_of(answers_file, answers) == "a: done  # c\n  b:\n  c: {answer: half}");
    CHECK(answers.end == 64);

    CHECK(root.entries[2].kind == ValueKind::scalar);
    CHECK(value_of(answers_file, root.entries[2]) == "2026-01-01");
    CHECK(root.entries[2].end == answers_file.size());

    CHECK(root.find("answers") == 1);
    CHECK(root.find("respondent") == std::string_view::npos);
    CHECK_FALSE(root.quote_keys);
}

TEST_CASE(
    "outline_value outlines a nested block mapping: a trailing comment, a blank, a flow value",
    "[yaml_outline]") {
    const MappingOutline root = outline(answers_file);
    const MappingOutline answers = outline_value(answers_file, root, root.entries[1]);
    CHECK_FALSE(answers.flow);
    CHECK(answers.column == 2);
    CHECK(answers.body_begin == 24);  // the line after "answers:"
    REQUIRE(keys_of(answers) == std::vector<std::string>{"a", "b", "c"});

    const MappingEntry& a = answers.entries[0];
    CHECK(a.key_begin == 26);
    CHECK(a.colon == 27);
    CHECK(a.kind == ValueKind::scalar);
    CHECK(a.value_begin == 29);
    CHECK(a.value_end == 33);  // before "  # c"
    CHECK(entry_of(answers_file, a) == "a: done  # c\n");

    const MappingEntry& b = answers.entries[1];
    CHECK(b.kind == ValueKind::blank);
    CHECK(b.colon == 42);
    CHECK(b.value_begin == 43);
    CHECK(b.value_end == 43);
    CHECK(entry_of(answers_file, b) == "b:\n");

    const MappingEntry& c = answers.entries[2];
    CHECK(c.kind == ValueKind::flow_mapping);
    CHECK(value_of(answers_file, c) == "{answer: half}");
    CHECK(entry_of(answers_file, c) == "c: {answer: half}\n");

    const MappingOutline flow = outline_value(answers_file, answers, c);
    CHECK(flow.flow);
    CHECK(flow.open == 49);
    REQUIRE(flow.entries.size() == 1);
    CHECK(flow.entries[0].key == "answer");
    CHECK(flow.entries[0].key_begin == 50);
    CHECK(value_of(answers_file, flow.entries[0]) == "half");
    CHECK(flow.entries[0].end == flow.entries[0].value_end);
}

TEST_CASE("outline_mapping outlines JSON: quoted keys, quoted values, null and an empty object",
          "[yaml_outline]") {
    const std::string text =
        R"({"rubric": "platform-health", "answers": {"a": "done", "b": null}, "n": {}})";
    const MappingOutline root = outline(text);
    CHECK(root.flow);
    CHECK(root.open == 0);
    CHECK(root.quote_keys);
    REQUIRE(keys_of(root) == std::vector<std::string>{"rubric", "answers", "n"});
    CHECK(root.entries[0].key_begin == 1);
    CHECK(root.entries[0].colon == 9);
    CHECK(root.entries[0].kind == ValueKind::scalar);
    CHECK(value_of(text, root.entries[0]) == "\"platform-health\"");
    CHECK(root.entries[0].end == root.entries[0].value_end);
    CHECK(root.entries[1].kind == ValueKind::flow_mapping);
    CHECK(value_of(text, root.entries[1]) == R"({"a": "done", "b": null})");

    const MappingOutline answers = outline_value(text, root, root.entries[1]);
    CHECK(answers.flow);
    CHECK(answers.quote_keys);
    REQUIRE(answers.entries.size() == 2);
    CHECK(value_of(text, answers.entries[0]) == "\"done\"");
    CHECK(answers.entries[1].kind == ValueKind::blank);
    CHECK(value_of(text, answers.entries[1]) == "null");

    // An empty object has no key to go by: it quotes keys as its parent does.
    const MappingOutline empty = outline_value(text, root, root.entries[2]);
    CHECK(empty.flow);
    CHECK(empty.entries.empty());
    CHECK(empty.quote_keys);
    const std::string yaml = "a: 1\nn: {}\n";
    const MappingOutline block = outline(yaml);
    CHECK_FALSE(outline_value(yaml, block, block.entries[1]).quote_keys);
}

TEST_CASE("outline_mapping finds where block scalars, plain lines and quoted values end",
          "[yaml_outline]") {
    const std::string text =
        "note: |\n  line one\n  line two\n"
        "text: a long\n  line goes on\n"
        "q: \"a # b\"  # a real comment\n"
        "crlf: x\r\n"
        "last: y";
    const MappingOutline root = outline(text);
    REQUIRE(root.entries.size() == 5);
    CHECK(root.entries[0].kind == ValueKind::scalar);
    CHECK(value_of(text, root.entries[0]) == "|\n  line one\n  line two");
    CHECK(entry_of(text, root.entries[0]) == "note: |\n  line one\n  line two\n");
    CHECK(value_of(text, root.entries[1]) == "a long\n  line goes on");
    CHECK(value_of(text, root.entries[2]) == "\"a # b\"");
    CHECK(entry_of(text, root.entries[2]) == "q: \"a # b\"  # a real comment\n");
    CHECK(value_of(text, root.entries[3]) == "x");
    CHECK(entry_of(text, root.entries[3]) == "crlf: x\r\n");
    CHECK(value_of(text, root.entries[4]) == "y");
    CHECK(root.entries[4].end == text.size());
}

TEST_CASE("a comment between entries belongs to the entry after it", "[yaml_outline]") {
    const std::string text =
        "a:\n  x: 1\n  # inner\n  y: 2\n"  // 0
        "# outer\n\n"                      // 27
        "b: 2\n";                          // 36
    const MappingOutline root = outline(text);
    REQUIRE(root.entries.size() == 2);
    CHECK(value_of(text, root.entries[0]) == "x: 1\n  # inner\n  y: 2");
    CHECK(root.entries[0].end == 27);
    CHECK(root.entries[1].key_begin == 36);
}

TEST_CASE("outline_mapping marks values it must not edit in place as other", "[yaml_outline]") {
    const std::string text =
        "a: &x done\n"
        "b: *x\n"
        "c: !!str d\n"
        "d: [1, 2]\n"
        "e:\n  ~\n"
        "f: plain\n";
    const MappingOutline root = outline(text);
    REQUIRE(keys_of(root) == std::vector<std::string>{"a", "b", "c", "d", "e", "f"});
    for (std::size_t i = 0; i < 5; ++i) {
        CAPTURE(root.entries[i].key);
        CHECK(root.entries[i].kind == ValueKind::other);
    }
    CHECK(root.entries[5].kind == ValueKind::scalar);
}

TEST_CASE("outline_mapping throws UnsupportedYaml for keys it cannot outline", "[yaml_outline]") {
    CHECK_THROWS_AS(outline("? a\n: b\n"), gait::detail::UnsupportedYaml);
    CHECK_THROWS_AS(outline("[a, b]: 1\n"), gait::detail::UnsupportedYaml);
    CHECK_NOTHROW(outline("a: 1\n"));
}
