#include "document/aggregate_wording.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait {

std::string files_read_sentence(const Aggregate& aggregate) {
    const std::size_t files =
        aggregate.teams.size() + aggregate.superseded.size() + aggregate.skipped.size();
    return fmt::format("{} read: {} counted, {} superseded, {} skipped", count_of(files, "file"),
                       aggregate.teams.size(), aggregate.superseded.size(),
                       aggregate.skipped.size());
}

std::string placement_of(const Aggregate& aggregate, std::optional<std::size_t> phase) {
    return phase ? aggregate.phases[*phase].name : "none yet";
}

std::vector<PhaseCount> phase_counts(const Aggregate& aggregate) {
    // No teams: every share is 0, not a division by zero.
    const double total = static_cast<double>(std::max<std::size_t>(aggregate.teams.size(), 1));
    std::vector<PhaseCount> counts = {
        {"none yet", aggregate.unplaced, static_cast<double>(aggregate.unplaced) / total}};
    for (std::size_t p = 0; p < aggregate.phases.size(); ++p) {
        const std::size_t teams = aggregate.phase_counts[p];
        counts.push_back({aggregate.phases[p].name, teams, static_cast<double>(teams) / total});
    }
    return counts;
}

std::string share_text(double share) {
    return fmt::format("{:.0f}%", 100.0 * share);
}

std::size_t gaps_shown(const Aggregate& aggregate, const AggregateView& view) {
    const std::size_t total = aggregate.shared_gaps.size();
    return view.top_gaps == 0 ? total : std::min(view.top_gaps, total);
}

std::string gaps_cut(const Aggregate& aggregate, const AggregateView& view) {
    const std::size_t shown = gaps_shown(aggregate, view);
    const std::size_t total = aggregate.shared_gaps.size();
    return shown < total ? fmt::format("the first {} of {}", shown, total) : std::string();
}

std::string teams_blocked(const SharedGap& gap) {
    return fmt::format("{} ({} to hold, {} to reach)", count_of(gap.teams, "team"), gap.hold,
                       gap.reach);
}

std::string shortfall_text(double shortfall) {
    return fmt::format("{:.2f}", shortfall);
}

std::string team_name(const TeamRow& row) {
    if (row.respondents <= 1) return row.team;
    return fmt::format("{} ({})", row.team, count_of(row.respondents, "respondent"));
}

std::string team_target_text(const Aggregate& aggregate, const TeamRow& row) {
    if (!row.target) return {};
    std::string phase = row.target->phase;
    for (const AggregateItem& item : aggregate.phases) {
        if (item.id == phase) phase = item.name;
    }
    if (!row.target->by.empty()) phase += " by " + row.target->by;
    if (row.target->met) return phase + ": met";
    return phase + (row.target->due ? ": not met, past its date" : ": not met");
}

}  // namespace gait
