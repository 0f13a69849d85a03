#include "gait/format/text_writer.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "gait/score/compare.hpp"

// Every string taken from the document passes through printable() before it is
// measured, padded, cut or written: this writer is where text from files is
// made safe for a terminal. Escape codes come from paint() alone.

namespace gait {
namespace {

// "   3. ": the number of an item in a list, and its indent.
std::string list_marker(std::size_t number) {
    return fmt::format("  {:>2}. ", number);
}

using doc::CellKind;

constexpr std::size_t meter_bar_cells = 20;   // a phase's bar
constexpr std::size_t meter_name_max = 16;    // a phase's name, at most
constexpr std::size_t meter_figures = 44;     // figures and status beside a bar
constexpr std::size_t table_bar_cells = 30;   // a bar column of a table
constexpr std::size_t column_gap = 2;         // spaces before every column but the first
constexpr std::size_t row_header_min = 10;    // the first column, at least
constexpr std::size_t row_header_keep = 24;   // the first column is cut no narrower
constexpr std::size_t short_heading_min = 4;  // a heading cut to its cells, at least
constexpr std::size_t shade_only_cell = 2;    // "▓▓"

constexpr const char* shades_legend =
    "Shades: █ 1.00, ▓ 0.75+, ▒ 0.50+, ░ 0.25+, blank below 0.25, · no score";

std::string join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

// `parts` joined by " · ", wrapped between parts, so that no line starts with
// the separator; a part too long for a line of its own is wrapped by words.
std::string wrap_parts(const std::vector<std::string>& parts, std::size_t width,
                       const std::string& indent) {
    std::string out;
    std::string line;
    const auto flush = [&] {
        if (!line.empty()) out += wrap(line, width, indent, indent + "  ");
        line.clear();
    };
    for (const std::string& part : parts) {
        if (!line.empty() && indent.size() + display_width(line) + 3 + display_width(part) > width)
            flush();
        line += (line.empty() ? "" : " · ") + part;
    }
    flush();
    return out;
}

// --- Title, callout, meters, heading, paragraph, lines ----------------------

std::string write_title(const doc::Title& title, const TextStyle& style) {
    std::string out = wrap(printable(title.text), style.width, "", "");
    for (const doc::Field& field : title.fields) {
        out +=
            wrap(printable(field.label) + ": " + printable(field.value), style.width, "  ", "    ");
    }
    if (!title.sentence.empty()) out += wrap(printable(title.sentence), style.width, "  ", "  ");
    return out;
}

Paint name_paint(doc::Tone tone) {
    switch (tone) {
        case doc::Tone::good:
            return Paint::green;
        case doc::Tone::bad:
            return Paint::red;
        case doc::Tone::muted:
            return Paint::dim;
        case doc::Tone::plain:
            break;
    }
    return Paint::bold;
}

std::string write_callout(const doc::Callout& callout, const TextStyle& style) {
    std::string out = "\n  " + printable(callout.label) + ": ";
    if (callout.from) out += printable(*callout.from) + " → ";
    out += paint(printable(callout.name), name_paint(callout.tone), style) + "\n";
    for (const std::string& sentence : callout.sentences)
        out += wrap(printable(sentence), style.width, "  ", "  ");
    if (!callout.points.empty()) {
        if (!callout.points_label.empty())
            out += wrap(printable(callout.points_label), style.width, "  ", "  ");
        for (const std::string& point : callout.points)
            out += wrap(printable(point), style.width, "    - ", "      ");
    }
    return out;
}

std::string write_meters(const doc::Meters& meters, const TextStyle& style) {
    std::size_t name_width = 0;
    for (const doc::Meter& meter : meters.meters)
        name_width = std::max(name_width, display_width(printable(meter.name)));
    name_width = std::min(name_width, meter_name_max);
    // A bar only where it fits beside name, figures and status.
    const bool with_bar = style.width >= name_width + meter_bar_cells + meter_figures;
    std::string out;
    for (const doc::Meter& meter : meters.meters) {
        std::string line =
            "  " + pad_right(truncate(printable(meter.name), name_width), name_width) + "  ";
        if (with_bar) line += bar(meter.score.value_or(0.0), meter_bar_cells) + "  ";
        line += fmt::format("{:>4} / {:.2f}", format_score(meter.score), meter.threshold);
        const std::string status =
            paint(printable(meter.status), meter.achieved ? Paint::green : Paint::red, style);
        // On a narrow terminal the status goes on a line of its own.
        out += line;
        if (meter.status.empty()) {
            out += '\n';
            continue;
        }
        if (display_width(line) + 2 + display_width(status) <= style.width) {
            out += "  " + status + "\n";
            continue;
        }
        const std::string indent(name_width + 4, ' ');
        std::string wrapped = wrap(printable(meter.status), style.width, indent, indent);
        wrapped.pop_back();  // the paint closes before the line ends
        out += "\n" + paint(wrapped, meter.achieved ? Paint::green : Paint::red, style) + "\n";
    }
    return out;
}

std::string write_heading(const doc::Heading& heading, const TextStyle& style) {
    std::string out = "\n" + paint(printable(heading.text), Paint::bold, style);
    if (!heading.count.empty()) out += ": " + printable(heading.count);
    return out + "\n";
}

std::string write_paragraph(const doc::Paragraph& paragraph, const TextStyle& style) {
    std::string text = printable(paragraph.text);
    if (paragraph.tone == doc::Tone::muted) text = paint(text, Paint::dim, style);
    return wrap(text, style.width, "  ", "  ");
}

std::string write_lines(const doc::Lines& lines, const TextStyle& style) {
    std::string out;
    for (const std::string& line : lines.lines)
        out += wrap(printable(line), style.width, "  ", "    ");
    return out;
}

// --- Items -------------------------------------------------------------------

// "id · phase · area", dimmed, then its flags: "essential" in red, the others dimmed.
std::string item_place(const doc::Item& item, const TextStyle& style) {
    std::vector<std::string> place;
    for (const std::string* part : {&item.id, &item.phase, &item.area}) {
        if (!part->empty()) place.push_back(printable(*part));
    }
    std::vector<std::string> parts;
    if (!place.empty()) parts.push_back(paint(join(place, " · "), Paint::dim, style));
    for (const std::string& flag : item.flags) {
        parts.push_back(
            paint(printable(flag), flag == "essential" ? Paint::red : Paint::dim, style));
    }
    return join(parts, " · ");
}

std::string write_item(const doc::Item& item, std::size_t number, const TextStyle& style) {
    const std::string marker = list_marker(number);
    const std::string indent(marker.size(), ' ');
    std::string out = wrap(printable(item.text), style.width, marker, indent);
    const std::string place = item_place(item, style);
    if (!place.empty()) out += wrap(place, style.width, indent, indent);
    std::vector<std::string> brief;
    for (const doc::Fact& fact : item.facts) {
        if (fact.kind == doc::FactKind::brief)
            brief.push_back(printable(fact.label) + ": " + printable(fact.value));
    }
    out += wrap_parts(brief, style.width, indent);
    for (const doc::Fact& fact : item.facts) {
        if (fact.kind == doc::FactKind::brief) continue;
        out += wrap(printable(fact.label) + ": " + printable(fact.value), style.width, indent,
                    indent + "  ");
    }
    return out;
}

std::string write_items(const doc::Items& items, const TextStyle& style) {
    if (items.items.empty()) {
        return items.none.empty() ? std::string{}
                                  : wrap(printable(items.none), style.width, "  ", "  ");
    }
    std::string out;
    for (std::size_t i = 0; i < items.items.size(); ++i) {
        if (i > 0) out += '\n';
        out += write_item(items.items[i], i + 1, style);
    }
    return out;
}

// --- Tables ------------------------------------------------------------------

// A score as a shade, darker for more: the heatmap of a terminal.
std::string shade(std::optional<double> score) {
    if (!score) return "·";
    if (*score < 0.25) return " ";
    if (*score < 0.5) return "░";
    if (*score < 0.75) return "▒";
    if (*score < 1.0) return "▓";
    return "█";
}

// How a heat cell reads: "▓ 0.62" in a grid, "▓▓" in a narrow grid, "0.62" in a record.
enum class HeatForm { shade_and_score, shade_only, score_only };

std::string change_text(const doc::Cell& cell, const TextStyle& style) {
    const std::string difference = format_change(cell.before, cell.value);
    const Paint tone = difference.front() == '+'                            ? Paint::green
                       : difference.front() == '-' && difference.size() > 1 ? Paint::red
                                                                            : Paint::dim;
    return paint(difference, tone, style);
}

std::string cell_text(const doc::Cell& cell, HeatForm heat, const TextStyle& style) {
    switch (cell.kind) {
        case CellKind::text:
        case CellKind::code:
        case CellKind::count:
        case CellKind::link:  // the words; a terminal has nowhere to go
            return printable(cell.text);
        case CellKind::score:
            return format_score(cell.value);
        case CellKind::heat:
            switch (heat) {
                case HeatForm::shade_and_score:
                    return shade(cell.value) + " " + format_score(cell.value);
                case HeatForm::shade_only:
                    return shade(cell.value) + shade(cell.value);
                case HeatForm::score_only:
                    return format_score(cell.value);
            }
            return {};
        case CellKind::change:
            return change_text(cell, style);
        case CellKind::share:
            return cell.value ? fmt::format("{:.0f}%", *cell.value * 100.0) : std::string("-");
        case CellKind::bar:
            return bar(cell.value.value_or(0.0), table_bar_cells);
    }
    return {};
}

// One way to lay a table out, tried from the widest to the narrowest.
struct Layout {
    bool bars;            // with its bar columns
    bool short_headings;  // figure columns' headings cut to their cells' width
    HeatForm heat;        // shade_and_score or shade_only
};

struct Grid {
    std::vector<std::size_t> shown;  // the columns shown, the row header first
    std::vector<std::string> headings;
    std::vector<std::vector<std::string>> rows;  // body rows, then footer rows
    std::vector<std::size_t> widths;             // each shown column's text, gap left out
    std::vector<doc::Align> aligns;
    std::vector<std::string> key;  // "1 Build", …: the columns headed by their keys
};

struct TableShape {
    std::size_t columns = 0;
    std::vector<bool> bar, heat, figures;  // a column with a bar, a heat, no text or code cell
    bool any_bar = false, any_heat = false;
};

TableShape shape_of(const doc::Table& table) {
    TableShape shape;
    shape.columns = table.columns.size();
    const auto each_row = [&](const auto& visit) {
        for (const auto* rows : {&table.rows, &table.footer}) {
            for (const std::vector<doc::Cell>& row : *rows)
                visit(row);
        }
    };
    each_row([&](const std::vector<doc::Cell>& row) {
        shape.columns = std::max(shape.columns, row.size());
    });
    shape.bar.assign(shape.columns, false);
    shape.heat.assign(shape.columns, false);
    shape.figures.assign(shape.columns, true);
    each_row([&](const std::vector<doc::Cell>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const CellKind kind = row[c].kind;
            if (kind == CellKind::bar) shape.bar[c] = shape.any_bar = true;
            if (kind == CellKind::heat) shape.heat[c] = shape.any_heat = true;
            if (kind == CellKind::text || kind == CellKind::code || kind == CellKind::link)
                shape.figures[c] = false;
        }
    });
    return shape;
}

Grid grid_of(const doc::Table& table, const TableShape& shape, const Layout& layout,
             const TextStyle& style) {
    Grid grid;
    for (std::size_t c = 0; c < shape.columns; ++c) {
        if (c == 0 || layout.bars || !shape.bar[c]) grid.shown.push_back(c);
    }
    for (const auto* rows : {&table.rows, &table.footer}) {
        for (const std::vector<doc::Cell>& row : *rows) {
            std::vector<std::string> texts;
            for (const std::size_t c : grid.shown)
                texts.push_back(c < row.size() ? cell_text(row[c], layout.heat, style) : "");
            grid.rows.push_back(std::move(texts));
        }
    }
    for (std::size_t s = 0; s < grid.shown.size(); ++s) {
        const std::size_t c = grid.shown[s];
        std::size_t cells = 0;
        for (const std::vector<std::string>& row : grid.rows)
            cells = std::max(cells, display_width(row[s]));
        std::string heading = c < table.columns.size() ? printable(table.columns[c].heading) : "";
        const std::string key = c < table.columns.size() ? printable(table.columns[c].key) : "";
        // Where headings would be cut, a column with a key is headed by it: "1", not "O…".
        const bool keyed = s > 0 && layout.short_headings && !key.empty();
        if (keyed) {
            grid.key.push_back(key + " " + heading);
            heading = key;
        }
        if (s > 0 && layout.heat == HeatForm::shade_only && shape.heat[c]) {
            cells = shade_only_cell;
            if (!keyed) heading = truncate(heading, cells);
        } else if (!keyed && s > 0 && layout.short_headings && shape.figures[c]) {
            heading = truncate(heading, std::max(cells, short_heading_min));
        }
        grid.headings.push_back(heading);
        grid.widths.push_back(std::max(cells, display_width(heading)));
        doc::Align align = doc::Align::right;
        if (s == 0) {
            align = doc::Align::left;
        } else if (c < table.columns.size()) {
            align = table.columns[c].align;
        }
        grid.aligns.push_back(align);
    }
    return grid;
}

// The first column's width when the grid fits in the style's width; none when it does not.
std::optional<std::size_t> row_header_width(const Grid& grid, const TextStyle& style) {
    std::size_t others = 2;  // the table's indent
    for (std::size_t s = 1; s < grid.widths.size(); ++s)
        others += column_gap + grid.widths[s];
    // Names are what a row is read by: a table that would cut its first column
    // narrower than its names or row_header_keep is better written as records.
    const std::size_t longest = std::max(grid.widths[0], row_header_min);
    if (others + std::min(longest, row_header_keep) > style.width) return std::nullopt;
    return std::min(longest, style.width - others);
}

std::string grid_line(const Grid& grid, const std::vector<std::string>& texts,
                      std::size_t header_width) {
    std::string line = "  " + pad_right(truncate(texts[0], header_width), header_width);
    for (std::size_t s = 1; s < texts.size(); ++s) {
        line += std::string(column_gap, ' ');
        line += grid.aligns[s] == doc::Align::right ? pad_left(texts[s], grid.widths[s])
                                                    : pad_right(texts[s], grid.widths[s]);
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line + "\n";
}

std::string write_grid(const Grid& grid, std::size_t header_width) {
    std::string out;
    const bool any_heading =
        std::any_of(grid.headings.begin(), grid.headings.end(),
                    [](const std::string& heading) { return !heading.empty(); });
    if (any_heading) out += grid_line(grid, grid.headings, header_width);
    for (const std::vector<std::string>& row : grid.rows)
        out += grid_line(grid, row, header_width);
    return out;
}

// A table too wide for the terminal: each row as its header, then "Heading value · …".
std::string write_records(const doc::Table& table, const TextStyle& style) {
    std::string out;
    for (const auto* rows : {&table.rows, &table.footer}) {
        for (const std::vector<doc::Cell>& row : *rows) {
            if (row.empty()) continue;
            out += wrap(cell_text(row[0], HeatForm::score_only, style), style.width, "  ", "    ");
            std::vector<std::string> parts;
            for (std::size_t c = 1; c < row.size(); ++c) {
                if (row[c].kind == CellKind::bar) continue;  // the share beside it says it
                const std::string value = cell_text(row[c], HeatForm::score_only, style);
                if (value.empty()) continue;
                const std::string heading =
                    c < table.columns.size() ? printable(table.columns[c].heading) : "";
                parts.push_back(heading.empty() ? value : heading + ": " + value);
            }
            out += wrap_parts(parts, style.width, "    ");
        }
    }
    return out;
}

// "1 Build, 2 Operate, 3 SLOs"
std::string join_key(const std::vector<std::string>& entries) {
    std::string text;
    for (const std::string& entry : entries)
        text += (text.empty() ? "" : ", ") + entry;
    return text;
}

std::string write_table(const doc::Table& table, const TextStyle& style) {
    if (table.rows.empty() && table.footer.empty()) return {};
    const TableShape shape = shape_of(table);
    // From the widest to the narrowest: without its bars, then with the headings
    // of its figure columns cut, then with shades alone for heat.
    std::vector<Layout> layouts = {{true, false, HeatForm::shade_and_score}};
    if (shape.any_bar) layouts.push_back({false, false, HeatForm::shade_and_score});
    layouts.push_back({false, true, HeatForm::shade_and_score});
    if (shape.any_heat) layouts.push_back({false, true, HeatForm::shade_only});
    for (const Layout& layout : layouts) {
        const Grid grid = grid_of(table, shape, layout, style);
        if (const std::optional<std::size_t> header_width = row_header_width(grid, style)) {
            std::string out = write_grid(grid, *header_width);
            if (!grid.key.empty())
                out += "\n" + wrap("Key: " + join_key(grid.key), style.width, "  ", "    ");
            if (shape.any_heat) out += "\n" + wrap(shades_legend, style.width, "  ", "    ");
            return out;
        }
    }
    return write_records(table, style);
}

// --- Series ------------------------------------------------------------------

constexpr const char* sparks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
constexpr std::size_t spark_min = 8;  // a sparkline narrower than this is not worth drawing

// A value as a height in [0,1]: a score as it is, a step by its level.
std::optional<double> height_of(const doc::Series& series, std::optional<double> value) {
    if (!value || series.levels.size() < 2) return value;
    return *value / double(series.levels.size() - 1);
}

// A value in figures: "0.62", or a level's name.
std::string figure_of(const doc::Series& series, std::optional<double> value) {
    if (series.levels.empty() || !value) return format_score(value);
    const auto level = static_cast<std::size_t>(std::max(0.0, *value));
    return level < series.levels.size() ? printable(series.levels[level]) : format_score(value);
}

// The points a sparkline of `cells` shows: all of them, or as many spread evenly,
// the first and the last always among them.
std::vector<std::size_t> sampled(std::size_t points, std::size_t cells) {
    std::vector<std::size_t> shown;
    if (points <= cells || cells < 2) {
        for (std::size_t i = 0; i < points; ++i)
            shown.push_back(i);
        return shown;
    }
    for (std::size_t c = 0; c < cells; ++c)
        shown.push_back((c * (points - 1) + (cells - 1) / 2) / (cells - 1));
    return shown;
}

std::string sparkline(const doc::Series& series, const doc::SeriesLine& line,
                      const std::vector<std::size_t>& shown) {
    std::string out;
    for (const std::size_t i : shown) {
        const std::optional<double> height =
            height_of(series, i < line.values.size() ? line.values[i] : std::nullopt);
        if (!height) {
            out += "·";
            continue;
        }
        const double clamped = std::clamp(*height, 0.0, 1.0);
        out += sparks[static_cast<std::size_t>(clamped * 7.0 + 0.5)];
    }
    return out;
}

std::string write_series(const doc::Series& series, const TextStyle& style) {
    if (series.points.empty() || series.lines.empty()) return {};
    std::size_t name_width = 0, figure_width = 4;
    for (const doc::SeriesLine& line : series.lines)
        name_width = std::max(name_width, display_width(printable(line.name)));
    for (const std::string& level : series.levels)
        figure_width = std::max(figure_width, display_width(printable(level)));
    name_width = std::min(name_width, row_header_keep);
    // "  name  first  sparkline  last"
    const std::size_t fixed = 2 + name_width + 2 + figure_width + 2 + 2 + figure_width;
    const std::size_t cells = style.width > fixed + spark_min ? style.width - fixed : spark_min;
    const std::vector<std::size_t> shown = sampled(series.points.size(), cells);
    const std::string span = series.points.size() == 1 ? printable(series.points.front())
                                                       : printable(series.points.front()) + " to " +
                                                             printable(series.points.back());
    std::string out = paint(fmt::format("  {}, {}", span, count_of(series.points.size(), "point")),
                            Paint::dim, style);
    if (shown.size() < series.points.size())
        out += paint(fmt::format(", {} drawn", shown.size()), Paint::dim, style);
    out += "\n";
    for (const doc::SeriesLine& line : series.lines) {
        const std::optional<double> first =
            line.values.empty() ? std::nullopt : line.values.front();
        const std::optional<double> last = line.values.empty() ? std::nullopt : line.values.back();
        out += "  " + pad_right(truncate(printable(line.name), name_width), name_width) + "  " +
               pad_left(figure_of(series, first), figure_width) + "  " +
               sparkline(series, line, shown) + "  " + figure_of(series, last) + "\n";
    }
    return out;
}

// --- The document ------------------------------------------------------------

struct BlockWriter {
    const TextStyle& style;

    std::string operator()(const doc::Title& block) const { return write_title(block, style); }
    std::string operator()(const doc::Callout& block) const { return write_callout(block, style); }
    std::string operator()(const doc::Meters& block) const { return write_meters(block, style); }
    std::string operator()(const doc::Heading& block) const { return write_heading(block, style); }
    std::string operator()(const doc::Paragraph& block) const {
        return write_paragraph(block, style);
    }
    std::string operator()(const doc::Table& block) const { return write_table(block, style); }
    std::string operator()(const doc::Items& block) const { return write_items(block, style); }
    std::string operator()(const doc::Lines& block) const { return write_lines(block, style); }
    // The table beside the radar says the same in text.
    std::string operator()(const doc::Radar&) const { return {}; }
    std::string operator()(const doc::Series& block) const { return write_series(block, style); }
};

}  // namespace

std::string write_text(const doc::Document& document, const TextStyle& style) {
    std::string out;
    for (const doc::Block& block : document.blocks)
        out += std::visit(BlockWriter{style}, block);
    return out;
}

}  // namespace gait
