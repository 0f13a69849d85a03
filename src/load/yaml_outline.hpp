#pragma once

// The outline of a YAML mapping: where each key and value stands in the text, from
// yaml-cpp's marks and the scanners of yaml_text.hpp, so that an editor can replace a
// value or add an entry and keep every other byte of the file.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "load/yaml_text.hpp"  // UnsupportedYaml

namespace gait::detail {

// What a value is, as far as editing it in place goes.
enum class ValueKind {
    blank,          // null: nothing, or a token such as ~
    scalar,         // plain, quoted or a block scalar
    block_mapping,  // indented key: value lines
    flow_mapping,   // {key: value, ...}
    other           // a list, an alias, a value with an anchor or a tag: never edited
};

// One key and its value, as positions in the text.
struct MappingEntry {
    std::string key;
    std::size_t key_begin = 0;    // the key's first byte
    std::size_t colon = 0;        // the ':' after it
    std::size_t value_begin = 0;  // the value's first byte; colon + 1 when it is empty
    std::size_t value_end = 0;    // after its last byte, before a trailing comment
    std::size_t end = 0;          // block: after the entry's last line; flow: value_end
    ValueKind kind = ValueKind::other;
    YAML::Node value;  // to outline a mapping value in turn; never assign to it
};

// A mapping's entries in file order, and what placing new ones needs.
struct MappingOutline {
    bool flow = false;
    std::size_t column = 0;      // block: the column of its keys
    std::size_t body_begin = 0;  // block: no new entry goes before this line
    std::size_t open = 0;        // flow: the '{'
    bool quote_keys = false;     // flow: keys are JSON strings ("id": ...)
    std::vector<MappingEntry> entries;

    // The index of the entry with that key, or npos.
    std::size_t find(const std::string& key) const {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].key == key) return i;
        }
        return std::string_view::npos;
    }
};

// The entries of a mapping node of `text`; a block one's new entries go no higher than
// `body_begin`. Throws UnsupportedYaml for a mapping not outlined: a key not a scalar,
// "? key" and the like.
MappingOutline outline_mapping(std::string_view text, const YAML::Node& node,
                               std::size_t body_begin);

// The mapping under an entry of `parent`; `quote_keys` for an empty flow one is its parent's.
MappingOutline outline_value(std::string_view text, const MappingOutline& parent,
                             const MappingEntry& entry);

}  // namespace gait::detail
