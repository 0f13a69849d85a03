#include "gait/answers_edit.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gait/answers_writer.hpp"

#include "yaml_reader.hpp"

namespace gait {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Thrown for a form the editor does not change in place; the file is rendered anew instead.
struct Unsupported : std::runtime_error {
    Unsupported() : std::runtime_error("not editable in place") {}
};

// ---- Scanning the text: positions are byte offsets into it. ----

// YAML's separators: blanks within a line, and the two line break characters.
bool is_blank(char c) {
    return c == ' ' || c == '\t';
}
bool is_break(char c) {
    return c == '\n' || c == '\r';
}
bool is_space(char c) {
    return is_blank(c) || is_break(c);
}

// The byte at `i`, or '\0' past the end: scanners then need no bounds checks.
char at(std::string_view text, std::size_t i) {
    return i < text.size() ? text[i] : '\0';
}

// The start of the line `pos` is on.
std::size_t line_start(std::string_view text, std::size_t pos) {
    const std::size_t newline = pos == 0 ? npos : text.rfind('\n', pos - 1);
    return newline == npos ? 0 : newline + 1;
}

// The start of the line after the one `pos` is on, or the end of the text.
std::size_t next_line(std::string_view text, std::size_t pos) {
    const std::size_t newline = text.find('\n', pos);
    return newline == npos ? text.size() : newline + 1;
}

// Where the text of `pos`'s line ends, before its "\n" or "\r\n".
std::size_t content_end(std::string_view text, std::size_t pos) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    if (end > pos && text[end - 1] == '\r') --end;
    return end;
}

// The end of the text of the line before `line` (a line start): where lines end up joined.
std::size_t previous_content_end(std::string_view text, std::size_t line) {
    std::size_t end = line;
    if (end > 0 && text[end - 1] == '\n') --end;
    if (end > 0 && text[end - 1] == '\r') --end;
    return end;
}

// Past the spaces and tabs at `pos`, staying on the line.
std::size_t skip_blanks(std::string_view text, std::size_t pos) {
    while (is_blank(at(text, pos)))
        ++pos;
    return pos;
}

// How many spaces indent the line that starts at `line`; YAML indents with spaces only.
std::size_t indent_of(std::string_view text, std::size_t line) {
    std::size_t end = line;
    while (at(text, end) == ' ')
        ++end;
    return end - line;
}

// Blank, or nothing but a comment: such lines belong to whatever follows them.
bool blank_or_comment(std::string_view text, std::size_t line) {
    const char c = at(text, skip_blanks(text, line));
    return c == '\0' || is_break(c) || c == '#';
}

// Whether only indentation stands before `pos` on its line.
bool begins_line(std::string_view text, std::size_t pos) {
    return skip_blanks(text, line_start(text, pos)) == pos;
}

// After the closing quote of the quoted scalar that starts at `begin`.
std::size_t quoted_end(std::string_view text, std::size_t begin) {
    const char quote = text[begin];
    for (std::size_t i = begin + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && at(text, i + 1) == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    throw Unsupported();
}

// After the bracket that closes the flow collection opened at `begin`. A quote
// starts a scalar only where a token may start: "{a: don't}" has none.
std::size_t flow_end(std::string_view text, std::size_t begin) {
    int depth = 0;
    bool token_start = true;
    for (std::size_t i = begin; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '"' || c == '\'') && token_start) {
            i = quoted_end(text, i) - 1;
        } else if (c == '#' && is_space(at(text, i - 1))) {
            i = content_end(text, i) - 1;
            continue;  // a comment does not end a token's start
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
        if (!is_space(c)) token_start = c == '{' || c == '[' || c == ',' || c == ':';
    }
    throw Unsupported();
}

// The end of a plain scalar's text on one line: before a comment and trailing blanks.
std::size_t plain_line_end(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    for (std::size_t i = begin; i < text.size() && !is_break(text[i]); ++i) {
        if (text[i] == '#' && i > begin && is_blank(text[i - 1])) break;
        if (!is_blank(text[i])) end = i + 1;
    }
    return end;
}

