#include "gait/format/markdown_writer.hpp"

#include <cctype>

#include <fmt/format.h>

#include "gait/score/compare.hpp"
#include "gait/util/text_format.hpp"

#include "format/markdown_text.hpp"

// Every string from the document reaches the output through markdown_escape,
// markdown_line (escaped, for the start of a line) or markdown_code: this file
// writes no document string as it is.

namespace gait {
namespace {

// What a folded list of lines says it holds: "Show all 26 lines".
constexpr const char* lines_noun = "line";

// A paragraph of `text`; nothing when it is empty.
std::string paragraph(const std::string& text) {
    const std::string line = markdown_line(text);
    return line.empty() ? std::string() : line + "\n\n";
}

// A bulleted list of `lines`, each raw, and the blank line after it.
std::string bullets(const std::vector<std::string>& lines) {
    if (lines.empty()) return {};
    std::string out;
    for (const std::string& line : lines)
        out += "- " + markdown_line(line) + "\n";
    return out + "\n";
}

// "Label: text", escaped: a heading's words.
std::string labelled(const std::string& label, const std::string& text) {
    const std::string name = markdown_escape(text);
    return label.empty() ? name : markdown_escape(label) + ": " + name;
}

// A fact's label as the facts line writes it: "answer", "weight". Only ASCII
// letters change, so UTF-8 stays whole.
std::string lower(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

// A relative URL as a Markdown link's target: every byte but unreserved ASCII
// and '/' percent-encoded, so no parenthesis, space or bracket ends it early.
std::string markdown_link_target(const std::string& target) {
    std::string out;
    for (const char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
            out += c;
        } else {
            out += fmt::format("%{:02X}", byte);
        }
    }
    return out;
}

std::string cell_text(const doc::Cell& cell) {
    switch (cell.kind) {
        case doc::CellKind::code:
            return markdown_code(cell.text);
        case doc::CellKind::score:
        case doc::CellKind::heat:
            return format_score(cell.value);
        case doc::CellKind::change:
            return format_change(cell.before, cell.value);
        case doc::CellKind::share:
            return cell.value ? fmt::format("{:.0f}%", *cell.value * 100) : "-";
        case doc::CellKind::bar:  // its column is left out; never written
            return {};
        case doc::CellKind::link:
            return "[" + markdown_escape(cell.text) + "](" + markdown_link_target(cell.target) +
                   ")";
        case doc::CellKind::text:
        case doc::CellKind::count:
            break;
    }
    return markdown_escape(cell.text);
}

// Whether column `column` holds a bar: Markdown has no bars and leaves it out.
bool is_bar_column(const doc::Table& table, std::size_t column) {
    for (const auto* rows : {&table.rows, &table.footer}) {
        for (const std::vector<doc::Cell>& row : *rows) {
            if (column < row.size() && row[column].kind == doc::CellKind::bar) return true;
        }
    }
    return false;
}

// One row, a cell for each of `columns` (missing cells empty); a footer row's
// first cell in bold.
std::string table_row(const std::vector<doc::Cell>& row, const std::vector<std::size_t>& columns,
                      bool footer) {
    std::vector<std::string> cells;
    for (const std::size_t column : columns) {
        std::string cell = column < row.size() ? cell_text(row[column]) : std::string();
        if (footer && cells.empty()) cell = markdown_bold(cell);
        cells.push_back(std::move(cell));
    }
    return markdown_row(cells);
}

// "`id` · Phase · Area · flags · label: value": where an item stands and its
// brief facts, each part escaped; empty parts left out.
std::string facts_line(const doc::Item& item) {
    std::vector<std::string> parts;
    if (!item.id.empty()) parts.push_back(markdown_code(item.id));
    for (const std::string* part : {&item.phase, &item.area}) {
        if (!part->empty()) parts.push_back(markdown_escape(*part));
    }
    for (const std::string& flag : item.flags) {
        if (!flag.empty() && flag != "essential") parts.push_back(markdown_escape(flag));
    }
    for (const doc::Fact& fact : item.facts) {
        if (fact.kind != doc::FactKind::brief || fact.value.empty()) continue;
        parts.push_back(fact.label.empty() ? markdown_escape(fact.value)
                                           : markdown_escape(lower(fact.label)) + ": " +
                                                 markdown_escape(fact.value));
    }
    return fmt::format("{}", fmt::join(parts, " · "));
}

std::string item_text(std::size_t number, const doc::Item& item) {
    bool essential = false;
    for (const std::string& flag : item.flags)
        essential = essential || flag == "essential";
    std::string heading = markdown_bold(markdown_escape(item.text));
    if (essential) heading += heading.empty() ? "(essential)" : " (essential)";
    std::string details;
    for (const doc::Fact& fact : item.facts) {
        if (fact.kind != doc::FactKind::brief) details += markdown_detail(fact.label, fact.value);
    }
    return markdown_list_item(number, heading, facts_line(item), details);
}

// A value of a series: a score, or a level's name.
std::string series_value(const doc::Series& series, std::optional<double> value) {
    if (series.levels.empty() || !value) return format_score(value);
    const auto level = static_cast<std::size_t>(std::max(0.0, *value));
    return level < series.levels.size() ? markdown_escape(series.levels[level])
                                        : format_score(value);
}

// A series as a table: a row per point, a column per line.
std::string series_table(const doc::Series& series) {
    if (series.points.empty() || series.lines.empty() || series.table_beside) return {};
    std::vector<std::string> headings = {"Date"};
    std::string align = "l";
    for (const doc::SeriesLine& line : series.lines) {
        headings.push_back(markdown_escape(line.name));
        align += series.levels.empty() ? 'r' : 'l';
    }
    std::string out = markdown_table_head(headings, align);
    for (std::size_t p = 0; p < series.points.size(); ++p) {
        std::vector<std::string> cells = {markdown_escape(series.points[p])};
        for (const doc::SeriesLine& line : series.lines)
            cells.push_back(
                series_value(series, p < line.values.size() ? line.values[p] : std::nullopt));
        out += markdown_row(cells);
    }
    return markdown_fold(out + "\n", series.points.size(), "point", open_table_rows);
}

struct BlockWriter {
    std::string operator()(const doc::Title& title) const {
        std::string out;
        if (!title.text.empty()) out += "# " + markdown_escape(title.text) + "\n\n";
        for (const doc::Field& field : title.fields) {
            out += "- " + markdown_bold(markdown_escape(field.label) + ":") + " " +
                   markdown_escape(field.value) + "\n";
        }
        if (!title.fields.empty()) out += "\n";
        return out + paragraph(title.sentence);
    }

