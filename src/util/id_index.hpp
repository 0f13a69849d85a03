#pragma once

// Items looked up by id, built once per file read. Files list their ids in
// rubric order, mostly, and are looked up in that order: so the entry after the
// last one found is tried first, and only a miss sorts the index, once. A hash
// map would allocate a node and copy a key per item, and an aggregate reads
// thousands of files.

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace gait::detail {

template <typename Item>
class IdIndex {
  public:
    using Entry = std::pair<std::string_view, const Item*>;

    // The views must outlive the index. On a repeated id, find() may give either.
    explicit IdIndex(std::vector<Entry> entries) : entries_(std::move(entries)) {}

    // nullptr when absent.
    const Item* find(std::string_view id) {
        if (next_ < entries_.size() && entries_[next_].first == id) return entries_[next_++].second;
        if (by_id_.size() != entries_.size()) sort();
        const auto found = std::lower_bound(
            by_id_.begin(), by_id_.end(), id,
            [&](std::size_t entry, std::string_view key) { return entries_[entry].first < key; });
        if (found == by_id_.end() || entries_[*found].first != id) return nullptr;
        next_ = *found + 1;
        return entries_[*found].second;
    }

  private:
    void sort() {
        by_id_.resize(entries_.size());
        for (std::size_t i = 0; i < by_id_.size(); ++i)
            by_id_[i] = i;
        std::sort(by_id_.begin(), by_id_.end(), [&](std::size_t a, std::size_t b) {
            return entries_[a].first < entries_[b].first;
        });
    }

    std::vector<Entry> entries_;      // in the order added
    std::vector<std::size_t> by_id_;  // indices into entries_, by id; built at the first miss
    std::size_t next_ = 0;            // the entry after the last one found
};

}  // namespace gait::detail
