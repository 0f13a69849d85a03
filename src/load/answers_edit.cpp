#include "gait/load/answers_edit.hpp"

#include <algorithm>
#include <array>
#include <exception>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gait/load/answers_writer.hpp"

#include "load/text_edits.hpp"
#include "load/yaml_outline.hpp"
#include "load/yaml_reader.hpp"
#include "load/yaml_text.hpp"

namespace gait {
namespace {

using detail::begins_line;
using detail::blank_or_comment;
using detail::content_end;
using detail::Editor;
using detail::line_start;
using detail::MappingEntry;
using detail::MappingOutline;
using detail::next_line;
using detail::outline_mapping;
using detail::outline_value;
using detail::UnsupportedYaml;  // a form not changed in place: the file is rendered anew
using detail::ValueKind;

constexpr std::size_t npos = std::string_view::npos;

// ---- What to write. ----

// A key and the value to write under it: a scalar, or a mapping of further entries.
struct NewEntry {
    std::string key;
    std::string scalar;  // already quoted; used when there are no children
    std::vector<NewEntry> children;
};

// What an answer says.
struct Fields {
    std::string choice, reason, until, note, evidence, carried_from;

    bool empty() const { return choice.empty() && note.empty() && evidence.empty(); }
    bool operator==(const Fields& other) const {
        return choice == other.choice && reason == other.reason && until == other.until &&
               note == other.note && evidence == other.evidence &&
               carried_from == other.carried_from;
    }
    bool operator!=(const Fields& other) const { return !(*this == other); }
};

// An answer's fields, without its question and position: what is compared and written.
Fields fields_of(const Answer& answer) {
    return {answer_word(answer), answer.reason,   answer.until,
            answer.note,         answer.evidence, answer.carried_from};
}

// The keys of an answer written as a mapping, in the order render_answers writes them.
const std::vector<std::string>& field_keys() {
    static const std::vector<std::string> keys = {"answer", "reason",   "until",
                                                  "note",   "evidence", "carried_from"};
    return keys;
}

// The fields in field_keys() order, to go through them in one loop.
std::array<std::string, 6> field_values(const Fields& fields) {
    return {fields.choice, fields.reason,   fields.until,
            fields.note,   fields.evidence, fields.carried_from};
}

// An answer as render_answers writes it: the choice alone, or a mapping when there is more.
NewEntry answer_entry(const std::string& id, const Fields& fields) {
    NewEntry entry{id, yaml_quote(fields.choice), {}};
    const std::array<std::string, 6> values = field_values(fields);
    if (std::all_of(values.begin() + 1, values.end(),
                    [](const std::string& value) { return value.empty(); }))
        return entry;
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

// Takes a block entry's value away: `key:` stays, and so does a comment on its line.
void erase_block_value(Editor& editor, const MappingEntry& entry) {
    const std::size_t key_line_end = content_end(editor.text(), entry.colon);
    const bool on_key_line = entry.value_begin < key_line_end;
    editor.replace(on_key_line ? entry.colon + 1 : key_line_end, entry.value_end, {});
}

// Sets an entry's value, replacing only the value's own text. A mapping goes on new lines
// under the key in block style, indented by `indent`, and within braces in flow style.
void set_value(Editor& editor, const MappingOutline& mapping, const MappingEntry& entry,
               const NewEntry& value, std::size_t indent, std::size_t step) {
    if (entry.kind != ValueKind::blank && entry.kind != ValueKind::scalar &&
        entry.kind != ValueKind::flow_mapping) {
        throw UnsupportedYaml();
    }
    const bool empty = entry.value_begin == entry.value_end;
    if (mapping.flow || value.children.empty() || entry.kind == ValueKind::flow_mapping) {
        const std::string with = flow_value(value, mapping.quote_keys);
        if (empty) editor.replace(entry.colon + 1, entry.colon + 1, " " + with);
        if (!empty) editor.replace(entry.value_begin, entry.value_end, with);
        return;
    }
    if (!empty) erase_block_value(editor, entry);
    std::vector<std::string> lines;
    for (const NewEntry& child : value.children)
        block_lines(child, indent, step, lines);
    editor.insert_lines(next_line(editor.text(), std::max(entry.colon, entry.value_end)), lines);
}

// Leaves the entry's value blank: `key:` in block style, `key: null` in flow style.
void blank_value(Editor& editor, const MappingOutline& mapping, const MappingEntry& entry) {
    if (mapping.flow) {
        set_value(editor, mapping, entry, {entry.key, "null", {}}, 0, 0);
        return;
    }
    if (entry.kind == ValueKind::other) throw UnsupportedYaml();
    erase_block_value(editor, entry);
}

// Removes a block entry's lines; the comments above it stay.
void remove_entry(Editor& editor, const MappingEntry& entry) {
    editor.replace(line_start(editor.text(), entry.key_begin), entry.end, {});
}

// Where new block entries go before entry `slot` (npos: after the last entry): right
// after the entry before it, so the blank and comment lines above `slot` stay with it.
std::size_t block_insertion_point(std::string_view text, const MappingOutline& mapping,
                                  std::size_t slot) {
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
void insert_entries(Editor& editor, const MappingOutline& mapping, std::size_t slot,
                    const std::vector<NewEntry>& entries, std::size_t step) {
    const std::string_view text = editor.text();
    if (entries.empty()) return;
    if (!mapping.flow && mapping.entries.empty()) throw UnsupportedYaml();
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
    const MappingEntry& near = mapping.entries[slot == npos ? mapping.entries.size() - 1 : slot];
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
void insert_in_slots(Editor& editor, const MappingOutline& mapping,
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
std::size_t slot_for(const MappingOutline& mapping, const std::string& key,
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
        if (index == npos || root_.entries[index].kind != ValueKind::block_mapping) return 2;
        const MappingEntry& answers = root_.entries[index];
        const std::size_t line = line_start(editor_.text(), answers.value_begin);
        const std::size_t column = answers.value_begin - line;
        return column > root_.column ? column - root_.column : 2;
    }

    // Each answer that changed: edited where the file has it, inserted where it has not.
    void edit_answers() {
        const std::size_t index = root_.find("answers");
        const MappingEntry* answers = index == npos ? nullptr : &root_.entries[index];
        // `answers: {}` in a block file becomes a block mapping, as render_answers writes it.
        const bool has_mapping = answers && (answers->kind == ValueKind::block_mapping ||
                                             (answers->kind == ValueKind::flow_mapping &&
                                              (root_.flow || answers->value.size() > 0)));
        if (answers && !has_mapping && answers->kind != ValueKind::blank &&
            answers->kind != ValueKind::flow_mapping) {
            throw UnsupportedYaml();
        }
        if (!has_mapping) {
            add_answers_mapping(answers);
            return;
        }
        const MappingOutline mapping = outline_value(editor_.text(), root_, *answers);
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
    std::size_t nested_step(const MappingOutline& answers) const {
        for (const MappingEntry& entry : answers.entries) {
            if (entry.kind != ValueKind::block_mapping) continue;
            const std::size_t column =
                entry.value_begin - line_start(editor_.text(), entry.value_begin);
            if (column > answers.column) return column - answers.column;
        }
        return step();
    }

    // One answer the file has: blanked, edited field by field, or its value replaced.
    void edit_answer(const MappingOutline& answers, const MappingEntry& entry, const Fields& had,
                     const Fields& want, std::size_t nested) {
        if (want.empty() && entry.kind == ValueKind::block_mapping) {
            // Each field's lines go; comment lines among them stay.
            for (const MappingEntry& field : outline_value(editor_.text(), answers, entry).entries)
                remove_entry(editor_, field);
        } else if (want.empty()) {
            blank_value(editor_, answers, entry);
        } else if (entry.kind == ValueKind::block_mapping) {
            edit_fields(answers, entry, had, want, nested);
        } else {
            set_value(editor_, answers, entry, answer_entry(entry.key, want),
                      answers.column + nested, nested);
        }
    }

    // An answer written as a block mapping: each of answer, note and evidence that changed.
    void edit_fields(const MappingOutline& answers, const MappingEntry& entry, const Fields& had,
                     const Fields& want, std::size_t nested) {
        const MappingOutline fields = outline_value(editor_.text(), answers, entry);
        const std::array<std::string, 6> before = field_values(had);
        const std::array<std::string, 6> after = field_values(want);
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
    void add_answers_mapping(const MappingEntry* answers) {
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
        MappingEntry blank = *answers;
        if (!root_.flow) blank.kind = ValueKind::blank;  // "{}" goes, the entries go on lines below
        set_value(editor_, root_, blank, value, root_.column + step(), step());
    }

    Editor editor_;
    const Rubric& rubric_;
    const Answers& before_;
    const Answers& after_;
    MappingOutline root_;
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
        // A file read through migration keys is written anew for this version.
        if (before.migration.any()) return render_answers(rubric, answers);
        // yaml-cpp's positions do not count a byte order mark: edit what follows it.
        const std::string_view bom = "\xEF\xBB\xBF";
        const std::size_t skip = text.substr(0, bom.size()) == bom ? bom.size() : 0;
        std::string edited = std::string(text.substr(0, skip)) +
                             AnswersEdit(text.substr(skip), file, rubric, before, answers).run();
        if (reads_back(load_answers(edited, file, rubric), rubric, before, answers)) return edited;
    } catch (const std::exception&) {
        // UnsupportedYaml, or an edit that does not load: the full render below is safe.
    }
    // Also when the edit loads but reads back otherwise: the answers matter more than comments.
    return render_answers(rubric, answers);
}

}  // namespace gait