// The end of a plain scalar in block context, over the more indented lines that continue
// it; a comment ends it.
std::size_t plain_block_end(std::string_view text, std::size_t begin, std::size_t column) {
    std::size_t end = plain_line_end(text, begin);
    for (std::size_t line = next_line(text, end); line < text.size();
         line = next_line(text, line)) {
        if (at(text, skip_blanks(text, end)) == '#') break;
        const std::size_t first = skip_blanks(text, line);
        if (is_break(at(text, first))) continue;
        if (text[first] == '#' || indent_of(text, line) <= column) break;
        end = plain_line_end(text, first);
    }
    return end;
}

// The end of a plain scalar in flow context: at ',', '}', ']' or a comment, over line breaks.
std::size_t plain_flow_end(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    for (std::size_t i = begin; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',' || c == '}' || c == ']' || (c == '#' && is_space(at(text, i - 1)))) break;
        if (!is_space(c)) end = i + 1;
    }
    return end;
}

// After the last line from `from` on that belongs to a block value whose key stands at
// `column`: lines indented deeper, and blank or comment lines only when more such follow.
// In a block scalar (`literal`) a deeper line starting with '#' is text, not a comment.
std::size_t extent_end(std::string_view text, std::size_t from, std::size_t column, bool literal) {
    std::size_t end = from;
    for (std::size_t line = from; line < text.size(); line = next_line(text, line)) {
        const bool deeper = indent_of(text, line) > column;
        if (blank_or_comment(text, line) &&
            !(literal && deeper && at(text, skip_blanks(text, line)) == '#'))
            continue;
        if (!deeper) break;
        end = next_line(text, line);
    }
    return end;
}

// After the key that starts at `begin`: a quoted one, or plain up to ": ".
std::size_t key_end(std::string_view text, std::size_t begin, bool flow) {
    if (text[begin] == '"' || text[begin] == '\'') return quoted_end(text, begin);
    for (std::size_t i = begin; i < text.size() && !is_break(text[i]); ++i) {
        const char next = at(text, i + 1);
        const bool ends =
            next == '\0' || is_space(next) || (flow && (next == ',' || next == '}' || next == ']'));
        if (text[i] == ':' && ends) return i;
        if (flow && (text[i] == ',' || text[i] == '}')) break;
    }
    throw Unsupported();
}

// The ':' after the key that starts at `begin`.
std::size_t colon_after_key(std::string_view text, std::size_t begin, bool flow) {
    const std::size_t colon = skip_blanks(text, key_end(text, begin, flow));
    if (at(text, colon) != ':') throw Unsupported();
    return colon;
}

// Past blanks, line breaks and comments: where the next token in flow context starts.
std::size_t next_flow_token(std::string_view text, std::size_t pos) {
    while (pos < text.size()) {
        if (is_space(text[pos])) {
            ++pos;
        } else if (text[pos] == '#') {
            pos = content_end(text, pos);
        } else {
            break;
        }
    }
    return pos;
}

// ---- The outline: where each key and value of the mappings gait edits stands. ----

enum class Kind {
    blank,          // null: nothing, or a token such as ~
    scalar,         // plain, quoted or a block scalar
    block_mapping,  // indented key: value lines
    flow_mapping,   // {key: value, ...}
    other           // a list, an alias, a value with an anchor or a tag: never edited
};

// One key and its value, as positions in the text.
struct Entry {
    std::string key;
    std::size_t key_begin = 0;    // the key's first byte
    std::size_t colon = 0;        // the ':' after it
    std::size_t value_begin = 0;  // the value's first byte; colon + 1 when it is empty
    std::size_t value_end = 0;    // after its last byte, before a trailing comment
    std::size_t end = 0;          // block: after the entry's last line; flow: value_end
    Kind kind = Kind::other;
    YAML::Node value;  // to outline a mapping value in turn; never assign to it
};

// A mapping's entries in file order, and what placing new ones needs.
struct Mapping {
    bool flow = false;
    std::size_t column = 0;      // block: the column of its keys
    std::size_t body_begin = 0;  // block: no new entry goes before this line
    std::size_t open = 0;        // flow: the '{'
    bool quote_keys = false;     // flow: keys are JSON strings ("id": ...)
    std::vector<Entry> entries;

    // The index of the entry with that key, or npos.
    std::size_t find(const std::string& key) const {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].key == key) return i;
        }
        return npos;
    }
};

// Where yaml-cpp says a node starts.
std::size_t position_of(const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.pos < 0) throw Unsupported();
    return static_cast<std::size_t>(mark.pos);
}

