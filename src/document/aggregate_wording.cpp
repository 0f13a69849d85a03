#include "document/aggregate_wording.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait {

std::string files_read_sentence(const Aggregate& aggregate) {
    const std::size_t counted = file_count(aggregate.teams);
    const std::size_t superseded = file_count(aggregate.superseded);
    const std::size_t files = counted + superseded + aggregate.skipped.size();
    // Respondents' files merge into one team: say how many teams they make.
    const std::string teams = counted == aggregate.teams.size()
                                  ? std::string()
                                  : " as " + count_of(aggregate.teams.size(), "team");
    return fmt::format("{} read: {} counted{}, {} superseded, {} skipped", count_of(files, "file"),
                       counted, teams, superseded, aggregate.skipped.size());
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

std::size_t gaps_shown(std::size_t total, const AggregateView& view) {
    return view.top_gaps == 0 ? total : std::min(view.top_gaps, total);
}

std::string gaps_cut(std::size_t total, const AggregateView& view) {
    const std::size_t shown = gaps_shown(total, view);
    return shown < total ? fmt::format("the first {} of {}", shown, total) : std::string();
}

std::string group_gaps_note(std::size_t total, const AggregateView& view) {
    const std::string cut = gaps_cut(total, view);
    return fmt::format("The gaps its teams share, the most teams blocked first{}:",
                       cut.empty() ? "" : " (" + cut + ")");
}

std::string teams_with_gap(const SharedGap& gap) {
    return fmt::format("{} ({} to hold, {} to reach)", count_of(gap.teams, "team"), gap.hold,
                       gap.reach);
}

std::string teams_blocked(const Aggregate& aggregate, const SharedGap& gap) {
    if (gap.blocked.empty()) return "no team";
    std::vector<std::string> names;
    // Only the names shown are copied: a gap may block ten thousand teams.
    for (std::size_t i = 0; i < gap.blocked.size() && i <= blocked_names_shown; ++i)
        names.push_back(aggregate.teams[gap.blocked[i]].team);
    return fmt::format("{}: {}", count_of(gap.blocked.size(), "team"),
                       capped_list(names, blocked_names_shown, gap.blocked.size()));
}

std::string capped_list(std::vector<std::string> names, std::size_t shown, std::size_t total) {
    total = std::max(total, names.size());
    // "and 1 more" says no more than the name it stands for.
    if (total > shown + 1) {
        names.resize(shown);
        names.push_back(fmt::format("{} more", total - shown));
    }
    return and_list(names);
}

std::string groups_heading(const Aggregate& aggregate) {
    return fmt::format("Teams grouped by tag {}", quote_value(aggregate.group_prefix));
}

std::string groups_note(const Aggregate& aggregate) {
    return fmt::format(
        "A team with several {} tags counts in each of their groups; teams with none are in "
        "the untagged group.",
        aggregate.group_prefix);
}

std::string group_name(const Aggregate& aggregate, const TeamGroup& group) {
    if (group.untagged) return fmt::format("Untagged (no {} tag)", aggregate.group_prefix);
    return "Group " + aggregate.group_prefix + group.value;
}

std::string and_list(const std::vector<std::string>& items) {
    if (items.empty()) return {};
    if (items.size() == 1) return items.front();
    std::string text;
    for (std::size_t i = 0; i + 1 < items.size(); ++i)
        text += (i == 0 ? "" : ", ") + items[i];
    return text + " and " + items.back();
}

std::string blocker_text(const Aggregate& aggregate, const TeamRow& row) {
    const TeamBlocker& blocker = row.blocker;
    if (!blocker.next) return {};
    std::vector<std::string> essentials, areas, causes;
    for (const TeamGap& gap : row.gaps) {
        const AggregateQuestion& question = aggregate.questions[gap.question];
        if (gap.kind == GapKind::reach && question.essential) essentials.push_back(question.id);
    }
    if (!essentials.empty())
        causes.push_back((essentials.size() == 1 ? "essential " : "essentials ") +
                         capped_list(essentials, blocked_names_shown));
    for (const std::uint32_t area : blocker.areas_below_floor)
        areas.push_back(aggregate.areas[area].name);
    // A long list of areas reads as a count: the heatmap names them.
    if (areas.size() > 2) {
        causes.push_back(fmt::format("{} areas below the floor", areas.size()));
    } else if (!areas.empty()) {
        causes.push_back(and_list(areas) + " below the floor");
    }
    if (blocker.score_short) {
        const std::optional<double>& score = row.phase_scores[*blocker.next];
        causes.push_back(
            fmt::format("score {:.2f} short of {:.2f}", score.value_or(0.0), blocker.threshold));
    }
    const std::string& next = aggregate.phases[*blocker.next].name;
    if (causes.empty()) return fmt::format("{}: nothing recorded", next);
    std::string joined;
    for (const std::string& cause : causes)
        joined += (joined.empty() ? "" : "; ") + cause;
    return fmt::format("{}: blocked by {}", next, joined);
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
