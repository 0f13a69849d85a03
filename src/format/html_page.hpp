#pragma once

// What every HTML page of gait shares: escaping, figures, the heatmap scale,
// the style sheet and the page around the content. Private to the HTML writer.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gait::html {

// `text` as HTML text or attribute value: the five special characters as
// references; control characters (other than tab and line feed) and
// noncharacters dropped, as HTML does not allow them; malformed UTF-8 as U+FFFD;
// bidirectional controls shown as "<U+202E>", as in the text report, so they
// cannot reorder what follows them.
std::string esc(std::string_view text);

// A score with two decimals, or an en dash when there is none.
std::string score_text(std::optional<double> score);

// A number for SVG coordinates and CSS lengths: short, and without "-0".
std::string num(double value);

// The heatmap bucket of a score, 0..4, on the score as shown (two decimals).
int bucket(double score);

// A heatmap cell: the score on its bucket's color, or a dashed "no score" cell.
std::string heat_cell(std::optional<double> score, std::string_view tag = "td");

// The legend of the heatmap's colors.
std::string color_scale();

// A table too wide for a phone, in a box that scrolls sideways and takes the focus.
std::string scroll_box(std::string_view labelled_by, const std::string& table);

// A heading's grey tail: "Improved <span class="count">· 3 questions</span>".
std::string with_count(const std::string& heading, std::string_view count);

// One row of a list of facts: `value` is HTML already. A note keeps its line breaks.
std::string fact(std::string_view label, const std::string& value, bool note = false);

// The whole page with the one style sheet of every report: `title` and `main`
// are HTML already.
std::string page(const std::string& title, const std::string& main);

}  // namespace gait::html
