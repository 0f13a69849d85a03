#include "load/yaml_reader.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"

#include "small_rubric.hpp"

using Catch::Matchers::Contains;

namespace {

// File names that outlive the readers below: a MappingReader keeps a reference to its file's.
const std::string c_yaml = "c.yaml";
const std::string k_yaml = "k.yaml";
const std::string l_yaml = "l.yaml";
const std::string m_yaml = "m.yaml";
const std::string n_yaml = "n.yaml";
const std::string q_yaml = "q.yaml";
const std::string s_yaml = "s.yaml";
const std::string u_yaml = "u.yaml";
const std::string w_yaml = "w.yaml";

using gait::detail::MappingReader;
using gait::detail::parse_yaml;
using gait::test::good_rubric;
using gait::test::load_error;
using gait::test::replaced;

// The Error parse_yaml throws for `text`; fails the test when it does not throw.
gait::Diagnostic parse_error(const std::string& text) {
    try {
        parse_yaml(text, "p.yaml");
    } catch (const gait::Error& e) {
        return e.diagnostic();
    }
    FAIL("parse_yaml accepted the text");
    return {};
}

// "LINE:COL message | hint" of each problem, in the order recorded.
std::vector<std::string> listed(const std::vector<gait::Diagnostic>& problems) {
    std::vector<std::string> out;
    for (const gait::Diagnostic& problem : problems) {
        out.push_back(std::to_string(problem.where.line) + ":" +
                      std::to_string(problem.where.column) + " " + problem.message +
                      (problem.hint.empty() ? "" : " | " + problem.hint));
    }
    return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a rubric that is not readable YAML is one error with its position", "[rubric][yaml]") {
    SECTION("syntax error") {
        const std::string text = "id: x\n  bad: indent\n";
        const auto diagnostic = load_error(text);
        CHECK(diagnostic.message == "invalid YAML: illegal map value");
        CHECK(diagnostic.where.file == "r.yaml");
        CHECK(diagnostic.where.line == 2);
        CHECK(diagnostic.where.column == 6);  // the ':' after "  bad"
        // lint_rubric reports it as its one problem instead of throwing
        const auto problems = gait::lint_rubric(text, "r.yaml");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == diagnostic.message);
        CHECK(problems[0].where.line == 2);
    }
    SECTION("unclosed flow list") {
        const auto diagnostic = load_error("id: x\nscale: [a, b\nareas: []\n");
        CHECK(diagnostic.message == "invalid YAML: end of sequence flow not found");
        CHECK(diagnostic.where.line == 3);
    }
    SECTION("empty text") {
        const auto diagnostic = load_error("");
        CHECK(diagnostic.message == "file is empty");
        CHECK(diagnostic.where.line == 0);
        CHECK(load_error("# only a comment\n\n").message == "file is empty");
    }
    SECTION("duplicate mapping key names both lines") {
        const auto diagnostic =
            load_error(replaced(good_rubric, "title: Small\n", "title: Small\nversion: \"2\"\n"));
        CHECK(diagnostic.message == "duplicate key 'version' (first on line 2)");
        CHECK(diagnostic.where.line == 4);
        CHECK(diagnostic.where.column == 1);
    }
    SECTION("two YAML documents") {
        const auto diagnostic = load_error(good_rubric + "---\nid: other\n");
        CHECK_THAT(diagnostic.message, Contains("more than one YAML document"));
        CHECK(diagnostic.where.line == 20);  // the "---" that starts the second document
    }
    SECTION("invalid UTF-8, positioned in characters") {
        const auto diagnostic = load_error("id: x\ntitle: caf\xc3\xa9 \xff\n");
        CHECK(diagnostic.message == "invalid UTF-8");
        CHECK(diagnostic.hint == "save the file as UTF-8");
        CHECK(diagnostic.where.line == 2);
        CHECK(diagnostic.where.column == 13);  // "title: café " is 12 characters, 13 bytes
    }
    SECTION("a truncated UTF-8 sequence at the end") {
        const auto diagnostic = load_error("id: x\xe2\x80");
        CHECK(diagnostic.message == "invalid UTF-8");
        CHECK(diagnostic.where.column == 6);
    }
    SECTION("a NUL byte") {
        const auto diagnostic = load_error(std::string("id: x\ntit\0le: y\n", 16));
        CHECK_THAT(diagnostic.message, Contains("NUL byte"));
        CHECK(diagnostic.where.line == 2);
        CHECK(diagnostic.where.column == 4);
    }
}

