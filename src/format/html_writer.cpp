#include "gait/format/html_writer.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "gait/score/compare.hpp"
#include "gait/util/text_format.hpp"

#include "format/html_chart.hpp"
#include "format/html_page.hpp"
#include "format/html_radar.hpp"

// Every string taken from the document reaches the page through html::esc, at
// the leaf where it is written (or through evidence_html, which escapes both
// the link and the text); ids from the document are cut down to letters,
// digits, '-' and '_' first. Markup comes from this file, html_page and
// html_radar alone.

namespace gait {
namespace {

using html::esc;

constexpr std::string_view en_dash = "\u2013";

// ---------------------------------------------------------------------------
// Words.

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const char c = text[i];
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != prefix[i]) return false;
    }
    return true;
}

// Evidence as HTML: a leading http(s) URL becomes a link, the rest stays text.
// Any other scheme (javascript:, data:, file:) is never a link.
std::string evidence_html(std::string_view evidence) {
    std::size_t start = 0;
    while (start < evidence.size() && is_space(evidence[start]))
        ++start;
    const std::string_view rest = evidence.substr(start);
    const bool web = starts_with_ci(rest, "http://") || starts_with_ci(rest, "https://");
    std::size_t end = 0;
    while (end < rest.size() && !is_space(rest[end]))
        ++end;
    const std::string_view url = rest.substr(0, end);
    const std::size_t scheme = url.find("://") + 3;
    if (!web || url.size() <= scheme) return esc(evidence);
    const std::string href = esc(url);
    return fmt::format(R"(<a class="url" href="{}" rel="noopener noreferrer">{}</a>{})", href, href,
                       esc(rest.substr(end)));
}

// An id from the document made safe for an attribute and a URL fragment:
// letters, digits, '-' and '_', other runs of characters as one '-'.
std::string anchor_of(std::string_view wanted) {
    std::string id;
    for (const char c : wanted) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (letter || (c >= '0' && c <= '9') || c == '_') {
            id += c;
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id.empty() ? std::string("section") : id;
}

const char* tone_class(doc::Tone tone) {
    switch (tone) {
        case doc::Tone::good:
            return " up";
        case doc::Tone::bad:
            return " down";
        case doc::Tone::muted:
        case doc::Tone::plain:
            break;
    }
    return "";
}

// ---------------------------------------------------------------------------
// Meters.

std::string status_paragraph(const doc::Meter& meter) {
    if (meter.status.empty()) return {};
    // The same words as the other formats, with a capital and a mark besides the color.
    return fmt::format(R"(<p class="status {}"><span aria-hidden="true">{} </span>{}</p>)",
                       meter.achieved ? "yes" : "no", meter.achieved ? "✓" : "✗",
                       esc(capitalized(meter.status))) +
           "\n";
}

double unit(double value) {
    return std::isnan(value) ? 0.0 : std::clamp(value, 0.0, 1.0);
}

std::string meter_bar(const doc::Meter& meter) {
    const double fill = unit(meter.score.value_or(0.0)) * 100.0;
    const double threshold = unit(meter.threshold) * 100.0;
    std::string out =
        R"(<svg class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">)";
    out += R"(<rect class="track" x="0" y="2" width="100" height="8"/>)";
    if (fill > 0) {
        out += fmt::format(R"(<rect class="fill {}" x="0" y="2" width="{}" height="8"/>)",
                           meter.achieved ? "yes" : "no", html::num(fill));
    }
    out += fmt::format(
        R"(<line class="threshold" x1="{0}" y1="0" x2="{0}" y2="12" vector-effect="non-scaling-stroke"/>)",
        html::num(threshold));
    return out + "</svg>\n";
}

std::string meter_item(const doc::Meter& meter) {
    std::string out = "<li>\n";
    const std::string tag =
        meter.tag.empty() ? std::string() : " <span class=\"tag\">" + esc(meter.tag) + "</span>";
    out += fmt::format("<p class=\"phase\">{}{}</p>\n", esc(meter.name), tag);
    out += status_paragraph(meter);
    out += meter_bar(meter);
    out += fmt::format(
        "<p class=\"figures\"><strong>{}</strong> <span class=\"needs\">needs "
        "{:.2f}</span></p>\n",
        html::score_text(meter.score), unit(meter.threshold));
    if (!meter.summary.empty())
        out += fmt::format("<p class=\"summary\">{}</p>\n", esc(meter.summary));
    if (!meter.essentials.empty()) {
        std::string ids;
        for (const std::string& id : meter.essentials) {
            if (!ids.empty()) ids += ", ";
            ids += "<code>" + esc(id) + "</code>";
        }
        out += fmt::format("<p class=\"missing\">Essential{} short of full credit: {}</p>\n",
                           meter.essentials.size() == 1 ? "" : "s", ids);
    }
    return out + "</li>\n";
}

