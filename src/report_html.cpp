#include "gait/report_html.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string_view>

#include <fmt/format.h>

#include "gait/report_wording.hpp"
#include "gait/text_format.hpp"

namespace gait {
namespace {

// ---------------------------------------------------------------------------
// Text from the rubric and the answers: cleaned, then escaped.

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

constexpr char32_t replacement_character = 0xFFFD;

// The code point at `text[at]`, advancing `at` past it; U+FFFD for a byte that
// does not start a well-formed UTF-8 sequence (overlong, surrogate, cut short).
char32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (lead < 0x80) {
        ++at;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2, cp = lead & 0x1F, min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, cp = lead & 0x0F, min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, cp = lead & 0x07, min = 0x10000;
    } else {
        ++at;
        return replacement_character;
    }
    if (at + length > text.size()) {
        ++at;
        return replacement_character;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) {
            ++at;
            return replacement_character;
        }
        cp = (cp << 6) | (byte(at + i) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++at;
        return replacement_character;
    }
    at += length;
    return cp;
}

bool is_bidi_control(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool is_noncharacter(char32_t cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

// `text` as HTML text or attribute value: the five special characters as
// references; control characters (other than tab and line feed) and
// noncharacters dropped, as HTML does not allow them; malformed UTF-8 as U+FFFD;
// bidirectional controls shown as "<U+202E>", as in the text report, so they
// cannot reorder what follows them.
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

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const char c = text[i];
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != prefix[i]) return false;
    }
    return true;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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

// ---------------------------------------------------------------------------
// Figures.

std::string score_text(std::optional<double> score) {
    return score ? fmt::format("{:.2f}", *score) : std::string("\u2013");
}

// A number for SVG coordinates and CSS lengths: short, and without "-0".
std::string num(double value) {
    std::string text = fmt::format("{:.1f}", value);
    if (text == "-0.0") text = "0.0";
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    return text;
}

// The heatmap bucket of a score, 0..4, on the score as shown (two decimals).
int bucket(double score) {
    // From the number as printed, so a cell's color never disagrees with its text.
    const long hundredths =
        std::lround(std::stod(format_score(std::clamp(score, 0.0, 1.0))) * 100.0);
    return static_cast<int>(std::min(4L, hundredths / 20));
}

constexpr std::string_view bucket_labels[] = {"below 0.20", "0.20 to 0.39", "0.40 to 0.59",
                                              "0.60 to 0.79", "0.80 or more"};

// Okabe-Ito: distinguishable with any common color-vision deficiency.
constexpr std::string_view phase_colors[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                             "#E69F00", "#56B4E9", "#000000"};
constexpr std::string_view phase_dashes[] = {"", "9 4", "3 3", "10 3 2 3", "1 4", "14 4", "6 2"};

std::string_view phase_color(std::size_t p) {
    return phase_colors[p % std::size(phase_colors)];
}
std::string_view phase_dash(std::size_t p) {
    return phase_dashes[p % std::size(phase_dashes)];
}

// A vertex marker of a phase: a different shape per phase, so the phases
// differ in more than color.
std::string marker(std::size_t p, double x, double y, std::string_view extra = {}) {
    const std::string_view color = phase_color(p);
    switch (p % 4) {
        case 0:
            return fmt::format(R"(<circle cx="{}" cy="{}" r="3.6" fill="{}"{}/>)", num(x), num(y),
                               color, extra);
        case 1:
            return fmt::format(R"(<rect x="{}" y="{}" width="6.4" height="6.4" fill="{}"{}/>)",
                               num(x - 3.2), num(y - 3.2), color, extra);
        case 2:
            return fmt::format(R"(<path d="M{} {}l4.4 4.4l-4.4 4.4l-4.4-4.4z" fill="{}"{}/>)",
                               num(x), num(y - 4.4), color, extra);
        default:
            return fmt::format(R"(<path d="M{} {}l4.2 7.2h-8.4z" fill="{}"{}/>)", num(x),
                               num(y - 4.6), color, extra);
    }
}

// The area's score in phase `p`; none when the row is short.
std::optional<double> cell_of(const AreaScores& area, std::size_t p) {
    return p < area.by_phase.size() ? area.by_phase[p] : std::nullopt;
}

// ---------------------------------------------------------------------------
// The style sheet: one per report, the same for every report.

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
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 {
  font-size: 1.25rem; margin: 2.5rem 0 .75rem; padding-bottom: .35rem;
  border-bottom: 1px solid var(--line);
}
h2 .count { color: var(--muted); font-weight: normal; }
p { margin: .4rem 0; }
code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace;
  overflow-wrap: anywhere; }
