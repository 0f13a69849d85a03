#include "format/csv_text.hpp"

#include <catch2/catch.hpp>

TEST_CASE("csv_field makes formulas text and quotes what needs it", "[plan_output]") {
    CHECK(gait::csv_field("=cmd") == "\"'=cmd\"");
    CHECK(gait::csv_field("@SUM(1)") == "\"'@SUM(1)\"");
    CHECK(gait::csv_field("a,b") == "\"a,b\"");
    CHECK(gait::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(gait::csv_field("bell\x07") == "bell^G");
    CHECK(gait::csv_line({"a", "b"}) == "a,b\r\n");
}