// ---------------------------------------------------------------------------
// Tables.

// The class of a change cell, read from the figure (format_change) so that
// the color never disagrees with it.
const char* trend_class(const std::string& change) {
    if (change.size() > 1 && change.front() == '+') return "up";
    if (change.size() > 1 && change.front() == '-') return "down";
    return "flat";
}

bool has_kind(const doc::Table& table, doc::CellKind kind) {
    for (const auto* rows : {&table.rows, &table.footer}) {
        for (const std::vector<doc::Cell>& row : *rows) {
            for (const doc::Cell& cell : row) {
                if (cell.kind == kind) return true;
            }
        }
    }
    return false;
}

bool is_bar_column(const doc::Table& table, std::size_t column) {
    for (const auto* rows : {&table.rows, &table.footer}) {
        for (const std::vector<doc::Cell>& row : *rows) {
            if (column < row.size() && row[column].kind == doc::CellKind::bar) return true;
        }
    }
    return false;
}

// A cell's classes and content, as HTML.
struct CellHtml {
    std::string classes;
    std::string content;
};

CellHtml cell_html(const doc::Cell& cell) {
    switch (cell.kind) {
        case doc::CellKind::text:
            break;
        case doc::CellKind::code:
            return {"file", "<code>" + esc(cell.text) + "</code>"};
        case doc::CellKind::count:
            return {"n", esc(cell.text)};
        case doc::CellKind::score:
            return {"n", html::score_text(cell.value)};
        case doc::CellKind::share:
            return {"n", cell.value && !std::isnan(*cell.value)
                             ? fmt::format("{:.0f}%", *cell.value * 100)
                             : std::string(en_dash)};
        case doc::CellKind::heat:
            if (!cell.value) {
                return {"none",
                        R"(<span aria-hidden="true">–</span><span class="sr">no score</span>)"};
            }
            return {fmt::format("s{}", html::bucket(*cell.value)), html::score_text(cell.value)};
        case doc::CellKind::change: {
            const std::string change = format_change(cell.before, cell.value);
            // The sign says what the color says, for those who cannot tell the colors apart.
            return {fmt::format("n change {}", trend_class(change)),
                    change == "-" ? std::string(en_dash) : esc(change)};
        }
        case doc::CellKind::link:
            return {"", fmt::format("<a href=\"{}\">{}</a>", esc(cell.target), esc(cell.text))};
        case doc::CellKind::bar:
            return {"bar-cell", fmt::format("<span class=\"hbar\" aria-hidden=\"true\"><span "
                                            "style=\"width: {}%\"></span></span>",
                                            html::num(unit(cell.value.value_or(0.0)) * 100))};
    }
    return {"", esc(cell.text)};
}

std::string with_class(const std::string& classes) {
    return classes.empty() ? std::string() : " class=\"" + classes + "\"";
}

// A row: its first cell a header cell, each cell as its kind shows, and empty
// cells up to `columns`.
std::string table_row(const std::vector<doc::Cell>& row, std::size_t columns) {
    std::string out = "<tr>";
    for (std::size_t c = 0; c < std::max(row.size(), columns); ++c) {
        if (c >= row.size()) {
            out += "<td></td>";
            continue;
        }
        const doc::Cell& cell = row[c];
        if (c == 0) {
            const CellHtml parts = cell_html(cell);
            out += fmt::format("<th scope=\"row\"{}>{}</th>", with_class(parts.classes),
                               parts.content);
        } else if (cell.kind == doc::CellKind::heat) {
            out += html::heat_cell(cell.value);
        } else {
            const CellHtml parts = cell_html(cell);
            out += fmt::format("<td{}>{}</td>", with_class(parts.classes), parts.content);
        }
    }
    return out + "</tr>\n";
}

// The key of a table's keyed columns, shown where their short labels are.
std::string column_key_html(const doc::Table& table) {
    std::string items;
    for (const doc::Column& column : table.columns) {
        if (column.key.empty()) continue;
        items +=
            fmt::format("<li><strong>{}</strong> {}</li>\n", esc(column.key), esc(column.heading));
    }
    return items.empty() ? std::string() : "<ul class=\"key column-key\">\n" + items + "</ul>\n";
}

