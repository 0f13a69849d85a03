#include "load/yaml_reader.hpp"

#include <algorithm>
#include <cmath>
#include <istream>
#include <sstream>
#include <streambuf>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "gait/util/edit_distance.hpp"
#include "gait/util/limits.hpp"
#include "gait/util/text_format.hpp"

#include "load/surrogate_pairs.hpp"

namespace gait::detail {
namespace {

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_character_length(text.substr(i));
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

SourceLocation location_at_offset(std::string_view text, std::size_t offset,
                                  const std::string& file) {
    SourceLocation where{file, 1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

void check_encoding(std::string_view text, const std::string& file) {
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        throw Error(location_at_offset(text, nul, file), "contains a NUL byte; not a text file");
    }
    if (const std::size_t bad = invalid_utf8_offset(text); bad != std::string_view::npos) {
        throw Error(location_at_offset(text, bad, file), "invalid UTF-8", "save the file as UTF-8");
    }
}

// The get area of a stream over text already in memory.
class TextBuffer : public std::streambuf {
  public:
    explicit TextBuffer(std::string_view text) {
        // Only ever read; streambuf's interface takes char* all the same.
        char* begin = const_cast<char*>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

// An input stream over text already in memory. YAML::Load(std::string) would
// copy the whole file twice more (into a string, then a stringstream), and an
// aggregate loads thousands. The buffer is a base so that it is built first.
class TextStream : private TextBuffer, public std::istream {
  public:
    explicit TextStream(std::string_view text) : TextBuffer(text), std::istream(this) {}
};

// Walks the tree once, before anything reads it: duplicate keys are errors
// (yaml-cpp keeps both silently), and so is a tree past the limits, however it
// got there (aliases expand only when the tree is walked).
class TreeCheck {
  public:
    TreeCheck(const std::string& file, std::size_t most_text, std::size_t most_values)
        : file_(file), most_text_(most_text), most_values_(most_values) {}

    void check(const YAML::Node& node, std::size_t depth) {
        if (++values_ > most_values_) {
            fail(node, fmt::format("more than {} values once aliases are expanded", most_values_));
        }
        if (depth > limits::nesting_depth) {
            fail(node, fmt::format("nested deeper than {} levels", limits::nesting_depth));
        }
        if (node.IsScalar()) check_text(node);
        if (node.IsSequence()) {
            for (const YAML::Node& item : node)
                check(item, depth + 1);
        } else if (node.IsMap()) {
            check_mapping(node, depth);
        }
    }

  private:
    // One value's bytes, and all of them so far: a value reused through
    // aliases counts each time, as each reader of it copies it.
    void check_text(const YAML::Node& node) {
        const std::size_t bytes = node.Scalar().size();
        if (bytes > limits::text_bytes) {
            fail(node, fmt::format("a value of {} bytes, longer than the {} allowed", bytes,
                                   limits::text_bytes));
        }
        text_bytes_ += bytes;
        if (text_bytes_ > most_text_) {
            const std::size_t mib = 1024 * 1024;
            fail(node, fmt::format("more than {} of text once aliases are expanded",
                                   most_text_ % mib == 0 ? fmt::format("{} MiB", most_text_ / mib)
                                                         : fmt::format("{} bytes", most_text_)));
        }
    }

    // A set of the keys would allocate per key; a sorted vector of views into the
    // tree allocates once, and every mapping of every file is checked.
    void check_mapping(const YAML::Node& node, std::size_t depth) {
        struct Key {
            std::string_view text;
            int line;
        };
        std::vector<Key> seen;  // by text
        seen.reserve(node.size());
        for (const auto& entry : node) {
            check(entry.first, depth + 1);
            if (entry.first.IsScalar()) {
                const std::string_view key = entry.first.Scalar();
                const auto at =
                    std::lower_bound(seen.begin(), seen.end(), key,
                                     [](const Key& a, std::string_view b) { return a.text < b; });
                if (at != seen.end() && at->text == key) {
                    fail(entry.first, fmt::format("duplicate key {} (first on line {})",
                                                  quote_value(key), at->line));
                }
                seen.insert(at, {key, location_of(entry.first, {}).line});
            }
            check(entry.second, depth + 1);
        }
    }

    [[noreturn]] void fail(const YAML::Node& at, std::string message) {
        throw Error(location_of(at, file_), std::move(message));
    }

    const std::string& file_;
    std::size_t most_text_;    // limits::text_after_aliases, or the file's size
    std::size_t most_values_;  // limits::values, or a plan file's
    std::size_t values_ = 0;
    std::size_t text_bytes_ = 0;
};

// Sees where each document starts, and nothing else.
class DocumentStarts : public YAML::EventHandler {
  public:
    std::vector<YAML::Mark> starts;
    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// After a block-style first document, a second one needs a line that starts
// with "---" or "..."; only then, or after a flow-style one, is the text parsed
// a second time, as events, to find where that document starts.
void check_single_document(std::string_view text, const std::string& file, bool flow) {
    bool marker = flow;
    for (std::size_t line = 0; line < text.size() && !marker;) {
        const std::string_view rest = text.substr(line);
        marker = rest.rfind("---", 0) == 0 || rest.rfind("...", 0) == 0;
        const std::size_t end = text.find('\n', line);
        line = end == std::string_view::npos ? text.size() : end + 1;
    }
    if (!marker) return;
    std::istringstream in{std::string(text)};
    YAML::Parser parser(in);
    DocumentStarts documents;
    // Two documents are enough to know; the cap also stops yaml-cpp's endless empty ones.
    for (int i = 0; i < 2 && parser.HandleNextDocument(documents); ++i) {
    }
    if (documents.starts.size() > 1) {
        const YAML::Mark& mark = documents.starts[1];
        throw Error({file, mark.line + 1, mark.column + 1},
                    "more than one YAML document; gait reads one per file");
    }
}

}  // namespace

SourceLocation location_of(const YAML::Node& node, const std::string& file) {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {file, 0, 0};
    return {file, mark.line + 1, mark.column + 1};
}

std::string describe_kind(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            return "a mapping";
        case YAML::NodeType::Sequence:
            return "a list";
        case YAML::NodeType::Scalar:
            return quote_value(node.Scalar());
        default:
            return "an empty value";
    }
}

bool is_blank_document(std::string_view text) {
    std::size_t line = 0;
    while (line < text.size()) {
        const std::size_t end = std::min(text.find('\n', line), text.size());
        const std::size_t first = text.find_first_not_of(" \t\r", line);
        if (first < end && text[first] != '#') return false;
        line = end + 1;
    }
    return true;
}

YAML::Node parse_yaml(std::string_view text, const std::string& file) {
    return parse_yaml(text, file, YamlLimits{});
}

YAML::Node parse_yaml(std::string_view text, const std::string& file, const YamlLimits& most) {
    check_encoding(text, file);
    const std::optional<std::string> joined = join_surrogate_pairs(text);
    if (joined) text = *joined;
    YAML::Node root;
    try {
        // Not LoadAll: on a stray ',' after the first document, yaml-cpp 0.7 reports
        // empty documents at the same place forever and LoadAll keeps them all.
        TextStream in(text);
        root = YAML::Load(in);
        // A flow collection (JSON) can be followed by another with no "---" between.
        const bool flow =
            (root.IsMap() || root.IsSequence()) && root.Style() == YAML::EmitterStyle::Flow;
        check_single_document(text, file, flow);
    } catch (const YAML::ParserException& e) {
        const SourceLocation where{file, e.mark.line + 1, e.mark.column + 1};
        if (dynamic_cast<const YAML::DeepRecursion*>(&e)) throw Error(where, "nesting too deep");
        throw Error(where, "invalid YAML: " + e.msg);
    }
    if (!root.IsDefined() || root.IsNull()) {
        if (most.empty_allowed && is_blank_document(text)) return YAML::Node();
        throw Error({file, 0, 0}, "file is empty");
    }
    TreeCheck(file, std::max(limits::text_after_aliases, text.size()), most.values).check(root, 1);
    return root;
}

void sort_by_position(std::vector<Diagnostic>& problems) {
    std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
        return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
    });
}

void throw_first(std::vector<Diagnostic>& problems) {
    sort_by_position(problems);
    if (!problems.empty()) throw Error(problems.front());
}

MappingReader::MappingReader(const YAML::Node& node, const std::string& file, std::string what,
                             std::vector<Diagnostic>& problems)
    : node_(node), file_(file), what_(std::move(what)), problems_(problems), valid_(node.IsMap()) {
    // An absent mapping is reported by its parent, as a missing key (see mapping()).
    if (!valid_ && node.IsDefined()) {
        problem(node,
                fmt::format("expected a mapping for the {}, found {}", what_, describe_kind(node)));
    }
}

YAML::Node MappingReader::child(const std::string& key) {
    known_keys_.push_back(key);
    // yaml-cpp answers a missing key with an invalid node that throws on use.
    const YAML::Node value = valid_ ? node_[key] : YAML::Node(YAML::NodeType::Undefined);
    return value.IsDefined() ? value : YAML::Node(YAML::NodeType::Undefined);
}

std::string MappingReader::text(const std::string& key, bool required) {
    const YAML::Node value = child(key);
    if (!valid_) return {};
    if (value.IsScalar() && !value.Scalar().empty()) return value.Scalar();
    if (value.IsMap() || value.IsSequence()) {
        problem(value, fmt::format("{} of the {} must be text, not {}", quote_value(key), what_,
                                   describe_kind(value)));
    } else if (required && value.IsScalar()) {
        problem(value, fmt::format("{} of the {} is empty", quote_value(key), what_));
    } else if (required) {
        missing_keys_.push_back(key);
    }
    return {};
}

MappingReader MappingReader::mapping(const std::string& key, std::string what) {
    const YAML::Node value = child(key);
    if (valid_ && !value.IsDefined()) missing_keys_.push_back(key);
    return MappingReader(value, file_, std::move(what), problems_);
}

std::string MappingReader::id() {
    std::string id = text("id", true);
    if (!id.empty()) what_ += " '" + id + "'";
    return id;
}

std::optional<double> MappingReader::number(const std::string& key, bool required) {
    const YAML::Node value = child(key);
    if (!valid_) return std::nullopt;
    if (!value.IsDefined() || value.IsNull()) {
        if (required) missing_keys_.push_back(key);
        return std::nullopt;
    }
    double number = 0;
    if (!value.IsScalar() || !YAML::convert<double>::decode(value, number) ||
        !std::isfinite(number)) {
        problem(value, fmt::format("{} of the {} must be a number, not {}", quote_value(key), what_,
                                   describe_kind(value)));
        return std::nullopt;
    }
    return number;
}

bool MappingReader::flag(const std::string& key, bool fallback) {
    const YAML::Node value = child(key);
    if (!valid_ || !value.IsDefined() || value.IsNull()) return fallback;
    bool result = fallback;
    if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result)) {
        problem(value, fmt::format("{} of the {} must be true or false, not {}", quote_value(key),
                                   what_, describe_kind(value)));
    }
    return result;
}

