#include "format/html_chart.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "format/html_page.hpp"
#include "format/html_radar.hpp"

// Every string taken from the series (a line, a point, a level) reaches the
// output through esc(); everything else written here is numbers and fixed words.

namespace gait::html {
namespace {

constexpr double chart_width = 640;
constexpr double plot_height = 200;
constexpr double top_margin = 14;
constexpr double bottom_margin = 42;  // the first and last points' labels
constexpr double right_margin = 18;
constexpr double char_width = 7.5;        // of a 13px label, about
constexpr std::size_t level_chars = 14;   // a level's name is cut to this
constexpr std::size_t markers_most = 60;  // more points than this: lines alone

// Where values sit on the chart.
struct Frame {
    double left = 0;  // the plot's left edge
    double plot_width = 0;
    std::size_t points = 0;
    std::size_t levels = 0;  // 0: values are scores in [0,1]

    double x(std::size_t i) const {
        if (points < 2) return left + plot_width / 2;
        return left + plot_width * double(i) / double(points - 1);
    }
    double y(double value) const {
        const double height = levels >= 2 ? value / double(levels - 1) : value;
        return top_margin + plot_height * (1 - std::clamp(height, 0.0, 1.0));
    }
};

std::optional<double> value_at(const doc::SeriesLine& line, std::size_t i) {
    if (i >= line.values.size() || !line.values[i] || std::isnan(*line.values[i]))
        return std::nullopt;
    return line.values[i];
}

// The grid: a line and a label per quarter of a score, or per level.
std::string grid(const doc::Series& series, const Frame& frame) {
    std::string out = "<g aria-hidden=\"true\">\n";
    const auto rule = [&](double value, const std::string& label) {
        const double y = frame.y(value);
        out += fmt::format(R"(<line class="grid" x1="{}" y1="{}" x2="{}" y2="{}"/>)",
                           num(frame.left), num(y), num(frame.left + frame.plot_width), num(y));
        out += fmt::format(R"(<text class="tick" text-anchor="end" x="{}" y="{}">{}</text>)",
                           num(frame.left - 6), num(y + 4), label);
        out += "\n";
    };
    if (series.levels.size() >= 2) {
        for (std::size_t l = 0; l < series.levels.size(); ++l)
            rule(double(l), esc(truncate(series.levels[l], level_chars)));
    } else {
        for (int quarter = 0; quarter <= 4; ++quarter)
            rule(quarter / 4.0, fmt::format("{:.2f}", quarter / 4.0));
    }
    const double label_y = top_margin + plot_height + 22;
    out += fmt::format(R"(<text class="tick" text-anchor="start" x="{}" y="{}">{}</text>)",
                       num(frame.left), num(label_y), esc(series.points.front()));
    if (series.points.size() > 1) {
        out += fmt::format(R"(<text class="tick" text-anchor="end" x="{}" y="{}">{}</text>)",
                           num(frame.left + frame.plot_width), num(label_y),
                           esc(series.points.back()));
    }
    return out + "\n</g>\n";
}

// How far line `s` of a step chart is moved up or down, so that lines on the
// same level run side by side instead of hiding one another (each area's
// placement); 0 for a single line or for scores, which seldom coincide.
double step_offset(const doc::Series& series, std::size_t s) {
    const std::size_t count = series.lines.size();
    if (series.levels.size() < 2 || count < 2) return 0;
    const double level_gap = plot_height / double(series.levels.size() - 1);
    const double gap = std::min(3.0, level_gap * 0.6 / double(count));
    return (double(s) - double(count - 1) / 2) * gap;
}

// A line's path: a run of present values joined, a missing value a break; a
// step line goes across, then up or down.
std::string line_path(const doc::SeriesLine& line, const Frame& frame, bool steps, double offset) {
    std::string d;
    std::optional<double> previous_y;
    for (std::size_t i = 0; i < frame.points; ++i) {
        const std::optional<double> value = value_at(line, i);
        if (!value) {
            previous_y.reset();
            continue;
        }
        const double x = frame.x(i), y = frame.y(*value) + offset;
        if (!previous_y) {
            d += fmt::format("M{} {}", num(x), num(y));
        } else if (steps) {
            d += fmt::format("H{}V{}", num(x), num(y));
        } else {
            d += fmt::format("L{} {}", num(x), num(y));
        }
        previous_y = y;
    }
    return d;
}

std::string lines(const doc::Series& series, const Frame& frame) {
    std::string out;
    const bool steps = series.levels.size() >= 2;
    for (std::size_t s = 0; s < series.lines.size(); ++s) {
        const doc::SeriesLine& line = series.lines[s];
        const double offset = step_offset(series, s);
        std::string markers;
        for (std::size_t i = 0; i < frame.points && frame.points <= markers_most; ++i) {
            if (const std::optional<double> value = value_at(line, i))
                markers += marker(s, frame.x(i), frame.y(*value) + offset);
        }
        const std::string d = line_path(line, frame, steps, offset);
        if (d.empty()) continue;
        out += fmt::format(R"(<g class="series-line"><title>{}</title>)", esc(line.name));
        out += fmt::format(R"(<path class="line" d="{}" fill="none" stroke="{}"{}/>)", d,
                           series_color(s), dash_attribute(s));
        out += markers + "</g>\n";
    }
    return out;
}

std::string legend(const doc::Series& series) {
    std::string out = "<div class=\"chart-side\">\n<ul class=\"legend\">\n";
    for (std::size_t s = 0; s < series.lines.size(); ++s) {
        out += fmt::format(
            R"(<li><svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true" focusable="false"><line x1="2" y1="7" x2="42" y2="7" stroke="{}" stroke-width="2.5"{}/>{}</svg>{}</li>)",
            series_color(s), dash_attribute(s), marker(s, 22, 7), esc(series.lines[s].name));
        out += "\n";
    }
    return out + "</ul>\n</div>\n";
}

}  // namespace

std::string line_chart_svg(const doc::Series& series, std::string_view id) {
    if (series.points.empty() || series.lines.empty()) {
        return "<p class=\"muted\">Nothing to chart.</p>\n";
    }
    std::size_t label_chars = 4;  // "0.75"
    for (const std::string& level : series.levels)
        label_chars = std::max(label_chars, std::min(display_width(level), level_chars));
    Frame frame;
    frame.left = 10 + double(label_chars) * char_width;
    frame.plot_width = chart_width - frame.left - right_margin;
    frame.points = series.points.size();
    frame.levels = series.levels.size();
    const double height = top_margin + plot_height + bottom_margin;
    const std::string title_id = fmt::format("{}-title", esc(id));
    const std::string desc_id = fmt::format("{}-desc", esc(id));

    std::string out = "<div class=\"chart\">\n";
    out += fmt::format(
        R"(<svg class="line-chart" viewBox="0 0 {0} {1}" width="{0}" height="{1}" role="img" aria-labelledby="{2} {3}" xmlns="http://www.w3.org/2000/svg">)",
        num(chart_width), num(height), title_id, desc_id);
    out += fmt::format("\n<title id=\"{}\">{}</title>\n", title_id, esc(series.caption));
    out += fmt::format(
        "<desc id=\"{}\">A line chart of {} points, {} to {}, spaced evenly, oldest on the left; "
        "{}. A missing value breaks its line.</desc>\n",
        desc_id, frame.points, esc(series.points.front()), esc(series.points.back()),
        frame.levels >= 2 ? "each level is a grid line, and the line steps between them"
                          : "the bottom is 0 and the top 1");
    out += grid(series, frame) + lines(series, frame) + "</svg>\n";
    return out + legend(series) + "</div>\n";
}

}  // namespace gait::html
