#include "load/yaml_outline.hpp"

#include <algorithm>

#include "load/yaml_text.hpp"

namespace gait::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Where yaml-cpp says a node starts.
std::size_t position_of(const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.pos < 0) throw UnsupportedYaml();
    return static_cast<std::size_t>(mark.pos);
}

// What a value is, from its node and its first byte: yaml-cpp says nothing of anchors.
ValueKind kind_of(const YAML::Node& value, char first) {
    if (first == '&' || first == '*' || first == '!') return ValueKind::other;
    if (value.IsNull()) return ValueKind::blank;
    if (value.IsScalar()) return ValueKind::scalar;
    if (value.IsMap()) return first == '{' ? ValueKind::flow_mapping : ValueKind::block_mapping;
    return ValueKind::other;
}

// An entry's key and value as yaml-cpp gives them, and where the key starts.
MappingEntry entry_of(const YAML::Node& key, const YAML::Node& value) {
    MappingEntry entry;
    entry.key = key.Scalar();
    entry.value = value;
    entry.key_begin = position_of(key);
    return entry;
}

// After the last byte of a block entry's value, whose kind and start are known: a block
// mapping or scalar goes on over the lines deeper than `column`, its key's.
std::size_t block_value_end(std::string_view text, const MappingEntry& entry, std::size_t column) {
    const std::size_t begin = entry.value_begin;
    const std::size_t delimited = delimited_end(text, begin);
    if (delimited != npos) return delimited;
    if (entry.kind == ValueKind::block_mapping) {
        const std::size_t from = next_line(text, entry.colon);
        const std::size_t end = previous_content_end(text, extent_end(text, from, column, false));
        if (end <= begin) throw UnsupportedYaml();
        return end;
    }
    const char c = byte_at(text, begin);
    if (c == '|' || c == '>') {
        const std::size_t from = next_line(text, begin);
        const std::size_t end = extent_end(text, from, column, true);
        return end > from ? previous_content_end(text, end) : plain_line_end(text, begin);
    }
    return plain_block_end(text, begin, column);
}

// The value of a block entry: where it starts and ends, and what it is.
void outline_block_value(std::string_view text, std::size_t column, MappingEntry& entry) {
    const std::size_t first = skip_blanks(text, entry.colon + 1);
    const bool on_key_line = first < text.size() && !is_break(text[first]) && text[first] != '#';
    entry.value_begin = entry.value_end = entry.colon + 1;
    if (entry.value.IsNull() && !on_key_line) {
        const bool more =
            extent_end(text, next_line(text, first), column, false) > next_line(text, first);
        // More lines of the value: a null on a line of its own, "~", not edited.
        entry.kind = more ? ValueKind::other : ValueKind::blank;
        return;
    }
    const std::size_t begin = entry.value.IsNull() ? first : position_of(entry.value);
    const char c = byte_at(text, begin);
    entry.kind = begin <= entry.colon || (on_key_line && begin != first) ? ValueKind::other
                                                                         : kind_of(entry.value, c);
    if (entry.kind == ValueKind::other) return;
    entry.value_begin = begin;
    entry.value_end = block_value_end(text, entry, column);
}

// One entry of a block mapping, with the lines that belong to it.
MappingEntry outline_block_entry(std::string_view text, const YAML::Node& key,
                                 const YAML::Node& value) {
    MappingEntry entry = entry_of(key, value);
    if (!begins_line(text, entry.key_begin)) throw UnsupportedYaml();  // "? key" and the like
    const std::size_t column = entry.key_begin - line_start(text, entry.key_begin);
    entry.colon = colon_after_key(text, entry.key_begin, false);
    outline_block_value(text, column, entry);
    const std::size_t last = std::max(entry.colon + 1, entry.value_end);
    entry.end = extent_end(text, next_line(text, last), column, false);
    return entry;
}

// The value of an entry of a flow mapping.
void outline_flow_value(std::string_view text, MappingEntry& entry) {
    const std::size_t first = next_flow_token(text, entry.colon + 1);
    const char c = byte_at(text, first);
    entry.value_begin = entry.value_end = entry.colon + 1;
    if (entry.value.IsNull() && (c == ',' || c == '}')) {
        entry.kind = ValueKind::blank;
        return;
    }
    const std::size_t begin = entry.value.IsNull() ? first : position_of(entry.value);
    entry.kind = begin != first ? ValueKind::other : kind_of(entry.value, c);
    if (entry.kind == ValueKind::other) return;
    entry.value_begin = begin;
    entry.value_end = delimited_end(text, begin);
    if (entry.value_end == npos) entry.value_end = plain_flow_end(text, begin);
}

// One entry of a flow mapping: from its key to the end of its value.
MappingEntry outline_flow_entry(std::string_view text, const YAML::Node& key,
                                const YAML::Node& value) {
    MappingEntry entry = entry_of(key, value);
    entry.colon = colon_after_key(text, entry.key_begin, true);
    outline_flow_value(text, entry);
    entry.end = entry.value_end;
    return entry;
}

}  // namespace

MappingOutline outline_mapping(std::string_view text, const YAML::Node& node,
                               std::size_t body_begin) {
    MappingOutline mapping;
    const std::size_t begin = position_of(node);
    mapping.flow = byte_at(text, begin) == '{';
    mapping.open = begin;
    mapping.column = begin - line_start(text, begin);
    mapping.body_begin = body_begin;
    // yaml-cpp keeps a mapping's entries in file order. (Not sorted here: assigning to a
    // YAML::Node rebinds the node inside the tree.)
    for (const auto& entry : node) {
        if (!entry.first.IsScalar()) throw UnsupportedYaml();
        mapping.entries.push_back(mapping.flow
                                      ? outline_flow_entry(text, entry.first, entry.second)
                                      : outline_block_entry(text, entry.first, entry.second));
        const std::size_t count = mapping.entries.size();
        if (count > 1 &&
            mapping.entries[count - 2].key_begin >= mapping.entries[count - 1].key_begin)
            throw UnsupportedYaml();
    }
    mapping.quote_keys = !mapping.entries.empty() && text[mapping.entries[0].key_begin] == '"';
    return mapping;
}

MappingOutline outline_value(std::string_view text, const MappingOutline& parent,
                             const MappingEntry& entry) {
    MappingOutline mapping = outline_mapping(text, entry.value, next_line(text, entry.colon));
    if (mapping.entries.empty()) mapping.quote_keys = parent.quote_keys;
    return mapping;
}

}  // namespace gait::detail
