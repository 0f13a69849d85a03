#include "gait/util/file_names.hpp"

#include <algorithm>
#include <set>

namespace gait {
namespace {

constexpr std::size_t stem_max = 60;  // with "-NNNN" and ".html", far under any file system's limit

std::string stem_of(const std::string& text) {
    std::string stem;
    for (const char c : text) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (letter || upper) {
            stem += upper ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (!stem.empty() && stem.back() != '-') {
            stem += '-';
        }
        if (stem.size() >= stem_max) break;
    }
    while (!stem.empty() && stem.back() == '-')
        stem.pop_back();
    return stem.empty() ? "team" : stem;
}

}  // namespace

std::vector<std::string> distinct_file_names(const std::vector<std::string>& texts,
                                             const std::string& suffix,
                                             const std::vector<std::string>& reserved) {
    std::set<std::string> taken(reserved.begin(), reserved.end());
    std::vector<std::string> names;
    names.reserve(texts.size());
    for (const std::string& text : texts) {
        const std::string stem = stem_of(text);
        std::string name = stem + suffix;
        for (std::size_t n = 2; taken.count(name) > 0; ++n)
            name = stem + "-" + std::to_string(n) + suffix;
        taken.insert(name);
        names.push_back(std::move(name));
    }
    return names;
}

}  // namespace gait