std::string table_html(const doc::Table& table) {
    const bool heat = has_kind(table, doc::CellKind::heat);
    std::string classes = heat ? "heatmap" : "plain";
    if (has_kind(table, doc::CellKind::bar)) classes += " counts";
    std::string out = fmt::format("<table class=\"{}\">\n", classes);
    if (!table.columns.empty()) {
        out += "<thead>\n<tr>";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const doc::Column& column = table.columns[c];
            std::string heading = esc(column.heading);
            if (heading.empty() && is_bar_column(table, c))
                heading = "<span class=\"sr\">Bar</span>";
            // Narrow screens show the key, and the key list below maps it to the name.
            if (!column.key.empty()) {
                heading = fmt::format(
                    "<span class=\"long\">{0}</span><abbr class=\"short\" title=\"{0}\">{1}</abbr>",
                    heading, esc(column.key));
            }
            out += fmt::format("<th scope=\"col\"{}>{}</th>",
                               column.align == doc::Align::right ? " class=\"n\"" : "", heading);
        }
        out += "</tr>\n</thead>\n";
    }
    out += "<tbody>\n";
    for (const std::vector<doc::Cell>& row : table.rows)
        out += table_row(row, table.columns.size());
    out += "</tbody>\n";
    if (!table.footer.empty()) {
        out += "<tfoot>\n";
        for (const std::vector<doc::Cell>& row : table.footer)
            out += table_row(row, table.columns.size());
        out += "</tfoot>\n";
    }
    return out + "</table>\n" + column_key_html(table);
}

// ---------------------------------------------------------------------------
// Items.

std::string item_html(const doc::Item& item) {
    std::string out = "<li class=\"gap\">\n";
    if (!item.text.empty()) out += fmt::format("<p class=\"text\">{}</p>\n", esc(item.text));
    std::string where;
    if (!item.id.empty()) where = "<code>" + esc(item.id) + "</code>";
    for (const std::string* part : {&item.phase, &item.area}) {
        if (part->empty()) continue;
        where += (where.empty() ? "" : " · ") + esc(*part);
    }
    for (const std::string& flag : item.flags) {
        if (flag == "essential") where += " <span class=\"essential\">Essential</span>";
    }
    for (const std::string& flag : item.flags) {
        if (flag.empty() || flag == "essential") continue;
        where += (where.empty() ? "" : " · ") + esc(flag);
    }
    if (!where.empty()) out += "<p class=\"where\">" + where + "</p>\n";
    std::string facts;
    for (const doc::Fact& fact : item.facts) {
        if (fact.value.empty()) continue;
        switch (fact.kind) {
            case doc::FactKind::brief:
                facts += html::fact(esc(fact.label), esc(fact.value));
                break;
            case doc::FactKind::long_text:
                facts += html::fact(esc(fact.label), esc(fact.value), true);
                break;
            case doc::FactKind::link:
                facts += html::fact(esc(fact.label), evidence_html(fact.value));
                break;
        }
    }
    if (!facts.empty()) out += "<dl class=\"facts\">\n" + facts + "</dl>\n";
    return out + "</li>\n";
}

// ---------------------------------------------------------------------------
// The page.

class Writer {
  public:
    // The page's main content: the blocks, the last section closed.
    std::string finish() {
        close_section();
        return std::move(out_);
    }