std::vector<std::pair<std::string, SourceLocation>> MappingReader::texts(const std::string& key) {
    const YAML::Node value = child(key);
    std::vector<std::pair<std::string, SourceLocation>> result;
    if (!valid_ || !value.IsDefined() || value.IsNull()) return result;
    const auto add = [&](const YAML::Node& item) {
        if (item.IsScalar() && !item.Scalar().empty()) {
            result.emplace_back(item.Scalar(), location_of(item, file_));
        } else {
            problem(item, fmt::format("{} of the {} must be text or a list of texts, not {}",
                                      quote_value(key), what_, describe_kind(item)));
        }
    };
    if (!value.IsSequence()) {
        add(value);
        return result;
    }
    for (const YAML::Node& item : value)
        add(item);
    return result;
}

SourceLocation MappingReader::where(const std::string& key) const {
    if (valid_) {
        const YAML::Node value = node_[key];
        if (value.IsDefined() && !value.Mark().is_null()) return location_of(value, file_);
    }
    return location_of(node_, file_);
}

void MappingReader::require_known_keys() {
    if (!valid_) return;
    for (const std::string& key : missing_keys_) {
        problem(node_, fmt::format("the {} has no {}", what_, quote_value(key)));
    }
}

void MappingReader::reject_unknown_keys() {
    if (!valid_) return;
    std::vector<std::string> unknown_keys;
    for (const auto& entry : node_) {
        const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string{};
        if (std::find(known_keys_.begin(), known_keys_.end(), key) != known_keys_.end()) continue;
        problem(entry.first, fmt::format("unknown key {} in the {}", quote_value(key), what_),
                did_you_mean(key, known_keys_));
        unknown_keys.push_back(key);
    }
    for (const std::string& key : missing_keys_) {
        const bool misspelt = !closest_match(key, unknown_keys).empty();
        if (!misspelt) problem(node_, fmt::format("the {} has no {}", what_, quote_value(key)));
    }
}

void MappingReader::problem(const YAML::Node& at, std::string message, std::string hint) {
    problems_.push_back({location_of(at, file_), std::move(message), std::move(hint)});
}

}  // namespace gait::detail
