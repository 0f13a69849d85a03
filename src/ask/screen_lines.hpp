#pragma once

// Screens of the questionnaire as lines, so each fits the terminal's rows:
// counted, cut into a window, and packed into pages.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gait {

// Lines in `text`, each ending in a newline.
std::size_t line_count(std::string_view text);

// Up to `count` lines of `text` from line `first` on.
std::string lines_from(std::string_view text, std::size_t first, std::size_t count);

// Entries of these heights packed in order into pages of `rows` rows, an entry
// never split across two (one taller than a page has a page of its own): the
// first entry of each page. Always at least one page.
std::vector<std::size_t> page_starts(const std::vector<std::size_t>& heights, std::size_t rows);

}  // namespace gait
