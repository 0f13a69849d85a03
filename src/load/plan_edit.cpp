// The plan file written: anew (render_plan_file), or edited in place so that
// what people typed, their comments and their layout stay byte for byte.

#include <algorithm>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "gait/load/answers_writer.hpp"  // yaml_quote
#include "gait/load/plan_file.hpp"

#include "load/plan_reader.hpp"
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

const char* const assessed_comment =
    "# The date of each team's latest assessment merged here: gait refuses an older one.";

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

// The position of each id in `entries`: a run over thousands of teams closes
// and reopens items by id, and a search each would take quadratic time.
template <typename Entries, typename IdOf>
std::unordered_map<std::string_view, std::size_t> index_by_id(const Entries& entries, IdOf id_of) {
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        index.emplace(id_of(entries[i]), i);
    return index;
}

// The file's content as it is once `changes` are made.
PlanFileContent changed_content(PlanFileContent content, const PlanChanges& changes) {
    std::vector<PlanEntry>& entries = content.items;
    const auto index =
        index_by_id(entries, [](const PlanEntry& entry) -> std::string_view { return entry.id; });
    for (const PlanChanges::Closed& closed : changes.closed) {
        const auto at = index.find(closed.id);
        if (at == index.end()) continue;
        entries[at->second].status = PlanStatus::done;
        entries[at->second].closed = closed.date;
    }
    for (const std::string& id : changes.reopened) {
        const auto at = index.find(id);
        if (at == index.end()) continue;
        entries[at->second].status = PlanStatus::todo;
        entries[at->second].closed.clear();
    }
    entries.insert(entries.end(), changes.added.begin(), changes.added.end());
    for (const PlanAssessed& team : changes.assessed) {
        const auto same = std::find_if(content.assessed.begin(), content.assessed.end(),
                                       [&](const PlanAssessed& a) { return a.team == team.team; });
        if (same == content.assessed.end()) {
            content.assessed.push_back(team);
        } else {
            same->date = team.date;
        }
    }
    return content;
}

bool same_values(const PlanFileContent& a, const PlanFileContent& b) {
    return std::equal(a.items.begin(), a.items.end(), b.items.begin(), b.items.end(),
                      [](const PlanEntry& x, const PlanEntry& y) {
                          return x.id == y.id && x.title == y.title && x.status == y.status &&
                                 x.owner == y.owner && x.due == y.due && x.link == y.link &&
                                 x.reason == y.reason && x.closed == y.closed;
                      }) &&
           std::equal(a.assessed.begin(), a.assessed.end(), b.assessed.begin(), b.assessed.end(),
                      [](const PlanAssessed& x, const PlanAssessed& y) {
                          return x.team == y.team && x.date == y.date;
                      });
}

// `assessed:` with its lines, a team a line, indented by `column`.
std::vector<std::string> assessed_lines(const std::vector<PlanAssessed>& teams,
                                        std::size_t column) {
    std::vector<std::string> lines;
    for (const PlanAssessed& team : teams)
        lines.push_back(std::string(column, ' ') + yaml_quote(team.team) + ": " +
                        yaml_quote(team.date));
    return lines;
}

std::vector<std::string> assessed_section(const std::vector<PlanAssessed>& teams) {
    if (teams.empty()) return {};
    std::vector<std::string> lines = {assessed_comment, "assessed:"};
    for (std::string& line : assessed_lines(teams, default_step))
        lines.push_back(std::move(line));
    return lines;
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
    const auto index = index_by_id(
        items.entries, [](const MappingEntry& entry) -> std::string_view { return entry.key; });
    for (const PlanChanges::Closed& closed : changes.closed) {
        const auto at = index.find(closed.id);
        if (at != index.end())
            ItemEditor(editor, items, items.entries[at->second]).close(closed.date);
    }
    for (const std::string& id : changes.reopened) {
        const auto at = index.find(id);
        if (at != index.end()) ItemEditor(editor, items, items.entries[at->second]).reopen();
    }
    if (changes.added.empty()) return;
    const MappingEntry& last = items.entries.back();
    const MappingOutline fields = last.kind == ValueKind::block_mapping
                                      ? detail::outline_value(editor.text(), items, last)
                                      : MappingOutline{};
    const std::size_t step = fields.entries.empty() ? default_step : fields.column - items.column;
    editor.insert_lines(last.end, items_lines(changes.added, items.column, step));
}

