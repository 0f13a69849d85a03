#include "gait/util/edit_distance.hpp"

#include <algorithm>
#include <numeric>

#include "gait/util/limits.hpp"

namespace gait {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // One row of the dynamic-programming table at a time.
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    // Bounded work: a 64 KiB unknown id against 64 KiB ids took seconds each time.
    if (word.size() > limits::suggested_chars) return {};
    // A third of the word's length, at least 2: catches typos, not unrelated words.
    const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const std::string& candidate : candidates) {
        // The distance is at least the difference in length: no need to count it.
        const std::size_t longer = std::max(word.size(), candidate.size());
        if (longer - std::min(word.size(), candidate.size()) >= best_distance) continue;
        const std::size_t distance = edit_distance(word, candidate);
        // Every character replaced is no typo: "1" is not a misspelt "no".
        if (distance >= longer) continue;
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string match = closest_match(word, candidates);
    return match.empty() ? std::string{} : "did you mean '" + match + "'?";
}

}  // namespace gait
