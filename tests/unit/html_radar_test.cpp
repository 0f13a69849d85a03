#include "format/html_radar.hpp"

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/document/document.hpp"

#include "text_helpers.hpp"

namespace doc = gait::doc;
using Catch::Matchers::Contains;
using gait::html::radar_svg;

using gait::test::count;

namespace {

// Six areas, the phases given.
doc::Radar radar_of(std::vector<std::vector<std::optional<double>>> values) {
    doc::Radar radar;
    radar.axes = {"People", "Observability", "Access", "On call", "Failures", "Toil"};
    for (std::size_t s = 0; s < values.size(); ++s)
        radar.series.push_back("Phase " + std::to_string(s + 1));
    radar.values = std::move(values);
    return radar;
}

// The group that draws series `name`, up to its end.
std::string shape_of(const std::string& svg, const std::string& name) {
    const std::string start = "<g class=\"phase-shape\"><title>" + name + "</title>";
    const std::size_t at = svg.find(start);
    if (at == std::string::npos) return {};
    return svg.substr(at, svg.find("</g>", at) - at);
}

// The chart's centre "x,y", read from the first spoke, which starts there.
std::string centre_of(const std::string& svg) {
    const std::size_t spoke = svg.find("<line class=\"spoke\" x1=\"");
    REQUIRE(spoke != std::string::npos);
    const std::size_t x = spoke + std::string("<line class=\"spoke\" x1=\"").size();
    const std::size_t x_end = svg.find('"', x);
    const std::size_t y = svg.find("y1=\"", x_end) + 4;
    return svg.substr(x, x_end - x) + "," + svg.substr(y, svg.find('"', y) - y);
}

// Every points="..." list in `text`, each split into its "x,y" vertices.
std::vector<std::vector<std::string>> point_lists(const std::string& text) {
    std::vector<std::vector<std::string>> lists;
    for (std::size_t at = text.find("points=\""); at != std::string::npos;
         at = text.find("points=\"", at + 1)) {
        const std::size_t start = at + 8;
        const std::string points = text.substr(start, text.find('"', start) - start);
        std::vector<std::string> vertices;
        std::size_t from = 0;
        while (from < points.size()) {
            std::size_t space = points.find(' ', from);
            if (space == std::string::npos) space = points.size();
            vertices.push_back(points.substr(from, space - from));
            from = space + 1;
        }
        lists.push_back(vertices);
    }
    return lists;
}

}  // namespace

TEST_CASE("a radar series with every value is one closed polygon with a marker a vertex",
          "[html_radar]") {
    const std::string svg = radar_svg(radar_of({{0.5, 0.5, 0.5, 0.5, 0.5, 0.5}}));
    const std::string shape = shape_of(svg, "Phase 1");
    REQUIRE_FALSE(shape.empty());
    CHECK(count(shape, "<polygon class=\"shape\"") == 1);
    CHECK(count(shape, "<polyline") == 0);
    CHECK(count(shape, "<circle ") == 6);
    REQUIRE(point_lists(shape).size() == 1);
    CHECK(point_lists(shape)[0].size() == 6);
    CHECK_THAT(svg, !Contains("No score"));
}

TEST_CASE("a missing radar value is drawn as missing: no vertex at the centre, polylines",
          "[html_radar]") {
    // Phase 1 lacks a score on Access (axis 3); phase 2 has every value.
    const std::string svg = radar_svg(
        radar_of({{0.8, 0.6, std::nullopt, 0.7, 0.9, 0.5}, {1.0, 1.0, 1.0, 1.0, 1.0, 1.0}}));
    const std::string centre = centre_of(svg);
    CHECK(centre == "300,196");
    const std::string shape = shape_of(svg, "Phase 1");
    REQUIRE_FALSE(shape.empty());

    // No closed shape, and nothing of it at the centre, where 0 would be.
    CHECK(count(shape, "<polygon") == 0);
    const auto lists = point_lists(shape);
    REQUIRE(lists.size() == 1);
    // One run round the chart from On call to Observability: 4, 5, 6, 1, 2.
    CHECK(lists[0].size() == 5);
    for (const std::string& vertex : lists[0])
        CHECK(vertex != centre);
    CHECK_THAT(shape, Contains("<polyline class=\"shape\" points=\""));
    CHECK_THAT(shape, !Contains("cx=\"300\" cy=\"196\""));
    CHECK(count(shape, "<circle ") == 5);  // a marker for each present value only

    // The complete series is still a polygon.
    CHECK(count(shape_of(svg, "Phase 2"), "<polygon class=\"shape\"") == 1);

    // The note says what is missing, in honest words.
    CHECK_THAT(svg, Contains("<p class=\"chart-note\">No score"));
    CHECK_THAT(svg, Contains("Phase 1: Access."));
    CHECK_THAT(svg, !Contains("drawn at 0"));
}

