#include "ask/screen_lines.hpp"

#include <algorithm>

namespace gait {

std::size_t line_count(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

std::string lines_from(std::string_view text, std::size_t first, std::size_t count) {
    std::size_t start = 0;
    for (std::size_t line = 0; line < first && start < text.size(); ++line)
        start = std::min(text.find('\n', start), text.size() - 1) + 1;
    std::size_t end = start;
    for (std::size_t line = 0; line < count && end < text.size(); ++line)
        end = std::min(text.find('\n', end), text.size() - 1) + 1;
    return std::string(text.substr(start, end - start));
}

std::vector<std::size_t> page_starts(const std::vector<std::size_t>& heights, std::size_t rows) {
    std::vector<std::size_t> starts{0};
    std::size_t used = 0;
    for (std::size_t i = 0; i < heights.size(); ++i) {
        if (used > 0 && used + heights[i] > rows) {
            starts.push_back(i);
            used = 0;
        }
        used += heights[i];
    }
    return starts;
}

}  // namespace gait