a { color: var(--accent); overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.note-text { white-space: pre-line; }
header .meta { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0; color: var(--muted); }
header .meta dt { display: inline; }
header .meta dt::after { content: ": "; }
header .meta dd { display: inline; margin: 0; color: var(--ink); }

.placement {
  margin: 1.5rem 0 0; padding: 1.25rem 1.5rem; border: 1px solid var(--line);
  border-left: 6px solid var(--accent); border-radius: 6px; background: var(--soft);
}
.placement .label { margin: 0; text-transform: uppercase; letter-spacing: .08em;
  font-size: .8rem; font-weight: 600; color: var(--muted); }
.placement .name { margin: 0 0 .35rem; font-size: 2.6rem; line-height: 1.1; font-weight: 700; }
.placement .summary { font-size: 1.1rem; }
.placement .next { font-weight: 600; }

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

.chart { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; }
.radar { flex: 0 1 37.5rem; width: 37.5rem; max-width: 100%; height: auto; display: block; }
.radar text { font-family: inherit; fill: var(--ink); }
.radar .grid { fill: none; stroke: #c9d1d9; stroke-width: 1; }
.radar .spoke { stroke: #c9d1d9; stroke-width: 1; }
.radar .ring-label { font-size: 11px; fill: var(--muted); paint-order: stroke; stroke: #fff;
  stroke-width: 3px; stroke-linejoin: round; }
.radar .axis-name { font-size: 14px; }
.radar .axis-number { display: none; font-size: 22px; font-weight: 700; }
.radar .shape { stroke-width: 2.5; stroke-linejoin: round; }
.chart-side { flex: 1 1 14rem; }
.legend { list-style: none; margin: 0 0 1rem; padding: 0; }
.legend li { display: flex; align-items: center; gap: .5rem; margin: .3rem 0; }
.legend svg { flex: none; }
.key { display: none; margin: 0 0 1rem; padding-left: 1.6rem; font-size: .95rem; }
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

ol.gaps { margin: 0; padding-left: 2rem; }
.gap { margin: 0 0 1.25rem; padding: .1rem 0 0 .25rem; break-inside: avoid; page-break-inside: avoid; }
.gap::marker { font-weight: 700; color: var(--muted); }
.gap .text { font-weight: 600; margin: 0 0 .2rem; }
.gap .where { margin: 0 0 .4rem; font-size: .9rem; color: var(--muted); }
.essential { display: inline-block; padding: 0 .4rem; border: 1px solid var(--bad); border-radius: 3px;
  color: var(--bad); font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; }
.facts { margin: 0; display: grid; grid-template-columns: 5.5rem minmax(0, 1fr); gap: .2rem .9rem; }
.facts dt { font-weight: 600; color: var(--muted); }
.facts dd { margin: 0; min-width: 0; }
.none-left { color: var(--good); }
.unanswered { padding-left: 1.25rem; }
.unanswered li { margin: 0 0 .5rem; }
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
  .key { display: block; }
  .legend { display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
  .facts { grid-template-columns: 1fr; gap: 0; }
  .facts dd { margin-bottom: .35rem; }
  ol.gaps { padding-left: 1.5rem; }
}

@media print {
  @page { margin: 1.6cm 1.4cm; }
  body { font-size: 10.5pt; background: none; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .placement { background: none; border: 1px solid #888; border-left: 6px solid #333; }
  .ladder .tag { background: none; color: var(--ink); border: 1px solid var(--ink); }
  .ladder li, .chart, .scroll, .unanswered li { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
  .radar { max-width: 32rem; }
  .key { display: none; }
  .radar .axis-name { display: inline; }
  .radar .axis-number { display: none; }
  a { color: var(--ink); text-decoration: none; }
  a[href]:not(.url)::after { content: " (" attr(href) ")"; }
  a.url { text-decoration: underline; }
}
)css";

// ---------------------------------------------------------------------------
// Sections.

std::string render_header(const Result& result) {
    std::string out = "<header>\n";
    out += fmt::format("<h1>{} {}</h1>\n", esc(result.rubric.title), esc(result.rubric.version));
    out += "<dl class=\"meta\">\n";
    out += fmt::format("<div><dt>Team</dt><dd>{}</dd></div>\n", esc(result.team));
    out += fmt::format("<div><dt>Date</dt><dd>{}</dd></div>\n", esc(result.date));
    if (!result.respondent.empty()) {
        out += fmt::format("<div><dt>Respondent</dt><dd>{}</dd></div>\n", esc(result.respondent));
    }
    out += "</dl>\n</header>\n";
    return out;
}

std::string render_placement(const Result& result) {
    std::string out = "<section class=\"placement\" aria-labelledby=\"placement-name\">\n";
    out += "<p class=\"label\">Placement</p>\n";
    const std::string name =
        result.placement ? result.phases[*result.placement].name : std::string("None yet");
    out += fmt::format("<p class=\"name\" id=\"placement-name\">{}</p>\n", esc(name));
    const PlacementWords words = placement_words(result);
    if (!words.summary.empty()) {
        out += fmt::format("<p class=\"summary\">{}</p>\n", esc(words.summary));
    }
    if (!words.next.empty()) out += fmt::format("<p class=\"next\">{}</p>\n", esc(words.next));
    for (const std::string& note : words.notes)
        out += fmt::format("<p>{}</p>\n", esc(note));
    out += "</section>\n";
    return out;
}

std::string status_paragraph(const PhaseScore& phase) {
    // The same words as the other reports, with a capital and a mark besides the color.
    std::string status = gait::phase_status(phase);
    status[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(status[0])));
    return fmt::format(R"(<p class="status {}"><span aria-hidden="true">{} </span>{}</p>)",
                       phase.achieved ? "yes" : "no", phase.achieved ? "✓" : "✗", esc(status));
}

std::string phase_bar(const PhaseScore& phase) {
    const double fill = std::clamp(phase.score.value_or(0.0), 0.0, 1.0) * 100.0;
    const double threshold = std::clamp(phase.threshold, 0.0, 1.0) * 100.0;
    std::string out =
        R"(<svg class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">)";
    out += R"(<rect class="track" x="0" y="2" width="100" height="8"/>)";
    if (fill > 0) {
        out += fmt::format(R"(<rect class="fill {}" x="0" y="2" width="{}" height="8"/>)",
                           phase.achieved ? "yes" : "no", num(fill));
    }
    out += fmt::format(
        R"(<line class="threshold" x1="{0}" y1="0" x2="{0}" y2="12" vector-effect="non-scaling-stroke"/>)",
        num(threshold));
    out += "</svg>";
    return out;
}

std::string render_phases(const Result& result) {
    std::string out = "<section aria-labelledby=\"phases\">\n<h2 id=\"phases\">Phases</h2>\n";
    out += "<ol class=\"ladder\">\n";
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        const PhaseScore& phase = result.phases[p];
        out += "<li>\n";
        std::string tag;
        if (result.placement == p) tag = R"( <span class="tag">Placement</span>)";
        if (result.next == p) tag = R"( <span class="tag">Next</span>)";
        out += fmt::format("<p class=\"phase\">{}{}</p>\n", esc(phase.name), tag);
        out += status_paragraph(phase) + "\n";
        out += phase_bar(phase) + "\n";
        out += fmt::format(
            "<p class=\"figures\"><strong>{}</strong> <span class=\"needs\">needs "
            "{:.2f}</span></p>\n",
            score_text(phase.score), phase.threshold);
        if (!phase.summary.empty()) {
            out += fmt::format("<p class=\"summary\">{}</p>\n", esc(phase.summary));
        }
        if (!phase.essentials_missing.empty()) {
            std::string ids;
            for (const std::string& id : phase.essentials_missing) {
                if (!ids.empty()) ids += ", ";
                ids += "<code>" + esc(id) + "</code>";
            }
            out += fmt::format("<p class=\"missing\">Essential{} short of full credit: {}</p>\n",
                               phase.essentials_missing.size() == 1 ? "" : "s", ids);
        }
        out += "</li>\n";
    }
    out += "</ol>\n</section>\n";
    return out;
}

// Breaks `text` into at most `max_lines` lines of about `width` characters, at
// spaces; a word too long for a line, or text too long for the lines, is cut
// with an ellipsis, so the label stays inside the chart.
std::vector<std::string> label_lines(const std::string& text, std::size_t width,
                                     std::size_t max_lines) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        std::string word = text.substr(at, end - at);
        if (display_width(word) > width + 2) word = truncate(word, width);
        if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
            lines.push_back(line);
            line.clear();
        }
        if (!word.empty()) line += (line.empty() ? "" : " ") + word;
        at = end + 1;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    if (lines.size() > max_lines) {
        lines.resize(max_lines);
        std::string& last = lines.back();
        last = display_width(last) < width ? last + "…" : truncate(last + "…", display_width(last));
    }
    return lines;
}

