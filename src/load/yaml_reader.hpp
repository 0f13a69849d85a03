#pragma once

// Reading YAML with positions: every problem names FILE:LINE:COL.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include "gait/util/diagnostic.hpp"
#include "gait/util/limits.hpp"

namespace gait::detail {

// Parses one YAML (or JSON) document. Throws Error for text that is not valid
// UTF-8, syntax errors, an empty file, several documents and duplicate keys.
YAML::Node parse_yaml(std::string_view text, const std::string& file);

// Whether every line is blank or a comment: what `touch` or a header alone leaves,
// as opposed to a null written out (`~`, `null`).
bool is_blank_document(std::string_view text);

// What parse_yaml takes of a file that is not a rubric, answers or a report:
// the plan file holds an item per gap of thousands of teams, and may be empty.
struct YamlLimits {
    std::size_t values = limits::values;  // values once aliases are expanded, at most
    bool empty_allowed = false;           // nothing, or only comments: a null node, not an error
};
YAML::Node parse_yaml(std::string_view text, const std::string& file, const YamlLimits& most);

SourceLocation location_of(const YAML::Node& node, const std::string& file);

// "a mapping", "a list", "text": for messages that say what was found.
std::string describe_kind(const YAML::Node& node);

// Orders problems as they stand in the file; a problem with the whole file comes first.
void sort_by_position(std::vector<Diagnostic>& problems);

// Throws the problem that stands first in the file, if there is any.
void throw_first(std::vector<Diagnostic>& problems);

// Reads the fields of one YAML mapping. Problems are recorded, not thrown, so a
// linter can report them all; keys that nobody asked for are problems too.
class MappingReader {
  public:
    // `what` names the mapping in messages ("question", "phase", ...).
    MappingReader(const YAML::Node& node, const std::string& file, std::string what,
                  std::vector<Diagnostic>& problems);

    // Whether the node is a mapping; when not, a problem is recorded and every
    // field reads as absent.
    bool valid() const { return valid_; }

    // The value under `key`, undefined when absent; marks the key as known.
    YAML::Node child(const std::string& key);

    // A text field; a problem when it is required and missing or empty, or not text.
    std::string text(const std::string& key, bool required);
    // A number field, empty when absent or not a number (a problem then).
    std::optional<double> number(const std::string& key, bool required);
    bool flag(const std::string& key, bool fallback);
    // Text, or a list of texts, under `key`; empty when absent (a problem when neither).
    std::vector<std::pair<std::string, SourceLocation>> texts(const std::string& key);

    // How messages name the mapping ("question 'a.b'").
    const std::string& what() const { return what_; }

    // Where the value of `key` stands, or the mapping itself when it is absent.
    SourceLocation where(const std::string& key) const;
    SourceLocation where() const { return location_of(node_, file_); }

    // The required mapping under `key`, read by a reader of its own; its absence
    // is a problem of this mapping's, reported with the other missing keys.
    MappingReader mapping(const std::string& key, std::string what);

    // The required "id" field; later messages name the mapping by it ("question 'a.b'").
    std::string id();

    // Records a problem for every key not asked for by the calls above, and for
    // every required key missing, unless an unknown key is its likely misspelling.
    void reject_unknown_keys();
    // Records a problem for every required key missing; other keys may be there.
    void require_known_keys();

  private:
    void problem(const YAML::Node& at, std::string message, std::string hint = {});

    const YAML::Node node_;
    const std::string& file_;  // the caller's: it must outlive the reader
    std::string what_;
    std::vector<Diagnostic>& problems_;
    std::vector<std::string> known_keys_;
    std::vector<std::string> missing_keys_;  // required, absent
    bool valid_;
};

}  // namespace gait::detail
