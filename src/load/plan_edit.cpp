// The plan file written: anew (render_plan_file), or edited in place so that
// what people typed, their comments and their layout stay byte for byte.

#include <algorithm>

#include "gait/load/answers_writer.hpp"  // yaml_quote
#include "gait/load/plan_file.hpp"

#include "load/text_edits.hpp"
#include "load/yaml_outline.hpp"
#include "load/yaml_reader.hpp"
#include "load/yaml_text.hpp"

namespace gait {
namespace {

using detail::Editor;
using detail::MappingEntry;
using detail::MappingOutline;
using detail::UnsupportedYaml;
using detail::ValueKind;

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t default_step = 2;  // the indentation gait writes

const char* const plan_header =
    "# gait plan: one item per gap, named TEAM/QUESTION (docs/plan.md). Fill in\n"
    "# owner, due (YYYY-MM-DD), link, and status: todo, doing, done, or wontdo\n"
    "# with a reason. Each run adds new gaps and marks the items whose gap closed\n"
    "# as done (closed: the assessment's date); what you write here stays.\n";

// An item's fields as lines of `key: value`, each indented by `indent`.
std::vector<std::string> field_lines(const PlanEntry& entry, std::size_t indent) {
    const std::string pad(indent, ' ');
    std::vector<std::string> lines;
    const auto add = [&](const char* key, const std::string& value) {
        if (!value.empty()) lines.push_back(pad + key + ": " + yaml_quote(value));
    };
    add("title", entry.title);
    lines.push_back(pad + "status: " + status_name(entry.status));
    add("owner", entry.owner);
    add("due", entry.due);
    add("link", entry.link);
    add("reason", entry.reason);
    add("closed", entry.closed);
    return lines;
}

// An item as lines: its id, then its fields one step deeper.
std::vector<std::string> item_lines(const PlanEntry& entry, std::size_t column, std::size_t step) {
    std::vector<std::string> lines = {std::string(column, ' ') + yaml_quote(entry.id) + ":"};
    for (std::string& line : field_lines(entry, column + step))
        lines.push_back(std::move(line));
    return lines;
}

std::vector<std::string> items_lines(const std::vector<PlanEntry>& entries, std::size_t column,
                                     std::size_t step) {
    std::vector<std::string> lines;
    for (const PlanEntry& entry : entries) {
        for (std::string& line : item_lines(entry, column, step))
            lines.push_back(std::move(line));
    }
    return lines;
}

// The entries as they are once `changes` are made.
std::vector<PlanEntry> changed_entries(std::vector<PlanEntry> entries, const PlanChanges& changes) {
    const auto find = [&](const std::string& id) {
        return std::find_if(entries.begin(), entries.end(),
                            [&](const PlanEntry& entry) { return entry.id == id; });
    };
    for (const PlanChanges::Closed& closed : changes.closed) {
        const auto entry = find(closed.id);
        if (entry == entries.end()) continue;
        entry->status = PlanStatus::done;
        entry->closed = closed.date;
    }
    for (const std::string& id : changes.reopened) {
        const auto entry = find(id);
        if (entry == entries.end()) continue;
        entry->status = PlanStatus::todo;
        entry->closed.clear();
    }
    entries.insert(entries.end(), changes.added.begin(), changes.added.end());
    return entries;
}

bool same_values(const std::vector<PlanEntry>& a, const std::vector<PlanEntry>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const PlanEntry& x, const PlanEntry& y) {
                          return x.id == y.id && x.title == y.title && x.status == y.status &&
                                 x.owner == y.owner && x.due == y.due && x.link == y.link &&
                                 x.reason == y.reason && x.closed == y.closed;
                      });
}

// Sets a scalar entry's value to `value` (already YAML), keeping a comment after it.
void set_scalar(Editor& editor, const MappingEntry& entry, const std::string& value) {
    if (entry.kind != ValueKind::scalar && entry.kind != ValueKind::blank) throw UnsupportedYaml();
    if (entry.value_begin == entry.value_end) {
        editor.replace(entry.colon + 1, entry.colon + 1, " " + value);
    } else {
        editor.replace(entry.value_begin, entry.value_end, value);
    }
}