constexpr double radar_radius = 150.0;
constexpr double label_gap = 16.0;
constexpr double line_height = 16.0;
constexpr std::size_t label_width = 18;  // characters per line of an axis name
constexpr std::size_t max_label_lines = 4;
constexpr double pi = 3.14159265358979323846;

std::string render_radar(const Result& result) {
    const std::size_t n = result.areas.size();
    std::string out = "<section aria-labelledby=\"radar\">\n<h2 id=\"radar\">Areas</h2>\n";
    if (n == 0 || result.phases.empty()) {
        return out + "<p>The rubric has no areas to chart.</p>\n</section>\n";
    }
    const auto angle = [&](std::size_t i) { return -pi / 2 + 2 * pi * double(i) / double(n); };

    // Room for the labels: measured from the lines they wrap to.
    std::vector<std::vector<std::string>> labels;
    double top = radar_radius + 30, bottom = radar_radius + 30;
    for (std::size_t i = 0; i < n; ++i) {
        labels.push_back(label_lines(result.areas[i].name, label_width, max_label_lines));
        const double height = double(labels.back().size()) * line_height + label_gap + 14;
        const double s = std::sin(angle(i));
        if (s < -0.5) top = std::max(top, radar_radius * -s + height);
        if (s > 0.5) bottom = std::max(bottom, radar_radius * s + height);
    }
    const double side = radar_radius + 150;
    const double cx = side, cy = top;
    const double width = 2 * side, height = top + bottom;

    out += "<div class=\"chart\">\n";
    out += fmt::format(
        R"(<svg class="radar" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-labelledby="radar-title radar-desc" xmlns="http://www.w3.org/2000/svg">)",
        num(width), num(height), num(width), num(height));
    out += "\n<title id=\"radar-title\">Area scores by phase</title>\n";
    out +=
        "<desc id=\"radar-desc\">A radar chart with one axis per area and one shape per "
        "phase; the centre is 0 and the outer ring 1. The same scores are in the table "
        "below.</desc>\n";

    const auto point = [&](std::size_t i, double r) {
        return std::pair<double, double>{cx + r * std::cos(angle(i)), cy + r * std::sin(angle(i))};
    };
    // Rings at 0.25, 0.5, 0.75 and 1, and one spoke per area.
    out += "<g aria-hidden=\"true\">\n";
    for (int ring = 1; ring <= 4; ++ring) {
        const double r = radar_radius * ring / 4.0;
        std::string d;
        for (std::size_t i = 0; i < n; ++i) {
            const auto [x, y] = point(i, r);
            d += fmt::format("{}{} {}", i == 0 ? "M" : "L", num(x), num(y));
        }
        if (n < 3) {
            d = fmt::format("M{} {}a{} {} 0 1 0 {} 0a{} {} 0 1 0 {} 0", num(cx - r), num(cy),
                            num(r), num(r), num(2 * r), num(r), num(r), num(-2 * r));
        } else {
            d += "Z";
        }
        out += fmt::format("<path class=\"grid\" d=\"{}\"/>\n", d);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, radar_radius);
        out += fmt::format(R"(<line class="spoke" x1="{}" y1="{}" x2="{}" y2="{}"/>)", num(cx),
                           num(cy), num(x), num(y));
        out += "\n";
    }
    // Axis labels: a number, and the area name beside it on wide screens.
    for (std::size_t i = 0; i < n; ++i) {
        const double c = std::cos(angle(i)), s = std::sin(angle(i));
        const auto [x, y] = point(i, radar_radius + label_gap);
        const std::string_view anchor = c > 0.3 ? "start" : c < -0.3 ? "end" : "middle";
        const std::vector<std::string>& lines = labels[i];
        // The first line's baseline: labels above the chart grow upwards, below it downwards.
        const double lines_height = double(lines.size()) * line_height;
        double y0 = y + 4 - (lines_height - line_height) / 2;
        if (s < -0.5) y0 = y - lines_height + line_height - 2;
        if (s > 0.5) y0 = y + line_height;
        out += fmt::format(R"(<text class="axis-name" text-anchor="{}">)", anchor);
        for (std::size_t l = 0; l < lines.size(); ++l) {
            const std::string number = l == 0 ? fmt::format("{}. ", i + 1) : "";
            out += fmt::format(R"(<tspan x="{}" y="{}">{}{}</tspan>)", num(x),
                               num(y0 + double(l) * line_height), number, esc(lines[l]));
        }
        out += "</text>\n";
        out += fmt::format(R"(<text class="axis-number" text-anchor="{}" x="{}" y="{}">{}</text>)",
                           anchor, num(x),
                           num(s < -0.5  ? y - 2
                               : s > 0.5 ? y + 16
                                         : y + 6),
                           i + 1);
        out += "\n";
    }
    out += "</g>\n";
    // One shape per phase; a cell with no score at the centre.
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        std::string points, markers;
        for (std::size_t i = 0; i < n; ++i) {
            const std::optional<double> cell = cell_of(result.areas[i], p);
            const double r = radar_radius * std::clamp(cell.value_or(0.0), 0.0, 1.0);
            const auto [x, y] = point(i, r);
            points += fmt::format("{}{},{}", i == 0 ? "" : " ", num(x), num(y));
            markers += marker(p, x, y);
        }
        const std::string dash =
            phase_dash(p).empty() ? "" : fmt::format(R"( stroke-dasharray="{}")", phase_dash(p));
        out +=
            fmt::format(R"(<g class="phase-shape"><title>{}</title>)", esc(result.phases[p].name));
        out += fmt::format(R"(<polygon class="shape" points="{}" fill="none" stroke="{}"{}/>)",
                           points, phase_color(p), dash);
        out += markers + "</g>\n";
    }
    // The ring values, between the last axis and the first, over the shapes.
    out += "<g aria-hidden=\"true\">\n";
    const double between = -pi / 2 - pi / double(n);
    for (int ring = 1; ring <= 4; ++ring) {
        const double r = radar_radius * ring / 4.0;
        out += fmt::format(
            R"(<text class="ring-label" text-anchor="middle" x="{}" y="{}">{:.2f}</text>)",
            num(cx + r * std::cos(between)), num(cy + r * std::sin(between) + 4), ring / 4.0);
        out += "\n";
    }
    out += "</g>\n";
    out += "</svg>\n";

    out += "<div class=\"chart-side\">\n<ul class=\"legend\">\n";
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        const std::string dash =
            phase_dash(p).empty() ? "" : fmt::format(R"( stroke-dasharray="{}")", phase_dash(p));
        out += fmt::format(
            R"(<li><svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true" focusable="false"><line x1="2" y1="7" x2="42" y2="7" stroke="{}" stroke-width="2.5"{}/>{}</svg>{}</li>)",
            phase_color(p), dash, marker(p, 22, 7), esc(result.phases[p].name));
        out += "\n";
    }
    out += "</ul>\n<ol class=\"key\">\n";
    for (const AreaScores& area : result.areas) {
        out += fmt::format("<li>{}</li>\n", esc(area.name));
    }
    out += "</ol>\n";

    // Where a shape touches the centre for want of a score, say so.
    std::string missing;
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        std::string names;
        for (const AreaScores& area : result.areas) {
            if (cell_of(area, p)) continue;
            names += (names.empty() ? "" : ", ") + esc(area.name);
        }
        if (names.empty()) continue;
        missing +=
            fmt::format("{}{}: {}", missing.empty() ? "" : "; ", esc(result.phases[p].name), names);
    }
    if (n < 3) {
        out +=
            "<p class=\"chart-note\">With fewer than three areas the shapes are flat; the "
            "table below is easier to read.</p>\n";
    }
    if (!missing.empty()) {
        out += fmt::format(
            "<p class=\"chart-note\">No score, drawn at 0 (nothing in it applies or was "
            "scored): {}.</p>\n",
            missing);
    }
    out += "</div>\n</div>\n</section>\n";
    return out;
}

