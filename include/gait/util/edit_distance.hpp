#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gait {

// Levenshtein distance: the fewest single-character insertions, deletions and
// substitutions that turn one string into the other.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is near enough to be a likely typo
// and keeps at least one of its characters in place; otherwise empty. Empty too for a word longer
// than limits::suggested_chars.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" for the closest match, or empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace gait
