#pragma once

// The HTML writer's radar chart: one axis per area, one shape per phase, as
// inline SVG beside its legend. Private to src/format/html_writer.cpp.

#include <cstddef>
#include <string>
#include <string_view>

#include "gait/document/document.hpp"

namespace gait::html {

// `radar` as `<div class="chart">`: the SVG, its legend, the list of axes that
// phones show instead of the names, and notes. Every name is escaped here.
//
// A value that is present is a vertex; a missing one is drawn as missing: a
// series with every value is a closed polygon, any other one is polylines
// between consecutive present values, with no vertex and no line where a value
// is missing (never a vertex at the centre, which would read as 0).
//
// `id` is unique in the page: the chart's title and description take the ids
// "ID-title" and "ID-desc".
// Series `s`'s color, dashes (as an attribute, or nothing for a solid line)
// and vertex marker at (x, y): a chart's lines differ in more than color.
std::string_view series_color(std::size_t s);
std::string dash_attribute(std::size_t s);
std::string marker(std::size_t s, double x, double y);

std::string radar_svg(const doc::Radar& radar, std::string_view id = "radar");

}  // namespace gait::html
