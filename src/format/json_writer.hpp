#pragma once

// What the JSON serialisers (report, comparison, aggregate) write alike: the
// pieces of a report, values on one line, whole documents, and a top-level
// object written one member at a time. Every text goes through the same
// printing, which escapes C1 and bidi controls besides what JSON must.
// Private to src/format/.

#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "gait/model/result.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait {

// A question and its answer, as the report's "questions" and "gaps" write it.
nlohmann::ordered_json outcome_json(const QuestionOutcome& outcome);
nlohmann::ordered_json gap_json(const Gap& gap);
// A score, or null when there is none.
nlohmann::ordered_json score_json(std::optional<double> score);

// A file not read and why: {"file", "line", "column", "message", "hint"}.
nlohmann::ordered_json diagnostic_json(const Diagnostic& diagnostic);

// A value on one line, as dump_json prints a number or a string.
std::string json_text(const nlohmann::ordered_json& value);

// {"name": "gait", "version": ...}: which gait wrote a JSON output.
nlohmann::ordered_json tool_json();

// A JSON document printed with two-space indentation and a final newline.
std::string dump_json(const nlohmann::ordered_json& document);

// A top-level JSON object written one member at a time, each printed as
// dump_json prints it inside the whole: a long list never has to stand as one
// tree in memory. The text is byte for byte what dump_json gives.
class JsonObjectWriter {
  public:
    void member(const std::string& key, const nlohmann::ordered_json& value);
    // A member whose value is a list: `to_json` turns one item into JSON, in turn.
    template <typename Items, typename ToJson>
    void array(const std::string& key, const Items& items, ToJson to_json) {
        array_of_text(key, items, [&](std::string& text, const auto& item) {
            append_indented(text, to_json(item), 4);
        });
    }
    // The same, where `write(text, item)` appends an item's JSON text itself, as
    // `array` would print it: for lists long enough that building each item
    // as a tree first shows.
    template <typename Items, typename Write>
    void array_of_text(const std::string& key, const Items& items, Write write) {
        open_member(key);
        if (items.empty()) {
            text_ += "[]";
            return;
        }
        text_ += "[\n";
        bool first = true;
        for (const auto& item : items) {
            if (!first) text_ += ",\n";
            first = false;
            text_ += "    ";
            write(text_, item);
        }
        text_ += "\n  ]";
    }
    // The whole text; the writer is spent.
    std::string finish();

  private:
    void open_member(const std::string& key);
    // The value's lines, every one after the first indented by `indent` more.
    static void append_indented(std::string& text, const nlohmann::ordered_json& value,
                                std::size_t indent);

    std::string text_ = "{";
    bool empty_ = true;
};

}  // namespace gait