std::string heat_cell(std::optional<double> score, std::string_view tag = "td") {
    if (!score) {
        return fmt::format(
            R"(<{0} class="none"><span aria-hidden="true">–</span><span class="sr">no score</span></{0}>)",
            tag);
    }
    return fmt::format(R"(<{0} class="s{1}">{2}</{0}>)", tag, bucket(*score), score_text(score));
}

std::string render_heatmap(const Result& result) {
    std::string out =
        "<section aria-labelledby=\"heatmap\">\n<h2 id=\"heatmap\">Areas by phase</h2>\n";
    out += R"(<div class="scroll" role="region" aria-labelledby="heatmap" tabindex="0">)";
    out += "\n<table class=\"heatmap\">\n<thead>\n<tr><th scope=\"col\">Area</th>";
    for (const PhaseScore& phase : result.phases) {
        out += fmt::format("<th scope=\"col\">{}</th>", esc(phase.name));
    }
    out += "</tr>\n</thead>\n<tbody>\n";
    for (const AreaScores& area : result.areas) {
        out += fmt::format("<tr><th scope=\"row\">{}</th>", esc(area.name));
        for (std::size_t p = 0; p < result.phases.size(); ++p)
            out += heat_cell(cell_of(area, p));
        out += "</tr>\n";
    }
    out += "</tbody>\n<tfoot>\n<tr><th scope=\"row\">Whole phase</th>";
    for (const PhaseScore& phase : result.phases)
        out += heat_cell(phase.score);
    out += "</tr>\n</tfoot>\n</table>\n</div>\n";
    out += "<ul class=\"scale\" aria-label=\"Color scale\">\n";
    for (int b = 0; b < 5; ++b) {
        out += fmt::format("<li><span class=\"swatch s{}\" aria-hidden=\"true\"></span>{}</li>\n",
                           b, bucket_labels[b]);
    }
    out += "<li><span class=\"swatch none\" aria-hidden=\"true\">–</span>no score</li>\n";
    out += "</ul>\n</section>\n";
    return out;
}