// What a value is, from its node and its first byte: yaml-cpp says nothing of anchors.
Kind kind_of(const YAML::Node& value, char first) {
    if (first == '&' || first == '*' || first == '!') return Kind::other;
    if (value.IsNull()) return Kind::blank;
    if (value.IsScalar()) return Kind::scalar;
    if (value.IsMap()) return first == '{' ? Kind::flow_mapping : Kind::block_mapping;
    return Kind::other;
}

// The value of a block entry: where it starts and ends, and what it is.
void outline_block_value(std::string_view text, std::size_t column, Entry& entry) {
    const std::size_t first = skip_blanks(text, entry.colon + 1);
    const bool on_key_line = first < text.size() && !is_break(text[first]) && text[first] != '#';
    entry.value_begin = entry.value_end = entry.colon + 1;
    if (entry.value.IsNull() && !on_key_line) {
        const bool more =
            extent_end(text, next_line(text, first), column, false) > next_line(text, first);
        entry.kind = more ? Kind::other : Kind::blank;  // a null on a line of its own: "~"
        return;
    }
    const std::size_t begin = entry.value.IsNull() ? first : position_of(entry.value);
    const char c = at(text, begin);
    entry.kind = begin <= entry.colon || (on_key_line && begin != first) ? Kind::other
                                                                         : kind_of(entry.value, c);
    if (entry.kind == Kind::other) return;
    entry.value_begin = begin;
    if (c == '"' || c == '\'') {
        entry.value_end = quoted_end(text, begin);
    } else if (c == '{' || c == '[') {
        entry.value_end = flow_end(text, begin);
    } else if (entry.kind == Kind::block_mapping) {
        const std::size_t from = next_line(text, entry.colon);
        entry.value_end = previous_content_end(text, extent_end(text, from, column, false));
        if (entry.value_end <= begin) throw Unsupported();
    } else if (c == '|' || c == '>') {
        const std::size_t from = next_line(text, begin);
        const std::size_t end = extent_end(text, from, column, true);
        entry.value_end =
            end > from ? previous_content_end(text, end) : plain_line_end(text, begin);
    } else {
        entry.value_end = plain_block_end(text, begin, column);
    }
}

// One entry of a block mapping, with the lines that belong to it.
Entry outline_block_entry(std::string_view text, const YAML::Node& key, const YAML::Node& value) {
    Entry entry;
    entry.key = key.Scalar();
    entry.value = value;
    entry.key_begin = position_of(key);
    if (!begins_line(text, entry.key_begin)) throw Unsupported();  // "? key" and the like
    const std::size_t column = entry.key_begin - line_start(text, entry.key_begin);
    entry.colon = colon_after_key(text, entry.key_begin, false);
    outline_block_value(text, column, entry);
    const std::size_t last = std::max(entry.colon + 1, entry.value_end);
    entry.end = extent_end(text, next_line(text, last), column, false);
    return entry;
}

// The value of an entry of a flow mapping.
void outline_flow_value(std::string_view text, Entry& entry) {
    const std::size_t first = next_flow_token(text, entry.colon + 1);
    const char c = at(text, first);
    entry.value_begin = entry.value_end = entry.colon + 1;
    if (entry.value.IsNull() && (c == ',' || c == '}')) {
        entry.kind = Kind::blank;
        return;
    }
    const std::size_t begin = entry.value.IsNull() ? first : position_of(entry.value);
    entry.kind = begin != first ? Kind::other : kind_of(entry.value, c);
    if (entry.kind == Kind::other) return;
    entry.value_begin = begin;
    if (c == '"' || c == '\'') {
        entry.value_end = quoted_end(text, begin);
    } else if (c == '{' || c == '[') {
        entry.value_end = flow_end(text, begin);
    } else {
        entry.value_end = plain_flow_end(text, begin);
    }
}

// One entry of a flow mapping: from its key to the end of its value.
Entry outline_flow_entry(std::string_view text, const YAML::Node& key, const YAML::Node& value) {
    Entry entry;
    entry.key = key.Scalar();
    entry.value = value;
    entry.key_begin = position_of(key);
    entry.colon = colon_after_key(text, entry.key_begin, true);
    outline_flow_value(text, entry);
    entry.end = entry.value_end;
    return entry;
}

