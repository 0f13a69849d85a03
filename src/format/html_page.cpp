#include "format/html_page.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait::html {
namespace {

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_noncharacter(char32_t cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

constexpr std::string_view bucket_labels[] = {"below 0.20", "0.20 to 0.39", "0.40 to 0.59",
                                              "0.60 to 0.79", "0.80 or more"};

// ---------------------------------------------------------------------------
// The style sheet: one for every report.

constexpr std::string_view style_sheet = R"css(
:root {
  --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
  --accent: #0a58a6; --good: #0b6e4f; --bad: #a3370b;
  --s0: #ca0020; --s1: #f4a582; --s2: #f7f7f7; --s3: #92c5de; --s4: #0571b0;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: #fff; color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "DejaVu Sans", sans-serif;
}
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; overflow-wrap: anywhere; }
h2 {
  font-size: 1.25rem; margin: 2.5rem 0 .75rem; padding-bottom: .35rem;
  border-bottom: 1px solid var(--line); overflow-wrap: anywhere;
}
h2 .count { color: var(--muted); font-weight: normal; }
p { margin: .4rem 0; overflow-wrap: anywhere; }
code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace;
  overflow-wrap: anywhere; }
a { color: var(--accent); overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.note-text { white-space: pre-line; }
header .meta { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0; color: var(--muted); }
header .meta div { min-width: 0; overflow-wrap: anywhere; }
header .meta dt { display: inline; }
header .meta dt::after { content: ": "; }
header .meta dd { display: inline; margin: 0; color: var(--ink); }

.placement {
  margin: 1.5rem 0 0; padding: 1.25rem 1.5rem; border: 1px solid var(--line);
  border-left: 6px solid var(--accent); border-radius: 6px; background: var(--soft);
}
.placement.up { border-left-color: var(--good); }
.placement.down { border-left-color: var(--bad); }
.placement .label { margin: 0; text-transform: uppercase; letter-spacing: .08em;
  font-size: .8rem; font-weight: 600; color: var(--muted); }
.placement .name { margin: 0 0 .35rem; font-size: 2.6rem; line-height: 1.1; font-weight: 700; }
.placement .name .from { color: var(--muted); }
.placement .summary { font-size: 1.1rem; }
.placement .points-label { margin: .9rem 0 .2rem; font-weight: 600; }
.placement .points { margin: 0; padding-left: 1.4rem; }
.placement .points li { margin: .2rem 0; overflow-wrap: anywhere; }

.ladder { list-style: none; margin: 0; padding: 0; }
.ladder li {
  display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr 6.5rem; gap: .25rem 1rem;
  align-items: center; padding: .75rem 0; border-bottom: 1px solid var(--line);
}
.ladder li:last-child { border-bottom: 0; }
.ladder .phase { font-weight: 600; overflow-wrap: anywhere; }
.ladder .tag { display: inline-block; margin-left: .35rem; padding: 0 .4rem; border-radius: 3px;
  font-size: .75rem; font-weight: 600; vertical-align: .1em; color: #fff; background: var(--accent); }
.ladder .status { grid-column: 1; font-size: .9rem; }
.ladder .status.yes { color: var(--good); }
.ladder .status.no { color: var(--bad); }
.ladder .bar { grid-column: 2; grid-row: 1 / span 2; width: 100%; height: 1.5rem; display: block; }
.ladder .figures { grid-column: 3; grid-row: 1 / span 2; text-align: right;
  font-variant-numeric: tabular-nums; }
.ladder .figures .needs { display: block; font-size: .85rem; color: var(--muted); }
.ladder .summary, .ladder .missing { grid-column: 1 / -1; margin: 0; font-size: .9rem;
  color: var(--muted); }
.bar .track { fill: #e8ebef; }
.bar .fill.yes { fill: #2a7ab0; }
.bar .fill.no { fill: #d9822b; }
.bar .threshold { stroke: var(--ink); stroke-width: 2px; }

.chart { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; margin: 0 0 1.5rem; }
.radar { flex: 0 1 37.5rem; width: 37.5rem; max-width: 100%; height: auto; display: block; }
.radar text { font-family: inherit; fill: var(--ink); }
.radar .grid { fill: none; stroke: #c9d1d9; stroke-width: 1; }
.radar .spoke { stroke: #c9d1d9; stroke-width: 1; }
.radar .ring-label { font-size: 11px; fill: var(--muted); paint-order: stroke; stroke: #fff;
  stroke-width: 3px; stroke-linejoin: round; }
.radar .axis-name { font-size: 14px; }
.radar .axis-number { display: none; font-size: 22px; font-weight: 700; }
.radar .shape { stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
.line-chart { flex: 0 1 40rem; width: 40rem; max-width: 100%; height: auto; display: block; }
.line-chart text { font-family: inherit; fill: var(--muted); font-size: 13px; }
.line-chart .grid { stroke: #c9d1d9; stroke-width: 1; }
.line-chart .line { stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
.chart-side { flex: 1 1 14rem; min-width: 0; }
.legend { list-style: none; margin: 0 0 1rem; padding: 0; }
.legend li { display: flex; align-items: center; gap: .5rem; margin: .3rem 0; overflow-wrap: anywhere; }
.legend svg { flex: none; }
.key { display: none; margin: 0 0 1rem; padding-left: 1.6rem; font-size: .95rem; }
.key li { overflow-wrap: anywhere; }
.column-key { list-style: none; padding-left: 0; }
thead .short { display: none; text-decoration: none; }
.chart-note { font-size: .9rem; color: var(--muted); }

.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
.scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
table.heatmap { border-collapse: separate; border-spacing: 3px; min-width: 100%; }
.heatmap th { font-weight: 600; text-align: left; padding: .4rem .5rem; }
.heatmap thead th { text-align: center; vertical-align: bottom; }
.heatmap thead th:first-child { text-align: left; }
.heatmap tbody th, .heatmap tfoot th { min-width: 10rem; max-width: 22rem; font-weight: normal; }
.heatmap td { min-width: 4.5rem; padding: .45rem .5rem; text-align: center; border-radius: 3px;
  font-variant-numeric: tabular-nums; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.heatmap tfoot th, .heatmap tfoot td { font-weight: 700; }
.heatmap tfoot th { border-top: 2px solid var(--line); }
.s0 { background: var(--s0); color: #fff; }
.s1 { background: var(--s1); color: #1b1f24; }
.s2 { background: var(--s2); color: #1b1f24; box-shadow: inset 0 0 0 1px #d0d7de; }
.s3 { background: var(--s3); color: #1b1f24; }
.s4 { background: var(--s4); color: #fff; }
.heatmap td.none { color: var(--muted); border: 1px dashed #afb8c1; }
.scale { display: flex; flex-wrap: wrap; gap: .35rem 1rem; list-style: none; margin: .75rem 0 0;
  padding: 0; font-size: .85rem; }
.scale li { display: flex; align-items: center; gap: .35rem; }
.scale .swatch { display: inline-block; width: 1.4rem; height: 1rem; border-radius: 2px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.scale .swatch.none { box-shadow: inset 0 0 0 1px #d0d7de; text-align: center; line-height: 1rem;
  color: var(--muted); }

table.plain { border-collapse: collapse; min-width: 100%; }
.plain th, .plain td { padding: .4rem .6rem; text-align: left; vertical-align: top;
  border-bottom: 1px solid var(--line); }
.plain thead th { vertical-align: bottom; border-bottom: 2px solid var(--line); }
.plain tbody th { font-weight: normal; min-width: 8rem; max-width: 22rem; overflow-wrap: break-word; }
.plain tfoot th, .plain tfoot td { font-weight: 700; }
.plain td { white-space: nowrap; }
.plain .n { text-align: right; font-variant-numeric: tabular-nums; }
.plain .file { white-space: nowrap; max-width: none; font-size: .9rem; }
.plain .file code { overflow-wrap: normal; }
.change.up { color: var(--good); font-weight: 600; }
.change.down { color: var(--bad); font-weight: 600; }
.change.flat { color: var(--muted); }
.counts .bar-cell { width: 55%; }
.hbar { display: block; height: .9rem; min-width: 4rem; border-radius: 2px; background: #e8ebef;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.hbar span { display: block; height: 100%; border-radius: 2px; background: #2a7ab0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }

ol.gaps { margin: 0; padding-left: 2rem; }
.gap { margin: 0 0 1.25rem; padding: .1rem 0 0 .25rem; break-inside: avoid; page-break-inside: avoid; }
.gap::marker { font-weight: 700; color: var(--muted); }
.gap .text { font-weight: 600; margin: 0 0 .2rem; }
.gap .where { margin: 0 0 .4rem; font-size: .9rem; color: var(--muted); }
.essential { display: inline-block; padding: 0 .4rem; border: 1px solid var(--bad); border-radius: 3px;
  color: var(--bad); font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; }
.facts { margin: 0; display: grid; grid-template-columns: 5.5rem minmax(0, 1fr); gap: .2rem .9rem; }
.facts dt { font-weight: 600; color: var(--muted); overflow-wrap: anywhere; }
.facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.none-left { color: var(--good); }
.unanswered { padding-left: 1.25rem; }
.unanswered li { margin: 0 0 .5rem; }
.files { padding-left: 1.25rem; }
.files li { margin: 0 0 .5rem; overflow-wrap: anywhere; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); }

@media (max-width: 40rem) {
  main { padding: 1rem .85rem 2rem; }
  h1 { font-size: 1.35rem; }
  .placement { padding: 1rem; }
  .placement .name { font-size: 2.1rem; }
  .ladder li { grid-template-columns: 1fr auto; }
  .ladder .phase, .ladder .status { grid-column: 1; }
  .ladder .figures { grid-column: 2; grid-row: 1 / span 2; }
  .ladder .bar { grid-column: 1 / -1; grid-row: 3; }
  /* The names would be too small to read: numbers instead, the names in a list,
     and the chart wider than the page so the room kept for the names is cut off. */
  .chart { overflow: hidden; }
  .radar { flex: none; width: 150%; max-width: none; margin: 0 -25%; }
  .radar .axis-name { display: none; }
  .radar .axis-number { display: inline; }
  table.heatmap { border-spacing: 2px; }
  .heatmap tbody th, .heatmap tfoot th { min-width: 7.5rem; padding: .35rem .3rem; }
  .heatmap td { min-width: 3.4rem; padding: .4rem .2rem; }
  .plain th, .plain td { padding: .35rem .3rem; }
  .plain tbody th { min-width: 6rem; }
  .counts .bar-cell { width: 35%; }
  .key { display: block; }
  thead .long { display: none; }
  thead .short { display: inline; }
  .legend { display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
  .facts { grid-template-columns: 1fr; gap: 0; }
  .facts dd { margin-bottom: .35rem; }
  ol.gaps { padding-left: 1.5rem; }
}

/* Print: the first page holds what a manager reads (the header, the placement
   and its points, the phases side by side, the table of areas); the radar
   chart, which says what the table says, follows the table; long lists break
   between their items, never inside one. */
@media print {
  @page { margin: 1.2cm 1.3cm; }
  html { font-size: 9pt; }
  body { font-size: 1rem; line-height: 1.35; background: none; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 1.45rem; margin: 0 0 .2rem; }
  h2 { font-size: 1.2rem; margin: 1.1rem 0 .45rem; padding-bottom: .15rem;
    break-after: avoid; page-break-after: avoid; }
  p { margin: .2rem 0; }
  .placement { margin: .7rem 0 0; padding: .55rem .9rem; background: none; border: 1px solid #888;
    border-left: 5px solid #333; break-inside: avoid; page-break-inside: avoid; }
  .placement .name { font-size: 1.9rem; margin: 0 0 .15rem; }
  .placement .summary { font-size: 1.05rem; }
  .placement .points-label { margin: .4rem 0 .1rem; }
  .placement .points li { margin: .05rem 0; }
  .ladder { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .2rem 1.2rem; }
  .ladder li { grid-template-columns: 1fr auto; gap: .1rem .5rem; align-items: start; padding: .2rem 0;
    border-bottom: 0; break-inside: avoid; page-break-inside: avoid; }
  .ladder .phase, .ladder .status { grid-column: 1; }
  .ladder .figures { grid-column: 2; grid-row: 1 / span 2; margin: 0; }
  .ladder .bar { grid-column: 1 / -1; grid-row: 3; height: .8rem; }
  .ladder .summary, .ladder .missing { font-size: .85rem; }
  .ladder .tag { background: none; color: var(--ink); border: 1px solid var(--ink); }
  section:has(> .chart) { display: flex; flex-direction: column; }
  section > .chart { order: 1; margin: 1rem 0 0; }
  .chart { break-inside: avoid; page-break-inside: avoid; }
  .radar { max-width: 30rem; }
  .key { display: none; }
  thead .long { display: inline; }
  thead .short { display: none; }
  .radar .axis-name { display: inline; }
  .radar .axis-number { display: none; }
  .scroll { overflow: visible; }
  tr, .unanswered li, .files li { break-inside: avoid; page-break-inside: avoid; }
  table.heatmap { border-spacing: 2px; }
  .heatmap th { padding: .15rem .4rem; }
  .heatmap td { min-width: 3.5rem; padding: .15rem .4rem; }
  .plain th, .plain td { padding: .2rem .45rem; }
  .scale { margin: .35rem 0 0; font-size: .85rem; }
  .scale .swatch { height: .8rem; }
  .hbar { box-shadow: inset 0 0 0 1px #888; }
  .gap { margin: 0 0 .7rem; }
  .facts { grid-template-columns: 6.5rem minmax(0, 1fr); gap: .05rem .8rem; }
  footer { margin-top: 1.2rem; }
  a { color: var(--ink); text-decoration: none; }
  a[href]:not(.url)::after { content: " (" attr(href) ")"; }
  a.url { text-decoration: underline; }
}
)css";

}  // namespace

std::string esc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const char32_t cp = next_code_point(text, at);
        switch (cp) {
            case '&':
                out += "&amp;";
                continue;
            case '<':
                out += "&lt;";
                continue;
            case '>':
                out += "&gt;";
                continue;
            case '"':
                out += "&quot;";
                continue;
            case '\'':
                out += "&#39;";
                continue;
            case '\t':
            case '\n':
                out += static_cast<char>(cp);
                continue;
            default:
                break;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || is_noncharacter(cp)) continue;
        if (is_bidi_control(cp)) {
            out += fmt::format("&lt;U+{:04X}&gt;", static_cast<std::uint32_t>(cp));
            continue;
        }
        append_utf8(out, cp);
    }
    return out;
}

std::string score_text(std::optional<double> score) {
    return score ? format_score(score) : std::string("\u2013");
}

std::string num(double value) {
    std::string text = fmt::format("{:.1f}", value);
    if (text == "-0.0") text = "0.0";
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    return text;
}

int bucket(double score) {
    // From the digits as printed ("0.85": 85), so a cell's color never disagrees
    // with its text; fmt prints without the locale, and the digits are read so too.
    const std::string printed = format_score(std::clamp(score, 0.0, 1.0));
    const int hundredths = (printed[0] - '0') * 100 + (printed[2] - '0') * 10 + (printed[3] - '0');
    return std::min(4, hundredths / 20);
}

std::string heat_cell(std::optional<double> score, std::string_view tag) {
    if (!score) {
        return fmt::format(
            R"(<{0} class="none"><span aria-hidden="true">–</span><span class="sr">no score</span></{0}>)",
            tag);
    }
    return fmt::format(R"(<{0} class="s{1}">{2}</{0}>)", tag, bucket(*score), score_text(score));
}

std::string color_scale() {
    std::string out = "<ul class=\"scale\" aria-label=\"Color scale\">\n";
    for (int b = 0; b < 5; ++b) {
        out += fmt::format("<li><span class=\"swatch s{}\" aria-hidden=\"true\"></span>{}</li>\n",
                           b, bucket_labels[b]);
    }
    out += "<li><span class=\"swatch none\" aria-hidden=\"true\">–</span>no score</li>\n";
    return out + "</ul>\n";
}

std::string scroll_box(std::string_view labelled_by, const std::string& table) {
    return fmt::format(R"(<div class="scroll" role="region" aria-labelledby="{}" tabindex="0">)",
                       labelled_by) +
           "\n" + table + "</div>\n";
}

std::string with_count(const std::string& heading, std::string_view count) {
    return fmt::format("{} <span class=\"count\">· {}</span>", heading, count);
}

std::string fact(std::string_view label, const std::string& value, bool note) {
    return fmt::format("<dt>{}</dt><dd{}>{}</dd>\n", label, note ? " class=\"note-text\"" : "",
                       value);
}

std::string page(const std::string& title, const std::string& main) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"gait\">\n";
    out += "<title>" + title + "</title>\n<style>";
    out += style_sheet;
    out += "</style>\n</head>\n<body>\n<main>\n" + main;
    out += "<footer>Made with gait, an SRE maturity self-assessment.</footer>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace gait::html
