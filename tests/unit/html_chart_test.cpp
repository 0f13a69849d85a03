#include "format/html_chart.hpp"

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/document/document.hpp"

#include "text_helpers.hpp"

namespace doc = gait::doc;
using Catch::Matchers::Contains;
using gait::html::line_chart_svg;
using gait::test::count;

namespace {

doc::Series scores() {
    return {"phase-scores",
            "Phase scores over time",
            {"2026-01-01", "2026-02-01", "2026-03-01"},
            {{"Crawl", {0.0, 0.5, 1.0}}, {"Walk", {0.25, std::nullopt, 0.75}}},
            {}};
}

}  // namespace

TEST_CASE("a line chart has a titled SVG, a path per line and a legend", "[html_chart]") {
    const std::string html = line_chart_svg(scores(), "phase-scores-chart");
    CHECK_THAT(html, Contains(R"(<svg class="line-chart" viewBox="0 0 640 256")"));
    CHECK_THAT(html,
               Contains(R"(aria-labelledby="phase-scores-chart-title phase-scores-chart-desc")"));
    CHECK_THAT(html,
               Contains(R"(<title id="phase-scores-chart-title">Phase scores over time</title>)"));
    CHECK_THAT(html, Contains("A line chart of 3 points, 2026-01-01 to 2026-03-01"));
    CHECK(count(html, R"(<g class="series-line">)") == 2);
    CHECK(count(html, "<li><svg") == 2);
    // Five grid lines, 0 to 1, and the first and last dates under the plot.
    CHECK(count(html, R"(<line class="grid")") == 5);
    CHECK_THAT(html, Contains(">0.75</text>"));
    CHECK_THAT(html, Contains(">2026-03-01</text>"));
}

TEST_CASE("a line chart puts 0 at the bottom 1 at the top and breaks at a missing value",
          "[html_chart]") {
    const std::string html = line_chart_svg(scores(), "c");
    // The plot runs from x 40 (4 label characters) to 622, y 214 (0) to 14 (1).
    CHECK_THAT(html, Contains(R"(d="M40 214L331 114L622 14")"));
    // Walk has no value in the middle: two single points, so no line, only markers.
    CHECK_THAT(html, Contains(R"(d="M40 164M622 64")"));
}

TEST_CASE("a chart of levels is a step line with a grid line per level", "[html_chart]") {
    const doc::Series placement{"placement",
                                "Placement over time",
                                {"a", "b", "c"},
                                {{"Placement", {0.0, 2.0, 1.0}}},
                                {"none yet", "Crawl", "Walk"},
                                true};
    const std::string html = line_chart_svg(placement, "p");
    CHECK(count(html, R"(<line class="grid")") == 3);
    CHECK_THAT(html, Contains(">none yet</text>"));
    CHECK_THAT(html, Contains("the line steps between them"));
    // Across, then up or down: H and V, never a slope.
    const std::size_t path = html.find(R"(<path class="line" d="M)");
    REQUIRE(path != std::string::npos);
    const std::string d = html.substr(path, html.find('"', path + 26) - path);
    CHECK(d.find('L') == std::string::npos);
    CHECK(count(d, "H") == 2);
    CHECK(count(d, "V") == 2);
}

TEST_CASE("the step lines of several lines run side by side on a shared level", "[html_chart]") {
    const doc::Series areas{"areas",
                            "Area placements over time",
                            {"a", "b"},
                            {{"Build", {1.0, 1.0}}, {"Operate", {1.0, 1.0}}},
                            {"none yet", "Crawl", "Walk"}};
    const std::string html = line_chart_svg(areas, "a");
    // Crawl is y 114 (half way down a 200 high plot from 14); two lines are
    // moved 1.5 up and down, 3 apart, so neither hides the other.
    CHECK_THAT(html, Contains(R"(d="M70 112.5H622V112.5")"));
    CHECK_THAT(html, Contains(R"(d="M70 115.5H622V115.5")"));
    // One line alone stays on its level.
    const doc::Series one{"p", "P", {"a", "b"}, {{"Build", {1.0, 1.0}}}, {"none yet", "Crawl"}};
    CHECK_THAT(line_chart_svg(one, "p"), Contains(R"(d="M70 14H622V14")"));
}

TEST_CASE("a line chart escapes every name and draws nothing without points", "[html_chart]") {
    doc::Series series = scores();
    series.lines[0].name = "<script>alert(1)</script>";
    series.points[0] = "\"&";
    const std::string html = line_chart_svg(series, "c");
    CHECK(html.find("<script>") == std::string::npos);
    CHECK_THAT(html, Contains("&lt;script&gt;"));
    CHECK_THAT(html, Contains("&quot;&amp;"));
    CHECK(line_chart_svg(doc::Series{}, "c") == "<p class=\"muted\">Nothing to chart.</p>\n");
}