// The entries of a mapping node; a block one's new entries go no higher than `body_begin`.
Mapping outline_mapping(std::string_view text, const YAML::Node& node, std::size_t body_begin) {
    Mapping mapping;
    const std::size_t begin = position_of(node);
    mapping.flow = at(text, begin) == '{';
    mapping.open = begin;
    mapping.column = begin - line_start(text, begin);
    mapping.body_begin = body_begin;
    // yaml-cpp keeps a mapping's entries in file order. (Not sorted here: assigning to a
    // YAML::Node rebinds the node inside the tree.)
    for (const auto& entry : node) {
        if (!entry.first.IsScalar()) throw Unsupported();
        mapping.entries.push_back(mapping.flow
                                      ? outline_flow_entry(text, entry.first, entry.second)
                                      : outline_block_entry(text, entry.first, entry.second));
        const std::size_t count = mapping.entries.size();
        if (count > 1 &&
            mapping.entries[count - 2].key_begin >= mapping.entries[count - 1].key_begin)
            throw Unsupported();
    }
    mapping.quote_keys = !mapping.entries.empty() && text[mapping.entries[0].key_begin] == '"';
    return mapping;
}

// The mapping under an entry; `quote_keys` for an empty flow one is its parent's.
Mapping outline_value(std::string_view text, const Mapping& parent, const Entry& entry) {
    Mapping mapping = outline_mapping(text, entry.value, next_line(text, entry.colon));
    if (mapping.entries.empty()) mapping.quote_keys = parent.quote_keys;
    return mapping;
}

// ---- What to write. ----

// A key and the value to write under it: a scalar, or a mapping of further entries.
struct NewEntry {
    std::string key;
    std::string scalar;  // already quoted; used when there are no children
    std::vector<NewEntry> children;
};

// What an answer says.
struct Fields {
    std::string choice, note, evidence;

    bool empty() const { return choice.empty() && note.empty() && evidence.empty(); }
    bool operator==(const Fields& other) const {
        return choice == other.choice && note == other.note && evidence == other.evidence;
    }
    bool operator!=(const Fields& other) const { return !(*this == other); }
};

// An answer's fields, without its question and position: what is compared and written.
Fields fields_of(const Answer& answer) {
    return {answer.choice, answer.note, answer.evidence};
}

// The keys of an answer written as a mapping, in the order render_answers writes them.
const std::vector<std::string>& field_keys() {
    static const std::vector<std::string> keys = {"answer", "note", "evidence"};
    return keys;
}

// The fields in field_keys() order, to go through them in one loop.
std::array<std::string, 3> field_values(const Fields& fields) {
    return {fields.choice, fields.note, fields.evidence};
}

// An answer as render_answers writes it: the choice alone, or a mapping when there is more.
NewEntry answer_entry(const std::string& id, const Fields& fields) {
    NewEntry entry{id, yaml_quote(fields.choice), {}};
    if (fields.note.empty() && fields.evidence.empty()) return entry;
    const std::array<std::string, 3> values = field_values(fields);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].empty())
            entry.children.push_back({field_keys()[i], yaml_quote(values[i]), {}});
    }
    return entry;
}

// The entry's lines in block style, its key indented by `indent`, its children `step` deeper.
void block_lines(const NewEntry& entry, std::size_t indent, std::size_t step,
                 std::vector<std::string>& out) {
    const std::string key = std::string(indent, ' ') + entry.key + ":";
    if (entry.children.empty()) {
        out.push_back(key + " " + entry.scalar);
        return;
    }
    out.push_back(key);
    for (const NewEntry& child : entry.children)
        block_lines(child, indent + step, step, out);
}

// The value in flow style: JSON's when `quote_keys`.
std::string flow_value(const NewEntry& entry, bool quote_keys);

// `key: value` in flow style; a JSON file's keys are JSON strings.
std::string flow_entry(const NewEntry& entry, bool quote_keys) {
    return (quote_keys ? yaml_quote(entry.key) : entry.key) + ": " + flow_value(entry, quote_keys);
}

std::string flow_value(const NewEntry& entry, bool quote_keys) {
    if (entry.children.empty()) return entry.scalar;
    std::string out = "{";
    for (const NewEntry& child : entry.children)
        out += (out.size() > 1 ? ", " : "") + flow_entry(child, quote_keys);
    return out + "}";
}

// ---- Edits: replacements of spans of the original text, applied at once. ----

// One change: positions in the original text, so edits never move one another.
struct Edit {
    std::size_t begin, end;  // the span replaced; empty for an insertion
    std::string text;
};

