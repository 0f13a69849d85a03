#pragma once

// Items looked up by id, built once per file read. A sorted vector of views
// costs one allocation; a hash map would allocate a node and copy a key per
// item, and an aggregate reads thousands of files.

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace gait::detail {

template <typename Item>
class IdIndex {
  public:
    using Entry = std::pair<std::string_view, const Item*>;

    // The views must outlive the index. On a repeated id, find() gives the first added.
    explicit IdIndex(std::vector<Entry> entries) : entries_(std::move(entries)) {
        std::stable_sort(entries_.begin(), entries_.end(),
                         [](const Entry& a, const Entry& b) { return a.first < b.first; });
    }

    // nullptr when absent.
    const Item* find(std::string_view id) const {
        const auto found = std::lower_bound(
            entries_.begin(), entries_.end(), id,
            [](const Entry& entry, std::string_view key) { return entry.first < key; });
        return found != entries_.end() && found->first == id ? found->second : nullptr;
    }

  private:
    std::vector<Entry> entries_;  // by id
};

}  // namespace gait::detail
