#include "gait/report_html.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "gait/text_format.hpp"

#include "html_page.hpp"
#include "report_wording.hpp"

namespace gait {
namespace {

using html::esc;
using html::heat_cell;
using html::num;
using html::score_text;

// ---------------------------------------------------------------------------
// Evidence from the answers: a link only to the web.

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

std::string render_heatmap(const Result& result) {
    std::string table = "<table class=\"heatmap\">\n<thead>\n<tr><th scope=\"col\">Area</th>";
    for (const PhaseScore& phase : result.phases) {
        table += fmt::format("<th scope=\"col\">{}</th>", esc(phase.name));
    }
    table += "</tr>\n</thead>\n<tbody>\n";
    for (const AreaScores& area : result.areas) {
        table += fmt::format("<tr><th scope=\"row\">{}</th>", esc(area.name));
        for (std::size_t p = 0; p < result.phases.size(); ++p)
            table += heat_cell(cell_of(area, p));
        table += "</tr>\n";
    }
    table += "</tbody>\n<tfoot>\n<tr><th scope=\"row\">Whole phase</th>";
    for (const PhaseScore& phase : result.phases)
        table += heat_cell(phase.score);
    table += "</tr>\n</tfoot>\n</table>\n";
    return html::section("heatmap", "Areas by phase",
                         html::scroll_box("heatmap", table) + html::color_scale());
}

std::string render_gap(const Result& result, const Gap& gap) {
    const std::string answer =
        gap.answer ? fmt::format("{} ({})", esc(gap.answer_label), score_text(gap.value))
                   : std::string("Unanswered (counted as 0)");
    std::string facts = html::fact("Answer", answer);
    facts += html::fact("Weight", fmt::format("{}", gap.weight));
    if (!gap.note.empty()) facts += html::fact("Note", esc(gap.note), true);
    if (!gap.evidence.empty()) facts += html::fact("Evidence", evidence_html(gap.evidence));
    if (!gap.guidance.empty()) facts += html::fact("To do", esc(gap.guidance), true);
    return html::question_item({gap.text, gap.question, phase_name(result, gap.phase),
                                area_name(result, gap.area), gap.essential},
                               facts);
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
    std::string out = render_header(result);
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
    const std::string title =
        fmt::format("{} · {} {} · {}", esc(result.team), esc(result.rubric.title),
                    esc(result.rubric.version), esc(result.date));
    return html::page(title, out, html::Sheet::team);
}

}  // namespace gait
