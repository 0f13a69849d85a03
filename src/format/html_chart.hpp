#pragma once

// The HTML writer's line chart of a series over dated points (a trend's phase
// and area scores), or its step line (a placement), as inline SVG beside its
// legend. Private to src/format/html_writer.cpp.

#include <string>
#include <string_view>

#include "gait/document/document.hpp"

namespace gait::html {

// `series` as `<div class="chart">`: the SVG and its legend. Points are spaced
// evenly, oldest on the left; a missing value breaks its line. Scores run from
// 0 at the bottom to 1 at the top; levels, one grid line each, are drawn as a
// step line. Every name is escaped here. `id` is unique in the page: the
// chart's title and description take the ids "ID-title" and "ID-desc".
std::string line_chart_svg(const doc::Series& series, std::string_view id);

}  // namespace gait::html