    std::string operator()(const doc::Callout& callout) const {
        const std::string name =
            callout.from ? markdown_escape(*callout.from) + " → " + markdown_escape(callout.name)
                         : markdown_escape(callout.name);
        std::string out =
            "## " + (callout.label.empty() ? name : markdown_escape(callout.label) + ": " + name) +
            "\n\n";
        for (const std::string& sentence : callout.sentences)
            out += paragraph(sentence);
        if (callout.points.empty()) return out;
        const std::string label = markdown_bold(markdown_escape(callout.points_label));
        if (!label.empty()) out += label + "\n\n";
        return out + bullets(callout.points);
    }

    std::string operator()(const doc::Meters& meters) const {
        if (meters.meters.empty()) return {};
        std::string out = markdown_table_head({"Phase", "Score", "Threshold", "Status"}, "lrrl");
        for (const doc::Meter& meter : meters.meters) {
            out += markdown_row({markdown_escape(meter.name), format_score(meter.score),
                                 fmt::format("{:.2f}", meter.threshold),
                                 (meter.achieved ? "✅ " : "❌ ") + markdown_escape(meter.status)});
        }
        return out + "\n";
    }

    std::string operator()(const doc::Heading& heading) const {
        const std::string text = heading.count.empty() ? markdown_escape(heading.text)
                                                       : labelled(heading.text, heading.count);
        return "## " + text + "\n\n";
    }

    std::string operator()(const doc::Paragraph& paragraph_block) const {
        return paragraph(paragraph_block.text);
    }

    std::string operator()(const doc::Table& table) const {
        std::vector<std::size_t> columns;
        std::vector<std::string> headings;
        std::string align;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (is_bar_column(table, c)) continue;
            columns.push_back(c);
            headings.push_back(markdown_escape(table.columns[c].heading));
            align += table.columns[c].align == doc::Align::right ? 'r' : 'l';
        }
        if (columns.empty()) return {};
        std::string out = markdown_table_head(headings, align);
        for (const std::vector<doc::Cell>& row : table.rows)
            out += table_row(row, columns, false);
        for (const std::vector<doc::Cell>& row : table.footer)
            out += table_row(row, columns, true);
        return markdown_fold(out + "\n", table.rows.size(), table.noun.c_str(), open_table_rows);
    }

    std::string operator()(const doc::Items& items) const {
        if (items.items.empty()) return paragraph(items.none);
        std::string out;
        for (std::size_t i = 0; i < items.items.size(); ++i)
            out += item_text(i + 1, items.items[i]);
        return markdown_fold(out, items.items.size(), items.noun.c_str(), open_list_items);
    }

    std::string operator()(const doc::Lines& lines) const {
        return markdown_fold(bullets(lines.lines), lines.lines.size(), lines_noun, open_list_items);
    }

    std::string operator()(const doc::Radar&) const { return {}; }
    std::string operator()(const doc::Series& series) const { return series_table(series); }
};

}  // namespace

std::string write_markdown(const doc::Document& document) {
    std::string out;
    for (const doc::Block& block : document.blocks)
        out += std::visit(BlockWriter{}, block);
    return markdown_end(out);
}

}  // namespace gait
