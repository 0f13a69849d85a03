#include "format/html_radar.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "format/html_page.hpp"

// Every string taken from the radar (an axis, a series) reaches the output
// through esc(); everything else written here is numbers and fixed words.

namespace gait::html {

// Okabe-Ito: distinguishable with any common color-vision deficiency.
constexpr std::string_view series_colors[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                              "#E69F00", "#56B4E9", "#000000"};
constexpr std::string_view series_dashes[] = {"", "9 4", "3 3", "10 3 2 3", "1 4", "14 4", "6 2"};

std::string_view series_color(std::size_t s) {
    return series_colors[s % std::size(series_colors)];
}

std::string dash_attribute(std::size_t s) {
    const std::string_view dash = series_dashes[s % std::size(series_dashes)];
    return dash.empty() ? std::string() : fmt::format(R"( stroke-dasharray="{}")", dash);
}

// A vertex marker of a series: a different shape per series, so the series
// differ in more than color.
std::string marker(std::size_t s, double x, double y) {
    const std::string_view color = series_color(s);
    switch (s % 4) {
        case 0:
            return fmt::format(R"(<circle cx="{}" cy="{}" r="3.6" fill="{}"/>)", num(x), num(y),
                               color);
        case 1:
            return fmt::format(R"(<rect x="{}" y="{}" width="6.4" height="6.4" fill="{}"/>)",
                               num(x - 3.2), num(y - 3.2), color);
        case 2:
            return fmt::format(R"(<path d="M{} {}l4.4 4.4l-4.4 4.4l-4.4-4.4z" fill="{}"/>)", num(x),
                               num(y - 4.4), color);
        default:
            return fmt::format(R"(<path d="M{} {}l4.2 7.2h-8.4z" fill="{}"/>)", num(x),
                               num(y - 4.6), color);
    }
}

namespace {

// The value of series `s` on axis `axis`, in [0,1]; none when the document has
// none there (a short row, an empty value, not a number).
std::optional<double> value_of(const doc::Radar& radar, std::size_t s, std::size_t axis) {
    if (s >= radar.values.size() || axis >= radar.values[s].size()) return std::nullopt;
    const std::optional<double>& value = radar.values[s][axis];
    if (!value || std::isnan(*value)) return std::nullopt;
    return std::clamp(*value, 0.0, 1.0);
}

// Breaks `text` into at most `max_lines` lines of about `width` characters, at
// spaces; a word too long for a line, or text too long for the lines, is cut
// with an ellipsis, so the label stays inside the chart. Raw text: the caller
// escapes each line.
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

using Point = std::pair<double, double>;

std::string points_text(const std::vector<Point>& points) {
    std::string out;
    for (const auto& [x, y] : points)
        out += fmt::format("{}{},{}", out.empty() ? "" : " ", num(x), num(y));
    return out;
}

// The runs of consecutive present values of a series with some missing: each
// run starts after a missing value and goes on, round the chart, to the next
// missing one. Axis indexes, in order.
std::vector<std::vector<std::size_t>> present_runs(const std::vector<bool>& present) {
    const std::size_t n = present.size();
    std::vector<std::vector<std::size_t>> runs;
    for (std::size_t start = 0; start < n; ++start) {
        if (!present[start] || present[(start + n - 1) % n]) continue;
        std::vector<std::size_t> run;
        for (std::size_t i = start; present[i % n] && run.size() < n; ++i)
            run.push_back(i % n);
        runs.push_back(std::move(run));
    }
    return runs;
}

}  // namespace

std::string radar_svg(const doc::Radar& radar, std::string_view id) {
    const std::size_t n = radar.axes.size();
    if (n == 0 || radar.series.empty()) {
        return "<p class=\"muted\">Nothing to chart.</p>\n";
    }
    const auto angle = [&](std::size_t i) { return -pi / 2 + 2 * pi * double(i) / double(n); };

    // Room for the labels: measured from the lines they wrap to.
    std::vector<std::vector<std::string>> labels;
    double top = radar_radius + 30, bottom = radar_radius + 30;
    for (std::size_t i = 0; i < n; ++i) {
        labels.push_back(label_lines(radar.axes[i], label_width, max_label_lines));
        const double height = double(labels.back().size()) * line_height + label_gap + 14;
        const double s = std::sin(angle(i));
        if (s < -0.5) top = std::max(top, radar_radius * -s + height);
        if (s > 0.5) bottom = std::max(bottom, radar_radius * s + height);
    }
    const double side = radar_radius + 150;
    const double cx = side, cy = top;
    const double width = 2 * side, height = top + bottom;
    const std::string title_id = fmt::format("{}-title", esc(id));
    const std::string desc_id = fmt::format("{}-desc", esc(id));

    std::string out = "<div class=\"chart\">\n";
    out += fmt::format(
        R"(<svg class="radar" viewBox="0 0 {0} {1}" width="{0}" height="{1}" role="img" aria-labelledby="{2} {3}" xmlns="http://www.w3.org/2000/svg">)",
        num(width), num(height), title_id, desc_id);
    out += fmt::format("\n<title id=\"{}\">Area scores by phase</title>\n", title_id);
    out += fmt::format(
        "<desc id=\"{}\">A radar chart with one axis per area and one shape per phase; the "
        "centre is 0 and the outer ring 1. Where a phase has no score in an area, its shape "
        "has no point on that axis. The same scores are in the table.</desc>\n",
        desc_id);

    const auto point = [&](std::size_t i, double r) {
        return Point{cx + r * std::cos(angle(i)), cy + r * std::sin(angle(i))};
    };
    // Rings at 0.25, 0.5, 0.75 and 1, and one spoke per axis.
    out += "<g aria-hidden=\"true\">\n";
    for (int ring = 1; ring <= 4; ++ring) {
        const double r = radar_radius * ring / 4.0;
        std::string d;
        if (n < 3) {
            d = fmt::format("M{} {}a{} {} 0 1 0 {} 0a{} {} 0 1 0 {} 0", num(cx - r), num(cy),
                            num(r), num(r), num(2 * r), num(r), num(r), num(-2 * r));
        } else {
            for (std::size_t i = 0; i < n; ++i) {
                const auto [x, y] = point(i, r);
                d += fmt::format("{}{} {}", i == 0 ? "M" : "L", num(x), num(y));
            }
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
    // Axis labels: a number, and the axis's name beside it on wide screens.
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

    // One shape per series: a polygon when every value is there; otherwise the
    // runs of present values as polylines, and a missing value drawn as nothing.
    for (std::size_t s = 0; s < radar.series.size(); ++s) {
        std::vector<bool> present(n, false);
        std::vector<Point> points(n);
        std::string markers;
        for (std::size_t i = 0; i < n; ++i) {
            const std::optional<double> value = value_of(radar, s, i);
            if (!value) continue;
            present[i] = true;
            points[i] = point(i, radar_radius * *value);
            markers += marker(s, points[i].first, points[i].second);
        }
        if (markers.empty()) continue;  // nothing to draw: the chart note says so
        const std::string stroke =
            fmt::format(R"( fill="none" stroke="{}"{})", series_color(s), dash_attribute(s));
        out += fmt::format(R"(<g class="phase-shape"><title>{}</title>)", esc(radar.series[s]));
        if (std::all_of(present.begin(), present.end(), [](bool p) { return p; })) {
            out += fmt::format(R"(<polygon class="shape" points="{}"{}/>)", points_text(points),
                               stroke);
        } else {
            for (const std::vector<std::size_t>& run : present_runs(present)) {
                if (run.size() < 2) continue;  // a lone value: its marker alone
                std::vector<Point> line;
                for (const std::size_t i : run)
                    line.push_back(points[i]);
                out += fmt::format(R"(<polyline class="shape" points="{}"{}/>)", points_text(line),
                                   stroke);
            }
        }
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
    out += "</g>\n</svg>\n";

    out += "<div class=\"chart-side\">\n<ul class=\"legend\">\n";
    for (std::size_t s = 0; s < radar.series.size(); ++s) {
        out += fmt::format(
            R"(<li><svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true" focusable="false"><line x1="2" y1="7" x2="42" y2="7" stroke="{}" stroke-width="2.5"{}/>{}</svg>{}</li>)",
            series_color(s), dash_attribute(s), marker(s, 22, 7), esc(radar.series[s]));
        out += "\n";
    }
    out += "</ul>\n<ol class=\"key\">\n";
    for (const std::string& axis : radar.axes)
        out += fmt::format("<li>{}</li>\n", esc(axis));
    out += "</ol>\n";

    // Where a shape has no point for want of a score, say so.
    std::string missing;
    for (std::size_t s = 0; s < radar.series.size(); ++s) {
        std::string names;
        for (std::size_t i = 0; i < n; ++i) {
            if (value_of(radar, s, i)) continue;
            names += (names.empty() ? "" : ", ") + esc(radar.axes[i]);
        }
        if (names.empty()) continue;
        missing +=
            fmt::format("{}{}: {}", missing.empty() ? "" : "; ", esc(radar.series[s]), names);
    }
    if (n < 3) {
        out +=
            "<p class=\"chart-note\">With fewer than three areas the shapes are flat; the "
            "table is easier to read.</p>\n";
    }
    if (!missing.empty()) {
        out += fmt::format(
            "<p class=\"chart-note\">No score (nothing in it applies or was scored), so no "
            "point on that axis and no line through it: {}.</p>\n",
            missing);
    }
    out += "</div>\n</div>\n";
    return out;
}

}  // namespace gait::html