// Each team's date set in `assessed:`, or added to it; a file without one gets
// it before `items:`, or at its end.
void edit_assessed(Editor& editor, const MappingOutline& top,
                   const std::vector<PlanAssessed>& teams) {
    if (teams.empty()) return;
    const std::string_view text = editor.text();
    const std::size_t at = top.find("assessed");
    if (at == npos) {
        const std::size_t items = top.find("items");
        editor.insert_lines(
            items == npos ? text.size() : detail::line_start(text, top.entries[items].key_begin),
            assessed_section(teams));
        return;
    }
    const MappingEntry& entry = top.entries[at];
    if (entry.kind == ValueKind::blank && entry.value_begin == entry.value_end) {
        editor.insert_lines(detail::next_line(text, entry.colon),
                            assessed_lines(teams, top.column + default_step));
        return;
    }
    if (entry.kind != ValueKind::block_mapping) throw UnsupportedYaml();
    const MappingOutline dates = detail::outline_value(text, top, entry);
    std::vector<PlanAssessed> added;
    for (const PlanAssessed& team : teams) {
        const std::size_t known = dates.find(team.team);
        if (known == npos) {
            added.push_back(team);
        } else {
            set_scalar(editor, dates.entries[known], yaml_quote(team.date));
        }
    }
    if (!added.empty())
        editor.insert_lines(dates.entries.back().end, assessed_lines(added, dates.column));
}

std::string edit_in_place(std::string_view text, const YAML::Node& document,
                          const PlanChanges& changes) {
    Editor editor(text);
    const MappingOutline top = detail::outline_mapping(text, document, 0);
    if (top.flow) throw UnsupportedYaml();
    edit_assessed(editor, top, changes.assessed);
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

// The values the file will hold as read_plan counts them: each key, each value,
// each item's mapping. A plan of short items reaches limits::plan_values before
// limits::plan_bytes, and gait never writes a plan file it would not read back.
std::size_t values_of(const PlanFileContent& content) {
    std::size_t values = 1 + 2 * 3 + 2 * content.assessed.size();  // the root, its keys
    for (const PlanEntry& entry : content.items) {
        values += 2;  // the id and its mapping
        for (const std::string* field :
             {&entry.title, &entry.owner, &entry.due, &entry.link, &entry.reason, &entry.closed})
            values += field->empty() ? 0 : 2;
        values += 2;  // status
    }
    return values;
}

void check_values_read_back(const PlanFileContent& content, const std::string& file) {
    const std::size_t values = values_of(content);
    if (values <= limits::plan_values) return;
    throw Error({file, 0, 0},
                fmt::format("the plan file would hold {} values, more than the {} gait reads "
                            "back, so gait left it as it is",
                            values, limits::plan_values),
                "keep a plan file per group of teams: run gait plan on fewer teams per --plan "
                "file");
}

// The file edited in place, or nothing when the editor cannot (a flow mapping,
// anchors): then it is written anew.
std::optional<std::string> edited_in_place(std::string_view text, const YAML::Node& document,
                                           const PlanChanges& changes) {
    try {
        return edit_in_place(text, document, changes);
    } catch (const UnsupportedYaml&) {
    } catch (const Error&) {
    }
    return std::nullopt;
}

}  // namespace

std::string render_plan_file(const PlanFileContent& content) {
    std::string out = plan_header;
    out += "gait-plan: " + std::to_string(plan_file_version) + "\n";
    for (const std::string& line : assessed_section(content.assessed))
        out += line + "\n";
    out += "items:\n";
    for (const std::string& line : items_lines(content.items, default_step, default_step))
        out += line + "\n";
    return out;
}

namespace {

// Whether the text edited in place reads back as the plan wanted. An edit that
// does not read at all (a quoted title running on at the margin, say, which a
// line inserted after it ends) is no answer either: the plan is written anew.
bool reads_back_as(const std::string& edited, const std::string& file,
                   const PlanFileContent& wanted) {
    try {
        return same_values(read_plan(edited, file), wanted);
    } catch (const Error&) {
        return false;
    }
}

}  // namespace

std::string edit_plan_text(std::string_view text, const std::string& file,
                           const PlanChanges& changes) {
    PlanFileContent wanted;
    std::optional<std::string> edited;
    {  // The parsed tree goes before the edit is read back: two at once would double the memory.
        const YAML::Node document = detail::parse_plan_yaml(text, file);
        wanted = changed_content(detail::read_plan_node(document, file), changes);
        check_values_read_back(wanted, file);
        // Nothing at all (`touch plan.yaml`), or nothing but comments: the plan after them.
        if (detail::is_blank_document(text)) {
            const bool unterminated = !text.empty() && text.back() != '\n';
            return std::string(text) + (unterminated ? "\n" : "") + render_plan_file(wanted);
        }
        edited = edited_in_place(text, document, changes);
    }
    if (edited && reads_back_as(*edited, file, wanted)) return *edited;
    return render_plan_file(wanted);
}

}  // namespace gait