TEST_CASE("parse_yaml reads YAML and JSON into the same tree", "[yaml_reader]") {
    const YAML::Node yaml = parse_yaml("a: [1, 2]\nb:\n  c: x\n", "f.yaml");
    const YAML::Node json = parse_yaml(R"({"a": [1, 2], "b": {"c": "x"}})", "f.json");
    for (const YAML::Node& root : {yaml, json}) {
        REQUIRE(root.IsMap());
        CHECK(root.size() == 2);
        CHECK(root["a"][1].as<int>() == 2);
        CHECK(root["b"]["c"].Scalar() == "x");
    }
    CHECK(parse_yaml("just text", "f.yaml").Scalar() == "just text");
}

TEST_CASE("parse_yaml takes a null document for an empty file", "[yaml_reader]") {
    for (const char* text : {"~\n", "null\n", "---\n...\n"}) {
        CAPTURE(text);
        const gait::Diagnostic diagnostic = parse_error(text);
        CHECK(diagnostic.message == "file is empty");
        CHECK(diagnostic.where.file == "p.yaml");
        CHECK(diagnostic.where.line == 0);
        CHECK(diagnostic.where.column == 0);
    }
}

TEST_CASE("parse_yaml refuses a duplicate key at any depth, not one key in two mappings",
          "[yaml_reader]") {
    const gait::Diagnostic diagnostic = parse_error("a:\n  b: 1\n  c: 2\n  b: 3\n");
    CHECK(diagnostic.message == "duplicate key 'b' (first on line 2)");
    CHECK(diagnostic.where.line == 4);
    CHECK(diagnostic.where.column == 3);
    CHECK_NOTHROW(parse_yaml("a: {x: 1}\nb: {x: 2}\n", "p.yaml"));
}

TEST_CASE("parse_yaml refuses two JSON objects with nothing between them", "[yaml_reader]") {
    const gait::Diagnostic diagnostic = parse_error("{\"a\": 1}\n{\"b\": 2}\n");
    CHECK(diagnostic.message == "more than one YAML document; gait reads one per file");
    CHECK(diagnostic.where.line == 2);
    CHECK(diagnostic.where.column == 1);
}

TEST_CASE("parse_yaml refuses a tree past the limits", "[yaml_reader]") {
    SECTION("32 levels of nesting read; 33 do not, named at the 33rd") {
        CHECK_NOTHROW(parse_yaml(std::string(32, '[') + std::string(32, ']'), "p.yaml"));
        const gait::Diagnostic diagnostic =
            parse_error(std::string(33, '[') + std::string(33, ']'));
        CHECK(diagnostic.message == "nested deeper than 32 levels");
        CHECK(diagnostic.where.line == 1);
        CHECK(diagnostic.where.column == 33);
    }
    SECTION("a value of 64 KiB reads; one byte more does not") {
        CHECK_NOTHROW(parse_yaml("a: " + std::string(64 * 1024, 'x') + "\n", "p.yaml"));
        const gait::Diagnostic diagnostic =
            parse_error("a: " + std::string(64 * 1024 + 1, 'x') + "\n");
        CHECK(diagnostic.message == "a value of 65537 bytes, longer than the 65536 allowed");
        CHECK(diagnostic.where.line == 1);
        CHECK(diagnostic.where.column == 4);
    }
    SECTION("aliases that expand past 200,000 values") {
        // a: 11 values; each list of ten aliases to the one before: 111, 1111, 11111, 111111;
        // f, two aliases to e: 222223.
        const std::string text =
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
        CHECK_NOTHROW(parse_yaml(text, "p.yaml"));
        const gait::Diagnostic diagnostic = parse_error(text + "f: [*e, *e]\n");
        CHECK(diagnostic.message == "more than 200000 values once aliases are expanded");
        CHECK(diagnostic.where.file == "p.yaml");
    }
}