// The changes to one answers file, and the conventions of the file they follow.
class Editor {
  public:
    explicit Editor(std::string_view text) : text_(text), newline_(detect_newline(text)) {}

    // The original text, which every position refers to.
    std::string_view text() const { return text_; }

    // Replaces [begin, end) of the original text; nothing with nothing is no edit.
    void replace(std::size_t begin, std::size_t end, std::string with) {
        if (begin != end || !with.empty()) edits_.push_back({begin, end, std::move(with)});
    }

    // Puts whole lines at `pos`, a line start or the end of the text; a text that does not
    // end with a line break still does not.
    void insert_lines(std::size_t pos, const std::vector<std::string>& lines) {
        std::string out;
        const bool unterminated = pos == text_.size() && !text_.empty() && text_.back() != '\n';
        for (const std::string& line : lines)
            out += unterminated ? newline_ + line : line + newline_;
        replace(pos, pos, std::move(out));
    }

    // The file's line end, for every line added.
    const std::string& newline() const { return newline_; }

    // The text with every edit made; edits at one place keep the order they were made in.
    // Without its last line, a text that did not end with a line break still does not.
    std::string apply() {
        std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
        });
        std::string out;
        std::size_t done = 0;
        for (const Edit& edit : edits_) {
            if (edit.begin < done) throw Unsupported();  // overlapping edits: a bug, not a file
            out.append(text_.substr(done, edit.begin - done));
            out += edit.text;
            done = edit.end;
        }
        out.append(text_.substr(done));
        if (!text_.empty() && text_.back() != '\n' && !out.empty() && out.back() == '\n') {
            out.resize(out.size() - (out.size() > 1 && out[out.size() - 2] == '\r' ? 2 : 1));
        }
        return out;
    }

  private:
    // CRLF when the first line ends so; a file without a line break gets "\n".
    static std::string detect_newline(std::string_view text) {
        const std::size_t newline = text.find('\n');
        return newline != npos && newline > 0 && text[newline - 1] == '\r' ? "\r\n" : "\n";
    }

    std::string_view text_;
    std::string newline_;  // the file's line end
    std::vector<Edit> edits_;
};

// Sets an entry's value, replacing only the value's own text. A mapping goes on new lines
// under the key in block style, indented by `indent`, and within braces in flow style.
void set_value(Editor& editor, const Mapping& mapping, const Entry& entry, const NewEntry& value,
               std::size_t indent, std::size_t step) {
    if (entry.kind != Kind::blank && entry.kind != Kind::scalar &&
        entry.kind != Kind::flow_mapping) {
        throw Unsupported();
    }
    const bool empty = entry.value_begin == entry.value_end;
    if (mapping.flow || value.children.empty() || entry.kind == Kind::flow_mapping) {
        const std::string with = flow_value(value, mapping.quote_keys);
        if (empty) editor.replace(entry.colon + 1, entry.colon + 1, " " + with);
        if (!empty) editor.replace(entry.value_begin, entry.value_end, with);
        return;
    }
    const std::string_view text = editor.text();
    const std::size_t key_line_end = content_end(text, entry.colon);
    const bool on_key_line = entry.value_begin < key_line_end;
    if (!empty) editor.replace(on_key_line ? entry.colon + 1 : key_line_end, entry.value_end, {});
    std::vector<std::string> lines;
    for (const NewEntry& child : value.children)
        block_lines(child, indent, step, lines);
    editor.insert_lines(next_line(text, std::max(entry.colon, entry.value_end)), lines);
}

// Leaves the entry's value blank: `key:` in block style, `key: null` in flow style.
void blank_value(Editor& editor, const Mapping& mapping, const Entry& entry) {
    if (mapping.flow) {
        set_value(editor, mapping, entry, {entry.key, "null", {}}, 0, 0);
        return;
    }
    if (entry.kind == Kind::other) throw Unsupported();
    const std::size_t key_line_end = content_end(editor.text(), entry.colon);
    const bool on_key_line = entry.value_begin < key_line_end;
    editor.replace(on_key_line ? entry.colon + 1 : key_line_end, entry.value_end, {});
}

// Removes a block entry's lines; the comments above it stay.
void remove_entry(Editor& editor, const Entry& entry) {
    editor.replace(line_start(editor.text(), entry.key_begin), entry.end, {});
}