TEST_CASE("a radar series broken twice is a polyline for each run; a lone value a marker alone",
          "[html_radar]") {
    SECTION("two gaps: two runs") {
        // Present: 1, 3, 4, 6 -> runs 3-4 and 6-1.
        const std::string shape = shape_of(
            radar_svg(radar_of({{0.5, std::nullopt, 0.5, 0.5, std::nullopt, 0.5}})), "Phase 1");
        CHECK(count(shape, "<polyline") == 2);
        for (const auto& list : point_lists(shape))
            CHECK(list.size() == 2);
        CHECK(count(shape, "<circle ") == 4);
    }
    SECTION("a value between two gaps: its marker, no line") {
        // Present: 1, 3, 5, 6 -> 3 alone, run 5-6-1.
        const std::string shape = shape_of(
            radar_svg(radar_of({{0.5, std::nullopt, 0.5, std::nullopt, 0.5, 0.5}})), "Phase 1");
        const auto lists = point_lists(shape);
        REQUIRE(lists.size() == 1);
        CHECK(lists[0].size() == 3);
        CHECK(count(shape, "<circle ") == 4);
    }
    SECTION("a short row and a value that is not a number are missing too") {
        doc::Radar radar = radar_of({{0.5, 0.5, 0.5, 0.5}});
        radar.values[0].push_back(std::numeric_limits<double>::quiet_NaN());
        const std::string svg = radar_svg(radar);
        const std::string shape = shape_of(svg, "Phase 1");
        CHECK(count(shape, "<polygon") == 0);
        CHECK(count(shape, "<circle ") == 4);
        CHECK_THAT(svg, Contains("Phase 1: Failures, Toil."));
        CHECK_THAT(svg, !Contains("nan"));
    }
    SECTION("a series with no value at all: no shape, but in the legend and the note") {
        const std::string svg = radar_svg(radar_of(
            {{std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
             {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}}));
        CHECK(shape_of(svg, "Phase 1").empty());
        CHECK_FALSE(shape_of(svg, "Phase 2").empty());
        CHECK_THAT(svg, Contains("</svg>Phase 1</li>"));
        CHECK_THAT(svg,
                   Contains("Phase 1: People, Observability, Access, On call, Failures, Toil"));
    }
}

TEST_CASE("a radar value of 0 is a vertex at the centre, and values are clamped", "[html_radar]") {
    const std::string svg = radar_svg(radar_of({{0.0, 1.5, -1.0, 0.5, 0.5, 0.5}}));
    const auto lists = point_lists(shape_of(svg, "Phase 1"));
    REQUIRE(lists.size() == 1);
    REQUIRE(lists[0].size() == 6);
    CHECK(lists[0][0] == "300,196");    // a real 0 is at the centre
    CHECK(lists[0][2] == "300,196");    // below 0: clamped to 0
    CHECK(lists[0][1] == "429.9,121");  // above 1: on the outer ring, as 1
}

TEST_CASE("the radar's ids, names and SVG", "[html_radar]") {
    doc::Radar radar = radar_of({{0.5, 0.5, 0.5, 0.5, 0.5, 0.5}});
    radar.axes[0] = "<b>Ops & \"Dev\"</b>";
    radar.series[0] = "<i>Walk</i>";
    const std::string svg = radar_svg(radar, "radar-2");
    CHECK_THAT(svg, Contains("aria-labelledby=\"radar-2-title radar-2-desc\""));
    CHECK_THAT(svg, Contains("<title id=\"radar-2-title\">"));
    CHECK_THAT(svg, Contains("<desc id=\"radar-2-desc\">"));
    CHECK_THAT(svg, Contains("1. &lt;b&gt;Ops &amp;"));
    CHECK_THAT(svg, Contains("<title>&lt;i&gt;Walk&lt;/i&gt;</title>"));
    CHECK_THAT(svg, Contains("<li>&lt;b&gt;Ops &amp; &quot;Dev&quot;&lt;/b&gt;</li>"));
    CHECK_THAT(svg, !Contains("<b>"));
    CHECK_THAT(svg, !Contains("<i>"));
    CHECK(count(svg, "<svg") == count(svg, "</svg>"));
    CHECK(count(svg, "<svg") == 2);  // the chart and one legend line
    CHECK(count(svg, "<div") == count(svg, "</div>"));
}

TEST_CASE("a radar with no axes is a sentence; with two, a note that it is flat", "[html_radar]") {
    doc::Radar none;
    none.series = {"Walk"};
    CHECK(radar_svg(none) == "<p class=\"muted\">Nothing to chart.</p>\n");
    doc::Radar two;
    two.axes = {"Build", "Operate"};
    two.series = {"Walk"};
    two.values = {{0.5, 0.5}};
    const std::string svg = radar_svg(two);
    CHECK_THAT(svg, Contains("With fewer than three areas the shapes are flat"));
    CHECK(count(svg, "<svg") == count(svg, "</svg>"));
}