TEST_CASE("location_of counts lines and columns from 1, and 0 where there is no mark",
          "[yaml_reader]") {
    const YAML::Node root = parse_yaml("a: 1\nlist:\n  - x\nmap: {k: v}\n", "f.yaml");
    const gait::SourceLocation whole = gait::detail::location_of(root, "f.yaml");
    CHECK(whole.file == "f.yaml");
    CHECK(whole.line == 1);
    CHECK(whole.column == 1);
    const gait::SourceLocation a = gait::detail::location_of(root["a"], "f.yaml");
    CHECK(a.line == 1);
    CHECK(a.column == 4);
    const gait::SourceLocation list = gait::detail::location_of(root["list"], "f.yaml");
    CHECK(list.line == 3);
    CHECK(list.column == 3);
    const gait::SourceLocation k = gait::detail::location_of(root["map"]["k"], "f.yaml");
    CHECK(k.line == 4);
    CHECK(k.column == 10);
    const gait::SourceLocation none = gait::detail::location_of(YAML::Node(), "g.yaml");
    CHECK(none.file == "g.yaml");
    CHECK(none.line == 0);
    CHECK(none.column == 0);
}

TEST_CASE("describe_kind names what was found", "[yaml_reader]") {
    const YAML::Node root = parse_yaml("n: 1\nlist: [x]\nmap: {k: v}\nnothing:\n", "f.yaml");
    CHECK(gait::detail::describe_kind(root) == "a mapping");
    CHECK(gait::detail::describe_kind(root["list"]) == "a list");
    CHECK(gait::detail::describe_kind(root["map"]) == "a mapping");
    CHECK(gait::detail::describe_kind(root["n"]) == "'1'");
    CHECK(gait::detail::describe_kind(root["nothing"]) == "an empty value");
    CHECK(gait::detail::describe_kind(YAML::Node(YAML::NodeType::Undefined)) == "an empty value");
}

TEST_CASE("sort_by_position puts the whole file first and keeps ties in order", "[yaml_reader]") {
    std::vector<gait::Diagnostic> problems = {{{"f", 3, 1}, "third line, first", ""},
                                              {{"f", 0, 0}, "the whole file", ""},
                                              {{"f", 1, 5}, "first line, column 5", ""},
                                              {{"f", 1, 2}, "first line, column 2", ""},
                                              {{"f", 3, 1}, "third line, second", ""}};
    gait::detail::sort_by_position(problems);
    std::vector<std::string> order;
    for (const gait::Diagnostic& problem : problems)
        order.push_back(problem.message);
    CHECK(order == std::vector<std::string>{"the whole file", "first line, column 2",
                                            "first line, column 5", "third line, first",
                                            "third line, second"});
}

TEST_CASE("throw_first throws nothing for no problems, else the first in the file",
          "[yaml_reader]") {
    std::vector<gait::Diagnostic> none;
    CHECK_NOTHROW(gait::detail::throw_first(none));
    std::vector<gait::Diagnostic> problems = {{{"f.yaml", 9, 1}, "later", ""},
                                              {{"f.yaml", 2, 3}, "sooner", "fix it"}};
    try {
        gait::detail::throw_first(problems);
        FAIL("throw_first threw nothing");
    } catch (const gait::Error& e) {
        CHECK(e.diagnostic().message == "sooner");
        CHECK(std::string(e.what()) == "f.yaml:2:3: sooner; fix it");
    }
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message == "sooner");  // sorted in place
}