std::string render_gap(const Result& result, const Gap& gap) {
    std::string out = "<li class=\"gap\">\n";
    out += fmt::format("<p class=\"text\">{}</p>\n", esc(gap.text));
    out += fmt::format("<p class=\"where\"><code>{}</code> · {} · {}", esc(gap.question),
                       esc(phase_name(result, gap.phase)), esc(area_name(result, gap.area)));
    if (gap.essential) out += " <span class=\"essential\">Essential</span>";
    out += "</p>\n<dl class=\"facts\">\n";
    const std::string answer =
        gap.answer ? fmt::format("{} ({})", esc(gap.answer_label), score_text(gap.value))
                   : std::string("Unanswered (counted as 0)");
    out += fmt::format("<dt>Answer</dt><dd>{}</dd>\n", answer);
    out += fmt::format("<dt>Weight</dt><dd>{}</dd>\n", gap.weight);
    if (!gap.note.empty()) {
        out += fmt::format("<dt>Note</dt><dd class=\"note-text\">{}</dd>\n", esc(gap.note));
    }
    if (!gap.evidence.empty()) {
        out += fmt::format("<dt>Evidence</dt><dd>{}</dd>\n", evidence_html(gap.evidence));
    }
    if (!gap.guidance.empty()) {
        out += fmt::format("<dt>To do</dt><dd class=\"note-text\">{}</dd>\n", esc(gap.guidance));
    }
    out += "</dl>\n</li>\n";
    return out;
}