// Where new block entries go before entry `slot` (npos: after the last entry): right
// after the entry before it, so the blank and comment lines above `slot` stay with it.
std::size_t block_insertion_point(std::string_view text, const Mapping& mapping, std::size_t slot) {
    if (slot == npos) return mapping.entries.back().end;
    if (slot > 0) return mapping.entries[slot - 1].end;
    std::size_t pos = line_start(text, mapping.entries[0].key_begin);
    while (pos > mapping.body_begin) {
        const std::size_t above = line_start(text, pos - 1);
        if (above < mapping.body_begin || !blank_or_comment(text, above)) break;
        pos = above;
    }
    return pos;
}

// Adds entries to a mapping that has some, before entry `slot` (npos: after the last).
void insert_entries(Editor& editor, const Mapping& mapping, std::size_t slot,
                    const std::vector<NewEntry>& entries, std::size_t step) {
    const std::string_view text = editor.text();
    if (entries.empty()) return;
    if (!mapping.flow && mapping.entries.empty()) throw Unsupported();
    if (!mapping.flow) {
        std::vector<std::string> lines;
        for (const NewEntry& entry : entries)
            block_lines(entry, mapping.column, step, lines);
        editor.insert_lines(block_insertion_point(text, mapping, slot), lines);
        return;
    }
    std::string out;
    if (mapping.entries.empty()) {
        for (const NewEntry& entry : entries)
            out += (out.empty() ? "" : ", ") + flow_entry(entry, mapping.quote_keys);
        editor.replace(mapping.open + 1, mapping.open + 1, out);
        return;
    }
    const Entry& near = mapping.entries[slot == npos ? mapping.entries.size() - 1 : slot];
    const std::size_t line = line_start(text, near.key_begin);
    const std::string separator =
        begins_line(text, near.key_begin)
            ? "," + editor.newline() + std::string(text.substr(line, near.key_begin - line))
            : ", ";
    for (const NewEntry& entry : entries) {
        const std::string written = flow_entry(entry, mapping.quote_keys);
        out += slot == npos ? separator + written : written + separator;
    }
    const std::size_t pos = slot == npos ? near.end : near.key_begin;
    editor.replace(pos, pos, out);
}

// New entries, each with the slot it goes before, slots in ascending order: one
// insertion per slot, so that entries bound for one place keep their order.
void insert_in_slots(Editor& editor, const Mapping& mapping,
                     const std::vector<std::pair<std::size_t, NewEntry>>& entries,
                     std::size_t step) {
    std::vector<NewEntry> group;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        group.push_back(entries[i].second);
        if (i + 1 == entries.size() || entries[i + 1].first != entries[i].first) {
            insert_entries(editor, mapping, entries[i].first, group, step);
            group.clear();
        }
    }
}

// The slot of a new key: the first entry, in file order, that comes after it in `order`
// (rubric order, or answer/note/evidence); npos when none does.
std::size_t slot_for(const Mapping& mapping, const std::string& key,
                     const std::vector<std::string>& order) {
    const auto rank = [&](const std::string& k) {
        return std::find(order.begin(), order.end(), k) - order.begin();
    };
    for (std::size_t i = 0; i < mapping.entries.size(); ++i) {
        if (rank(mapping.entries[i].key) > rank(key)) return i;
    }
    return npos;
}

// ---- The edit itself. ----

// Each rubric question's desired answer, in rubric order; the last one given counts.
std::vector<std::pair<std::string, const Answer*>> desired_answers(const Rubric& rubric,
                                                                   const Answers& answers) {
    std::unordered_map<std::string, const Answer*> given;
    for (const Answer& answer : answers.answers)
        given[answer.question] = &answer;
    std::vector<std::pair<std::string, const Answer*>> out;
    for (const std::string& id : question_ids(rubric)) {
        const auto found = given.find(id);
        out.emplace_back(id, found == given.end() ? nullptr : found->second);
    }
    return out;
}

// Every answer with something in it, by question.
std::map<std::string, Fields> answered(const Answers& answers) {
    std::map<std::string, Fields> out;
    for (const Answer& answer : answers.answers) {
        if (!fields_of(answer).empty()) out[answer.question] = fields_of(answer);
    }
    return out;
}