    void operator()(const doc::Title& title) {
        out_ += "<header>\n";
        if (!title.text.empty()) out_ += fmt::format("<h1>{}</h1>\n", esc(title.text));
        if (!title.fields.empty()) {
            out_ += "<dl class=\"meta\">\n";
            for (const doc::Field& field : title.fields) {
                out_ += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>\n", esc(field.label),
                                    esc(field.value));
            }
            out_ += "</dl>\n";
        }
        if (!title.sentence.empty())
            out_ += fmt::format("<p class=\"muted\">{}</p>\n", esc(title.sentence));
        out_ += "</header>\n";
    }

    void operator()(const doc::Callout& callout) {
        const std::string name_id = unique_id("placement-name");
        out_ += fmt::format("<section class=\"placement{}\" aria-labelledby=\"{}\">\n",
                            tone_class(callout.tone), name_id);
        if (!callout.label.empty())
            out_ += fmt::format("<p class=\"label\">{}</p>\n", esc(callout.label));
        // The names in large type, capitalized: "None yet".
        const std::string from = callout.from ? fmt::format("<span class=\"from\">{}</span> → ",
                                                            esc(capitalized(*callout.from)))
                                              : std::string();
        out_ += fmt::format("<p class=\"name\" id=\"{}\">{}{}</p>\n", name_id, from,
                            esc(capitalized(callout.name)));
        bool first = true;
        for (const std::string& sentence : callout.sentences) {
            if (sentence.empty()) continue;
            out_ += fmt::format("<p{}>{}</p>\n", first ? " class=\"summary\"" : "", esc(sentence));
            first = false;
        }
        if (!callout.points.empty()) {
            if (!callout.points_label.empty()) {
                out_ +=
                    fmt::format("<p class=\"points-label\">{}</p>\n", esc(callout.points_label));
            }
            out_ += "<ul class=\"points\">\n";
            for (const std::string& point : callout.points)
                out_ += fmt::format("<li>{}</li>\n", esc(point));
            out_ += "</ul>\n";
        }
        out_ += "</section>\n";
    }

    void operator()(const doc::Meters& meters) {
        if (meters.meters.empty()) return;
        out_ += "<ol class=\"ladder\">\n";
        for (const doc::Meter& meter : meters.meters)
            out_ += meter_item(meter);
        out_ += "</ol>\n";
    }

    void operator()(const doc::Heading& heading) {
        close_section();
        const std::string id = unique_id(heading.id.empty() ? heading.text : heading.id);
        std::string text = esc(heading.text);
        if (!heading.count.empty()) text = html::with_count(text, esc(heading.count));
        out_ +=
            fmt::format("<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n", id, text);
        section_ = id;
    }

    void operator()(const doc::Paragraph& paragraph) {
        if (paragraph.text.empty()) return;
        out_ += fmt::format("<p{}>{}</p>\n",
                            paragraph.tone == doc::Tone::muted ? " class=\"muted\"" : "",
                            esc(paragraph.text));
    }

    void operator()(const doc::Table& table) {
        if (table.columns.empty() && table.rows.empty() && table.footer.empty()) return;
        const std::string html_table = table_html(table);
        if (section_) {
            out_ += html::scroll_box(*section_, html_table);
        } else {
            // No heading to name the box: it names itself.
            out_ +=
                fmt::format(
                    R"(<div class="scroll" role="region" aria-label="Table of {}" tabindex="0">)",
                    esc(table.noun)) +
                "\n" + html_table + "</div>\n";
        }
        if (has_kind(table, doc::CellKind::heat)) out_ += html::color_scale();
    }

    void operator()(const doc::Items& items) {
        if (items.items.empty()) {
            if (!items.none.empty())
                out_ += fmt::format("<p class=\"none-left\">{}</p>\n", esc(items.none));
            return;
        }
        out_ += "<ol class=\"gaps\">\n";
        for (const doc::Item& item : items.items)
            out_ += item_html(item);
        out_ += "</ol>\n";
    }

    void operator()(const doc::Lines& lines) {
        if (lines.lines.empty()) return;
        out_ += "<ul class=\"files\">\n";
        for (const std::string& line : lines.lines)
            out_ += fmt::format("<li>{}</li>\n", esc(line));
        out_ += "</ul>\n";
    }

    void operator()(const doc::Radar& radar) {
        // The chart's title and description take ids of their own.
        const std::string base = "radar";
        std::string id = base;
        for (int k = 2; taken(id) || taken(id + "-title") || taken(id + "-desc"); ++k)
            id = fmt::format("{}-{}", base, k);
        for (const std::string& used : {id, id + "-title", id + "-desc"})
            ids_.insert(used);
        out_ += html::radar_svg(radar, id);
    }

    void operator()(const doc::Series& series) {
        const std::string id = unique_id(series.id.empty() ? "chart" : series.id + "-chart");
        for (const std::string& used : {id + "-title", id + "-desc"})
            ids_.insert(used);
        out_ += html::line_chart_svg(series, id);
    }

  private:
    bool taken(const std::string& id) const { return ids_.count(id) != 0; }

    // `wanted` as an anchor no other element of the page has: "phases",
    // then "phases-2".
    std::string unique_id(std::string_view wanted) {
        const std::string base = anchor_of(wanted);
        std::string id = base;
        for (int k = 2; taken(id); ++k)
            id = fmt::format("{}-{}", base, k);
        ids_.insert(id);
        return id;
    }

    void close_section() {
        if (!section_) return;
        out_ += "</section>\n";
        section_.reset();
    }

    std::string out_;
    std::set<std::string> ids_;
    std::optional<std::string> section_;  // the id of the open section's heading
};

}  // namespace

std::string write_html(const doc::Document& document) {
    Writer writer;
    for (const doc::Block& block : document.blocks)
        std::visit(writer, block);
    return html::page(esc(document.title), writer.finish());
}

}  // namespace gait
