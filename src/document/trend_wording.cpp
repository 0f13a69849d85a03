#include "document/trend_wording.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/document/trend_document.hpp"
#include "gait/util/text_format.hpp"

namespace gait {

std::string trend_placement_name(const Trend& trend, std::optional<std::size_t> phase) {
    return phase && *phase < trend.phases.size() ? trend.phases[*phase].name : "none yet";
}

std::string held_sentence(const Trend& trend, const TeamTrend& team) {
    if (team.points.empty()) return {};
    // The sentence starts with it: "None yet since …".
    const std::string name = capitalized(trend_placement_name(trend, team.points.back().placement));
    const Held& held = team.held;
    if (held.assessments == 1)
        return fmt::format("{} at the latest assessment, {}, only.", name, held.since);
    return fmt::format(
        "{} since {}: {} over {}.", name, held.since, count_of(held.assessments, "assessment"),
        count_of(static_cast<std::size_t>(std::max<std::int64_t>(held.days, 0)), "day"));
}

std::string latest_move_sentence(const Trend& trend, const TeamTrend& team) {
    if (team.points.size() < 2) return "One assessment: nothing to compare it with yet.";
    const TrendPoint& before = team.points[team.points.size() - 2];
    const TrendPoint& after = team.points.back();
    const std::string from = trend_placement_name(trend, before.placement);
    const std::string to = trend_placement_name(trend, after.placement);
    const auto rank = [](const TrendPoint& point) {
        return point.placement ? static_cast<long>(*point.placement) + 1 : 0L;
    };
    if (rank(after) > rank(before))
        return fmt::format("Moved up from {} to {} on {}.", from, to, after.date);
    if (rank(after) < rank(before))
        return fmt::format("Moved down from {} to {} on {}.", from, to, after.date);
    return fmt::format("Stayed at {} on {}.", to, after.date);
}

std::string point_label(const TrendPoint& point) {
    return point.commit.empty() ? point.date : point.date + " " + point.commit;
}

std::string span_text(const Trend& trend) {
    std::string first, last;
    for (const TeamTrend& team : trend.teams) {
        if (team.points.empty()) continue;
        if (first.empty() || team.points.front().date < first) first = team.points.front().date;
        if (team.points.back().date > last) last = team.points.back().date;
    }
    if (first.empty()) return {};
    return first == last ? first : first + " to " + last;
}

std::string drop_text(const PlacementDrop& drop) {
    if (drop.area.empty()) return fmt::format("placement fell from {} to {}", drop.from, drop.to);
    return fmt::format("area {} fell from {} to {}", drop.name, drop.from, drop.to);
}

}  // namespace gait
