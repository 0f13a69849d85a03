#include <string>

#include <catch2/catch.hpp>

#include "gait/format/aggregate_json.hpp"

#include "summary_fixtures.hpp"

using gait::test::five_level_summary;

TEST_CASE("the CSV shows control, C1 and bidi characters visibly and keeps formulas text",
          "[aggregate_csv]") {
    gait::Aggregate aggregate;
    gait::add_team(aggregate, five_level_summary(gait::test::bronze_team,
                                                 "\x1b]52;c;cHduZWQ=\x07 evil \xe2\x80\xae x",
                                                 "2026-01-01", "a.yaml"));
    gait::add_team(aggregate, five_level_summary(gait::test::bronze_team, "=HYPERLINK(\"x\")",
                                                 "2026-01-01", "b.yaml"));
    gait::finish_aggregate(aggregate, false);
    const std::string csv = gait::render_aggregate_csv(aggregate);
    CHECK(csv.find(",^[]52;c;cHduZWQ=^G evil <U+202E> x,") != std::string::npos);
    CHECK(csv.find("\x1b") == std::string::npos);
    CHECK(csv.find("\x07") == std::string::npos);
    CHECK(csv.find("\xe2\x80\xae") == std::string::npos);
    CHECK(csv.find(",\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
}
