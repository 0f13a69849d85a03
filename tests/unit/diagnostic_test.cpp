#include "gait/util/diagnostic.hpp"

#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>

TEST_CASE("format_diagnostic writes FILE:LINE:COL: message; hint", "[diagnostic]") {
    CHECK(gait::format_diagnostic({{"a.yaml", 3, 7}, "unknown key 'x'", "did you mean 'y'?"}) ==
          "a.yaml:3:7: unknown key 'x'; did you mean 'y'?");
    CHECK(gait::format_diagnostic({{"a.yaml", 3, 7}, "unknown key 'x'", ""}) ==
          "a.yaml:3:7: unknown key 'x'");
}

TEST_CASE("format_diagnostic leaves out what is not known of the place", "[diagnostic]") {
    SECTION("no column") {
        CHECK(gait::format_diagnostic({{"a.yaml", 3, 0}, "bad", "fix it"}) ==
              "a.yaml:3: bad; fix it");
    }
    SECTION("no line: the file as a whole, and a column without a line is not written") {
        CHECK(gait::format_diagnostic({{"a.yaml", 0, 0}, "file is empty", ""}) ==
              "a.yaml: file is empty");
        CHECK(gait::format_diagnostic({{"a.yaml", 0, 5}, "file is empty", ""}) ==
              "a.yaml: file is empty");
    }
    SECTION("no file: the message alone, whatever the line") {
        CHECK(gait::format_diagnostic({{"", 0, 0}, "no rubric given", "pass --rubric"}) ==
              "no rubric given; pass --rubric");
        CHECK(gait::format_diagnostic({{"", 4, 2}, "no rubric given", ""}) == "no rubric given");
    }
    SECTION("a file named <stdin>") {
        CHECK(gait::format_diagnostic({{"<stdin>", 1, 1}, "invalid YAML", ""}) ==
              "<stdin>:1:1: invalid YAML");
    }
}

TEST_CASE("an Error says its diagnostic as format_diagnostic does, and keeps it", "[diagnostic]") {
    const gait::Error error({"r.yaml", 12, 3}, "duplicate key 'id'", "remove one");
    CHECK(std::string(error.what()) == "r.yaml:12:3: duplicate key 'id'; remove one");
    CHECK(error.diagnostic().where.file == "r.yaml");
    CHECK(error.diagnostic().where.line == 12);
    CHECK(error.diagnostic().where.column == 3);
    CHECK(error.diagnostic().message == "duplicate key 'id'");
    CHECK(error.diagnostic().hint == "remove one");

    const gait::Diagnostic diagnostic{{"x.json", 0, 0}, "not a gait JSON report", ""};
    const gait::Error from_diagnostic(diagnostic);
    CHECK(std::string(from_diagnostic.what()) == gait::format_diagnostic(diagnostic));
    CHECK(from_diagnostic.diagnostic().hint.empty());

    // Caught as what it derives from, with the same text.
    try {
        throw gait::Error({"f", 1, 0}, "m");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "f:1: m");
    }
}
