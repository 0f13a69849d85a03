#pragma once

// Small text helpers shared by the unit and end-to-end tests.

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

namespace gait::test {

inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// How many times `piece` occurs in `text`, not overlapping.
inline std::size_t count(const std::string& text, const std::string& piece) {
    std::size_t n = 0;
    for (std::size_t at = text.find(piece); at != std::string::npos;
         at = text.find(piece, at + piece.size())) {
        ++n;
    }
    return n;
}

}  // namespace gait::test