// Saves one set of answers into one file's text.
class AnswersEdit {
  public:
    AnswersEdit(std::string_view text, const std::string& file, const Rubric& rubric,
                const Answers& before, const Answers& after)
        : editor_(text),
          rubric_(rubric),
          before_(before),
          after_(after),
          root_(outline_mapping(text, detail::parse_yaml(text, file), 0)) {
        if (!root_.flow && !root_.entries.empty()) {
            root_.body_begin = line_start(text, root_.entries[0].key_begin);
        }
    }

    // The text with every change made, team to answers.
    std::string run() {
        edit_text_field("team", before_.team, after_.team);
        edit_text_field("date", before_.date, after_.date);
        edit_text_field("respondent", before_.respondent, after_.respondent);
        flush_root_inserts();
        edit_answers();
        return editor_.apply();
    }

  private:
    // team, date and respondent: the scalar replaced, or the key added before answers.
    void edit_text_field(const std::string& key, const std::string& had, const std::string& want) {
        if (had == want) return;
        const std::size_t index = root_.find(key);
        const NewEntry value{key, yaml_quote(want), {}};
        if (index != npos) {
            set_value(editor_, root_, root_.entries[index], value, 0, 0);
        } else if (!want.empty()) {
            root_inserts_.push_back(value);
        }
    }

    // The header fields the file lacks, all at one place so they keep their order.
    void flush_root_inserts() {
        insert_entries(editor_, root_, root_.find("answers"), root_inserts_, step());
    }

    // The indentation step of the file: how much deeper the answers are than `answers:`.
    std::size_t step() const {
        const std::size_t index = root_.find("answers");
        if (index == npos || root_.entries[index].kind != Kind::block_mapping) return 2;
        const Entry& answers = root_.entries[index];
        const std::size_t line = line_start(editor_.text(), answers.value_begin);
        const std::size_t column = answers.value_begin - line;
        return column > root_.column ? column - root_.column : 2;
    }

    // Each answer that changed: edited where the file has it, inserted where it has not.
    void edit_answers() {
        const std::size_t index = root_.find("answers");
        const Entry* answers = index == npos ? nullptr : &root_.entries[index];
        // `answers: {}` in a block file becomes a block mapping, as render_answers writes it.
        const bool has_mapping =
            answers &&
            (answers->kind == Kind::block_mapping ||
             (answers->kind == Kind::flow_mapping && (root_.flow || answers->value.size() > 0)));
        if (answers && !has_mapping && answers->kind != Kind::blank &&
            answers->kind != Kind::flow_mapping) {
            throw Unsupported();
        }
        if (!has_mapping) {
            add_answers_mapping(answers);
            return;
        }
        const Mapping mapping = outline_value(editor_.text(), root_, *answers);
        const std::size_t nested = nested_step(mapping);
        const std::vector<std::string> ids = question_ids(rubric_);
        std::vector<std::pair<std::size_t, NewEntry>> added;
        for (const auto& [id, want, had] : changes()) {
            const std::size_t existing = mapping.find(id);
            if (existing != npos) {
                edit_answer(mapping, mapping.entries[existing], had, want, nested);
            } else if (!want.empty()) {
                added.emplace_back(slot_for(mapping, id, ids), answer_entry(id, want));
            }
        }
        insert_in_slots(editor_, mapping, added, nested);
    }

    // One question whose answer is to change.
    struct Change {
        std::string id;
        Fields want, had;
    };

    // The questions whose answers differ from what the file says, in rubric order.
    std::vector<Change> changes() const {
        std::vector<Change> out;
        for (const auto& [id, desired] : desired_answers(rubric_, after_)) {
            if (!desired) continue;
            Change change{id, fields_of(*desired), had_fields(id)};
            if (change.want != change.had) out.push_back(std::move(change));
        }
        return out;
    }

    // What the file said for a question before.
    Fields had_fields(const std::string& id) const {
        for (const Answer& answer : before_.answers) {
            if (answer.question == id) return fields_of(answer);
        }
        return {};
    }

    // How much deeper the file indents an answer's note than its key: as in an answer
    // already written as a mapping, else the file's step.
    std::size_t nested_step(const Mapping& answers) const {
        for (const Entry& entry : answers.entries) {
            if (entry.kind != Kind::block_mapping) continue;
            const std::size_t column =
                entry.value_begin - line_start(editor_.text(), entry.value_begin);
            if (column > answers.column) return column - answers.column;
        }
        return step();
    }