TEST_CASE("MappingReader reads text, numbers and flags, and says what is wrong with each",
          "[yaml_reader]") {
    const YAML::Node root = parse_yaml(
        "id: one.a\ntext: \"\"\nhelp: [a, b]\nweight: heavy\nessential: maybe\nallow_na: yes\n"
        "guidance: Do it.\n",
        "q.yaml");
    std::vector<gait::Diagnostic> problems;
    MappingReader reader(root, q_yaml, "question", problems);
    CHECK(reader.valid());
    CHECK(reader.what() == "question");
    CHECK(reader.id() == "one.a");
    CHECK(reader.what() == "question 'one.a'");
    CHECK(reader.text("text", true).empty());
    CHECK(reader.text("help", false).empty());
    CHECK_FALSE(reader.number("weight", false).has_value());
    CHECK(reader.flag("essential", true));  // the fallback
    CHECK(reader.flag("allow_na", false));  // YAML 1.1: yes is true
    CHECK(reader.text("guidance", false) == "Do it.");
    CHECK(reader.text("summary", false).empty());
    CHECK(reader.text("area", true).empty());
    CHECK_FALSE(reader.number("threshold", true).has_value());
    CHECK(reader.flag("hidden", true));
    CHECK(listed(problems) ==
          Lines{"2:7 'text' of the question 'one.a' is empty",
                "3:7 'help' of the question 'one.a' must be text, not a list",
                "4:9 'weight' of the question 'one.a' must be a number, not 'heavy'",
                "5:12 'essential' of the question 'one.a' must be true or false, not 'maybe'"});
    problems.clear();
    reader.require_known_keys();
    CHECK(listed(problems) == Lines{"1:1 the question 'one.a' has no 'area'",
                                    "1:1 the question 'one.a' has no 'threshold'"});
    CHECK(problems[0].where.file == "q.yaml");
}

TEST_CASE("MappingReader takes finite numbers as YAML writes them", "[yaml_reader]") {
    const YAML::Node root =
        parse_yaml("a: 2.5\nb: 1e3\nc: -1\nd: .nan\ne: .inf\nf: ~\ng: [1]\n", "n.yaml");
    std::vector<gait::Diagnostic> problems;
    MappingReader reader(root, n_yaml, "thing", problems);
    CHECK(reader.number("a", true) == 2.5);
    CHECK(reader.number("b", true) == 1000.0);
    CHECK(reader.number("c", true) == -1.0);
    CHECK_FALSE(reader.number("d", true).has_value());
    CHECK_FALSE(reader.number("e", true).has_value());
    CHECK_FALSE(reader.number("f", false).has_value());
    CHECK_FALSE(reader.number("g", false).has_value());
    CHECK(listed(problems) == Lines{"4:4 'd' of the thing must be a number, not '.nan'",
                                    "5:4 'e' of the thing must be a number, not '.inf'",
                                    "7:4 'g' of the thing must be a number, not a list"});
    problems.clear();
    reader.require_known_keys();
    CHECK(problems.empty());  // f is null but not required
}

TEST_CASE("reject_unknown_keys names each unknown key, and a missing one unless misspelt",
          "[yaml_reader]") {
    const YAML::Node root = parse_yaml("id: q\ntxet: A\nwieght: 2\ncolour: red\n", "k.yaml");
    std::vector<gait::Diagnostic> problems;
    MappingReader reader(root, k_yaml, "question", problems);
    reader.id();
    reader.text("text", true);
    reader.number("weight", false);
    reader.text("area", true);

    SECTION("reject_unknown_keys") {
        reader.reject_unknown_keys();
        // 'text' is missing, but 'txet' is its likely misspelling: said once.
        CHECK(listed(problems) ==
              Lines{"2:1 unknown key 'txet' in the question 'q' | did you mean 'text'?",
                    "3:1 unknown key 'wieght' in the question 'q' | did you mean 'weight'?",
                    "4:1 unknown key 'colour' in the question 'q'",
                    "1:1 the question 'q' has no 'area'"});
    }
    SECTION("require_known_keys leaves unknown keys alone") {
        reader.require_known_keys();
        CHECK(listed(problems) ==
              Lines{"1:1 the question 'q' has no 'text'", "1:1 the question 'q' has no 'area'"});
    }
}