std::string render_gaps(const Result& result, GapKind kind, const std::string& phase,
                        std::string_view verb, std::string_view id) {
    std::vector<const Gap*> gaps;
    for (const Gap& gap : result.gaps) {
        if (gap.kind == kind) gaps.push_back(&gap);
    }
    std::string out = fmt::format(
        "<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1} {2} <span class=\"count\">· "
        "{3}</span></h2>\n",
        id, verb, esc(phase), count_of(gaps.size(), "gap"));
    if (gaps.empty()) {
        out += "<p class=\"none-left\">Every question has full credit.</p>\n";
    } else {
        out += "<ol class=\"gaps\">\n";
        for (const Gap* gap : gaps)
            out += render_gap(result, *gap);
        out += "</ol>\n";
    }
    out += "</section>\n";
    return out;
}

std::string render_unanswered(const Result& result) {
    if (result.unanswered.empty()) return {};
    std::string out = fmt::format(
        "<section aria-labelledby=\"unanswered\">\n<h2 id=\"unanswered\">Unanswered <span "
        "class=\"count\">· {} (counted as 0)</span></h2>\n<ul class=\"unanswered\">\n",
        count_of(result.unanswered.size(), "question"));
    for (const UnansweredQuestion& question : result.unanswered) {
        out += fmt::format("<li><code>{}</code> · {} · {}<br>{}</li>\n", esc(question.question),
                           esc(phase_name(result, question.phase)),
                           esc(area_name(result, question.area)), esc(question.text));
    }
    out += "</ul>\n</section>\n";
    return out;
}

}  // namespace

std::string render_html(const Result& result) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"gait\">\n";
    out += fmt::format("<title>{} · {} {} · {}</title>\n", esc(result.team),
                       esc(result.rubric.title), esc(result.rubric.version), esc(result.date));
    out += "<style>";
    out += style_sheet;
    out += "</style>\n</head>\n<body>\n<main>\n";
    out += render_header(result);
    out += render_placement(result);
    out += render_phases(result);
    out += render_radar(result);
    out += render_heatmap(result);
    if (result.placement) {
        out += render_gaps(result, GapKind::hold, result.phases[*result.placement].name, "To hold",
                           "hold");
    }
    if (result.next) {
        out += render_gaps(result, GapKind::reach, result.phases[*result.next].name, "To reach",
                           "reach");
    }
    out += render_unanswered(result);
    out += "<footer>Made with gait, an SRE maturity self-assessment.</footer>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace gait