    // One answer the file has: blanked, edited field by field, or its value replaced.
    void edit_answer(const Mapping& answers, const Entry& entry, const Fields& had,
                     const Fields& want, std::size_t nested) {
        if (want.empty() && entry.kind == Kind::block_mapping) {
            // Each field's lines go; comment lines among them stay.
            for (const Entry& field : outline_value(editor_.text(), answers, entry).entries)
                remove_entry(editor_, field);
        } else if (want.empty()) {
            blank_value(editor_, answers, entry);
        } else if (entry.kind == Kind::block_mapping) {
            edit_fields(answers, entry, had, want, nested);
        } else {
            set_value(editor_, answers, entry, answer_entry(entry.key, want),
                      answers.column + nested, nested);
        }
    }

    // An answer written as a block mapping: each of answer, note and evidence that changed.
    void edit_fields(const Mapping& answers, const Entry& entry, const Fields& had,
                     const Fields& want, std::size_t nested) {
        const Mapping fields = outline_value(editor_.text(), answers, entry);
        const std::array<std::string, 3> before = field_values(had);
        const std::array<std::string, 3> after = field_values(want);
        std::vector<std::pair<std::size_t, NewEntry>> added;
        for (std::size_t i = 0; i < field_keys().size(); ++i) {
            if (before[i] == after[i]) continue;
            const std::string& key = field_keys()[i];
            const std::size_t index = fields.find(key);
            const NewEntry value{key, yaml_quote(after[i]), {}};
            if (index == npos) {
                added.emplace_back(slot_for(fields, key, field_keys()), value);
            } else if (after[i].empty()) {
                remove_entry(editor_, fields.entries[index]);
            } else {
                set_value(editor_, fields, fields.entries[index], value, 0, 0);
            }
        }
        insert_in_slots(editor_, fields, added, nested);
    }

    // Answers where the file has none: `answers:`, `answers: ~` or `answers: {}` filled, or
    // the key added.
    void add_answers_mapping(const Entry* answers) {
        NewEntry value{"answers", {}, {}};
        for (const Change& change : changes()) {
            if (!change.want.empty())
                value.children.push_back(answer_entry(change.id, change.want));
        }
        if (value.children.empty()) return;
        if (!answers) {
            insert_entries(editor_, root_, npos, {value}, step());
            return;
        }
        Entry blank = *answers;
        if (!root_.flow) blank.kind = Kind::blank;  // "{}" goes, the entries go on lines below
        set_value(editor_, root_, blank, value, root_.column + step(), step());
    }

    Editor editor_;
    const Rubric& rubric_;
    const Answers& before_;
    const Answers& after_;
    Mapping root_;
    std::vector<NewEntry> root_inserts_;  // team, date or respondent the file lacks
};

// Whether the edited file reads back as the answers asked for, the rest as it was.
bool reads_back(const Answers& read, const Rubric& rubric, const Answers& before,
                const Answers& after) {
    std::map<std::string, Fields> expected = answered(before);
    for (const auto& [id, desired] : desired_answers(rubric, after)) {
        if (!desired) continue;
        expected.erase(id);
        if (!fields_of(*desired).empty()) expected[id] = fields_of(*desired);
    }
    return read.team == after.team && read.date == after.date &&
           read.respondent == after.respondent && read.rubric_id == before.rubric_id &&
           read.rubric_version == before.rubric_version && answered(read) == expected;
}

}  // namespace

std::string edit_answers_text(std::string_view text, const std::string& file, const Rubric& rubric,
                              const Answers& answers) {
    if (text.empty()) return render_answers(rubric, answers);
    try {
        const Answers before = load_answers(text, file, rubric);
        // yaml-cpp's positions do not count a byte order mark: edit what follows it.
        const std::string_view bom = "\xEF\xBB\xBF";
        const std::size_t skip = text.substr(0, bom.size()) == bom ? bom.size() : 0;
        std::string edited = std::string(text.substr(0, skip)) +
                             AnswersEdit(text.substr(skip), file, rubric, before, answers).run();
        if (reads_back(load_answers(edited, file, rubric), rubric, before, answers)) return edited;
    } catch (const std::exception&) {
        // Unsupported, or an edit that does not load: the full render below is safe.
    }
    // Also when the edit loads but reads back otherwise: the answers matter more than comments.
    return render_answers(rubric, answers);
}

}  // namespace gait