// One item's mapping, or an item written as a bare `id:`, which gets fields.
class ItemEditor {
  public:
    ItemEditor(Editor& editor, const MappingOutline& items, const MappingEntry& item)
        : editor_(editor), item_(item) {
        if (item.kind == ValueKind::blank) {
            column_ = items.column + default_step;
            return;
        }
        if (item.kind != ValueKind::block_mapping) throw UnsupportedYaml();
        fields_ = detail::outline_value(editor.text(), items, item);
        column_ = fields_.column;
    }

    // status: done and closed: DATE.
    void close(const std::string& date) {
        set("status", "done");
        set("closed", yaml_quote(date));
    }

    // status: todo, and closed: gone.
    void reopen() {
        set("status", "todo");
        const std::size_t closed = fields_.find("closed");
        if (closed != npos) {
            const MappingEntry& entry = fields_.entries[closed];
            editor_.replace(detail::line_start(editor_.text(), entry.key_begin), entry.end, {});
        }
    }

  private:
    // The field's value replaced, or the field added after the item's last line.
    void set(const std::string& key, const std::string& value) {
        const std::size_t at = fields_.find(key);
        if (at != npos) {
            set_scalar(editor_, fields_.entries[at], value);
            return;
        }
        const std::size_t end = fields_.entries.empty()
                                    ? detail::next_line(editor_.text(), item_.colon)
                                    : fields_.entries.back().end;
        editor_.insert_lines(end, {std::string(column_, ' ') + key + ": " + value});
    }

    Editor& editor_;
    const MappingEntry& item_;
    MappingOutline fields_;
    std::size_t column_ = 0;
};

void edit_items(Editor& editor, const MappingOutline& items, const PlanChanges& changes) {
    for (const PlanChanges::Closed& closed : changes.closed) {
        const std::size_t at = items.find(closed.id);
        if (at != npos) ItemEditor(editor, items, items.entries[at]).close(closed.date);
    }
    for (const std::string& id : changes.reopened) {
        const std::size_t at = items.find(id);
        if (at != npos) ItemEditor(editor, items, items.entries[at]).reopen();
    }
    if (changes.added.empty()) return;
    const MappingEntry& last = items.entries.back();
    const MappingOutline fields = last.kind == ValueKind::block_mapping
                                      ? detail::outline_value(editor.text(), items, last)
                                      : MappingOutline{};
    const std::size_t step = fields.entries.empty() ? default_step : fields.column - items.column;
    editor.insert_lines(last.end, items_lines(changes.added, items.column, step));
}

std::string edit_in_place(std::string_view text, const std::string& file,
                          const PlanChanges& changes) {
    Editor editor(text);
    const MappingOutline top = detail::outline_mapping(text, detail::parse_yaml(text, file), 0);
    if (top.flow) throw UnsupportedYaml();
    const std::size_t at = top.find("items");
    if (at == npos) {
        std::vector<std::string> lines = {"items:"};
        for (std::string& line : items_lines(changes.added, default_step, default_step))
            lines.push_back(std::move(line));
        if (!changes.added.empty()) editor.insert_lines(text.size(), lines);
        return editor.apply();
    }
    const MappingEntry& entry = top.entries[at];
    if (entry.kind == ValueKind::blank && entry.value_begin == entry.value_end) {
        editor.insert_lines(detail::next_line(text, entry.colon),
                            items_lines(changes.added, default_step, default_step));
        return editor.apply();
    }
    if (entry.kind != ValueKind::block_mapping) throw UnsupportedYaml();
    edit_items(editor, detail::outline_value(text, top, entry), changes);
    return editor.apply();
}

}  // namespace

std::string render_plan_file(const std::vector<PlanEntry>& entries) {
    std::string out = plan_header;
    out += "gait-plan: " + std::to_string(plan_file_version) + "\nitems:\n";
    for (const std::string& line : items_lines(entries, default_step, default_step))
        out += line + "\n";
    return out;
}

std::string edit_plan_text(std::string_view text, const std::string& file,
                           const PlanChanges& changes) {
    if (text.empty()) return render_plan_file(changes.added);
    const std::vector<PlanEntry> wanted = changed_entries(read_plan_file(text, file), changes);
    try {
        std::string edited = edit_in_place(text, file, changes);
        if (same_values(read_plan_file(edited, file), wanted)) return edited;
    } catch (const UnsupportedYaml&) {
    } catch (const Error&) {
    }
    return render_plan_file(wanted);
}

}  // namespace gait