TEST_CASE("MappingReader::child marks a key known and gives an absent one undefined",
          "[yaml_reader]") {
    const YAML::Node root = parse_yaml("a: 1\nb: 2\n", "c.yaml");
    std::vector<gait::Diagnostic> problems;
    MappingReader reader(root, c_yaml, "thing", problems);
    CHECK(reader.child("a").Scalar() == "1");
    CHECK_FALSE(reader.child("z").IsDefined());
    reader.reject_unknown_keys();
    // No suggestion: 'a' shares no letter with 'b' (edit_distance.hpp).
    CHECK(listed(problems) == Lines{"2:1 unknown key 'b' in the thing"});
}

TEST_CASE("MappingReader of something not a mapping says so once and reads nothing",
          "[yaml_reader]") {
    std::vector<gait::Diagnostic> problems;
    SECTION("a list") {
        MappingReader reader(parse_yaml("- a\n- b\n", "l.yaml"), l_yaml, "question", problems);
        CHECK_FALSE(reader.valid());
        CHECK(reader.id().empty());
        CHECK(reader.text("text", true).empty());
        CHECK_FALSE(reader.number("weight", true).has_value());
        CHECK(reader.flag("essential", true));
        CHECK_FALSE(reader.child("a").IsDefined());
        reader.reject_unknown_keys();
        reader.require_known_keys();
        CHECK(listed(problems) == Lines{"1:1 expected a mapping for the question, found a list"});
    }
    SECTION("text") {
        MappingReader reader(parse_yaml("just text", "s.yaml"), s_yaml, "phase", problems);
        CHECK_FALSE(reader.valid());
        CHECK(listed(problems) == Lines{"1:1 expected a mapping for the phase, found 'just text'"});
    }
    SECTION("nothing: its parent reports it missing") {
        MappingReader reader(YAML::Node(YAML::NodeType::Undefined), u_yaml, "rubric", problems);
        CHECK_FALSE(reader.valid());
        reader.reject_unknown_keys();
        CHECK(problems.empty());
    }
}

TEST_CASE("MappingReader::mapping reads a nested mapping; its parent reports it missing",
          "[yaml_reader]") {
    const YAML::Node root = parse_yaml("id: x\nscores: {a: 0.5}\nother: 3\n", "m.yaml");
    std::vector<gait::Diagnostic> problems;
    MappingReader reader(root, m_yaml, "area", problems);
    MappingReader scores = reader.mapping("scores", "scores of area 'x'");
    CHECK(scores.valid());
    CHECK(scores.number("a", true) == 0.5);
    MappingReader notes = reader.mapping("notes", "notes");
    CHECK_FALSE(notes.valid());
    CHECK(problems.empty());
    MappingReader other = reader.mapping("other", "other thing");
    CHECK_FALSE(other.valid());
    reader.text("id", true);
    reader.require_known_keys();
    CHECK(listed(problems) == Lines{"3:8 expected a mapping for the other thing, found '3'",
                                    "1:1 the area has no 'notes'"});
}

TEST_CASE("MappingReader::where points at a key's value, or at the mapping", "[yaml_reader]") {
    const YAML::Node root = parse_yaml("# a comment\nid: x\nscores:\n  a: 0.5\n", "w.yaml");
    std::vector<gait::Diagnostic> problems;
    const MappingReader reader(root, w_yaml, "area", problems);
    const gait::SourceLocation id = reader.where("id");
    CHECK(id.file == "w.yaml");
    CHECK(id.line == 2);
    CHECK(id.column == 5);
    CHECK(reader.where("scores").line == 4);
    CHECK(reader.where("scores").column == 3);
    CHECK(reader.where("absent").line == 2);
    CHECK(reader.where("absent").column == 1);
    CHECK(reader.where().line == 2);
}
