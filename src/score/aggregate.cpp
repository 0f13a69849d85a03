#include "gait/score/aggregate.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "gait/score/targets.hpp"
#include "gait/util/limits.hpp"
#include "gait/util/text_format.hpp"

#include "score/scores.hpp"

namespace gait {
namespace {

template <typename Items>
std::size_t intern(Items& items, const std::string& id, const std::string& name) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id) return i;
    }
    items.push_back({id, name});
    return items.size() - 1;
}

const Question* find_question(const Rubric& rubric, const std::string& id) {
    for (const Phase& phase : rubric.phases) {
        for (const Question& question : phase.questions) {
            if (question.id == id) return &question;
        }
    }
    return nullptr;
}

std::size_t intern_question(Aggregate& aggregate, const SummaryGap& gap,
                            const Rubric* scored_against) {
    const auto [found, added] =
        aggregate.question_index.emplace(gap.question, aggregate.questions.size());
    if (!added) return found->second;
    const std::size_t phase = intern(aggregate.phases, gap.phase, gap.phase);
    const std::size_t area = intern(aggregate.areas, gap.area, gap.area);
    // Looked up once per question of the whole run, not once per team.
    const Question* question =
        scored_against ? find_question(*scored_against, gap.question) : nullptr;
    aggregate.questions.push_back({gap.question, phase, area, question ? question->text : gap.text,
                                   question ? question->guidance : gap.guidance, gap.essential});
    return aggregate.questions.size() - 1;
}

// The phase after the placement, and what keeps the team from it.
TeamBlocker blocker_of(Aggregate& aggregate, const TeamSummary& summary) {
    TeamBlocker blocker;
    const std::size_t next = summary.placement ? *summary.placement + 1 : 0;
    if (next >= summary.phases.size()) return blocker;
    const PhaseScore& phase = summary.phases[next];
    blocker.next = intern(aggregate.phases, phase.id, phase.name);
    for (const std::string& area : phase.areas_below_floor) {
        blocker.areas_below_floor.push_back(
            static_cast<std::uint32_t>(intern(aggregate.areas, area, area)));
    }
    blocker.score_short = phase.score && *phase.score < phase.threshold;
    blocker.threshold = phase.threshold;
    return blocker;
}

TeamRow make_row(Aggregate& aggregate, TeamSummary& summary) {
    TeamRow row;
    row.file = std::move(summary.file);
    row.team = std::move(summary.team);
    row.date = std::move(summary.date);
    row.rubric_version = std::move(summary.rubric.version);
    row.unanswered = summary.unanswered;
    row.from_answers = summary.scored_against != nullptr;
    row.target = std::move(summary.target);
    for (std::size_t p = 0; p < summary.phases.size(); ++p) {
        const PhaseScore& phase = summary.phases[p];
        const std::size_t index = intern(aggregate.phases, phase.id, phase.name);
        row.phase_scores.resize(aggregate.phases.size());
        row.phase_scores[index] = phase.score;
        if (summary.placement == p) row.placement = index;
    }
    for (const AreaScores& area : summary.areas) {
        const std::size_t index = intern(aggregate.areas, area.id, area.name);
        row.area_scores.resize(aggregate.areas.size());
        row.area_scores[index] = area.overall;
        row.area_placements.resize(aggregate.areas.size());
        TeamAreaPlacement& placed = row.area_placements[index];
        placed.known = area.holds.size() == summary.phases.size();
        if (placed.known && area.placement) {
            const PhaseScore& phase = summary.phases[*area.placement];
            placed.phase = intern(aggregate.phases, phase.id, phase.name);
        }
    }
    row.blocker = blocker_of(aggregate, summary);
    row.tags = std::move(summary.tags);
    row.gaps.reserve(summary.gaps.size());  // exactly: ten thousand rows stay small
    for (const SummaryGap& gap : summary.gaps) {
        const std::size_t question = intern_question(aggregate, gap, summary.scored_against);
        const std::size_t area = aggregate.questions[question].area;
        row.gaps.push_back({static_cast<std::uint32_t>(question), gap.shortfall, gap.kind,
                            blocks_next(row.blocker, gap.kind, gap.essential, area)});
    }
    return row;
}

// Moves every team but the latest file of each to `superseded`, keeping input order.
void drop_superseded(Aggregate& aggregate) {
    std::unordered_map<std::string, std::size_t> latest;  // team -> row
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        const auto [found, added] = latest.emplace(aggregate.teams[r].team, r);
        // ISO dates order as text; on a tie the later file wins.
        if (!added && aggregate.teams[r].date >= aggregate.teams[found->second].date)
            found->second = r;
    }
    // Named first, moved after: a winner moved away has no file name left to give.
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        const std::size_t winner = latest.at(aggregate.teams[r].team);
        if (winner != r) aggregate.teams[r].superseded_by = aggregate.teams[winner].file;
    }
    std::vector<TeamRow> counted;
    for (TeamRow& row : aggregate.teams) {
        auto& list = row.superseded_by.empty() ? counted : aggregate.superseded;
        list.push_back(std::move(row));
    }
    aggregate.teams = std::move(counted);
}

void count_placements(Aggregate& aggregate) {
    aggregate.phase_counts.assign(aggregate.phases.size(), 0);
    aggregate.unplaced = 0;
    for (const TeamRow& row : aggregate.teams) {
        if (row.placement) {
            ++aggregate.phase_counts[*row.placement];
        } else {
            ++aggregate.unplaced;
        }
    }
}

void count_area_placements(Aggregate& aggregate) {
    aggregate.area_placement_counts.assign(
        aggregate.areas.size(), std::vector<std::size_t>(aggregate.phases.size() + 1, 0));
    for (const TeamRow& row : aggregate.teams) {
        for (std::size_t a = 0; a < row.area_placements.size(); ++a) {
            const TeamAreaPlacement& placed = row.area_placements[a];
            if (placed.known)
                ++aggregate.area_placement_counts[a][placed.phase ? *placed.phase + 1 : 0];
        }
    }
}

void average_areas(Aggregate& aggregate) {
    aggregate.area_means.assign(aggregate.areas.size(), std::nullopt);
    for (std::size_t a = 0; a < aggregate.areas.size(); ++a) {
        double sum = 0;
        std::size_t count = 0;
        for (const TeamRow& row : aggregate.teams) {
            if (!row.area_scores[a]) continue;
            sum += *row.area_scores[a];
            ++count;
        }
        if (count > 0)
            aggregate.area_means[a] =
                std::round(sum / static_cast<double>(count) * 10000.0) / 10000.0;
    }
}

// The gaps of these teams (indices into aggregate.teams), ranked.
std::vector<SharedGap> rank_shared_gaps(const Aggregate& aggregate,
                                        const std::vector<std::uint32_t>& teams) {
    std::vector<SharedGap> shared(aggregate.questions.size());
    for (std::size_t q = 0; q < shared.size(); ++q)
        shared[q].question = q;
    for (const std::uint32_t r : teams) {
        for (const TeamGap& gap : aggregate.teams[r].gaps) {
            SharedGap& entry = shared[gap.question];
            ++entry.teams;
            ++(gap.kind == GapKind::hold ? entry.hold : entry.reach);
            entry.shortfall += gap.shortfall;
            if (gap.blocks) entry.blocked.push_back(r);
        }
    }
    shared.erase(std::remove_if(shared.begin(), shared.end(),
                                [](const SharedGap& gap) { return gap.teams == 0; }),
                 shared.end());
    const auto& questions = aggregate.questions;
    const auto rank = [&](const SharedGap& gap) {
        const AggregateQuestion& question = questions[gap.question];
        // What a platform investment would unblock first, then how many it would help.
        // Shortfall is compared on what reports show, so ties do not hang on rounding.
        return std::make_tuple(-static_cast<long long>(gap.blocked.size()),
                               -static_cast<long long>(gap.teams), !question.essential,
                               -std::llround(gap.shortfall * 100.0), question.phase,
                               std::string_view(question.id));
    };
    std::sort(shared.begin(), shared.end(),
              [&](const SharedGap& a, const SharedGap& b) { return rank(a) < rank(b); });
    return shared;
}

std::vector<std::uint32_t> every_team(const Aggregate& aggregate) {
    std::vector<std::uint32_t> teams(aggregate.teams.size());
    for (std::size_t r = 0; r < teams.size(); ++r)
        teams[r] = static_cast<std::uint32_t>(r);
    return teams;
}

void count_group_placements(const Aggregate& aggregate, TeamGroup& group) {
    group.phase_counts.assign(aggregate.phases.size(), 0);
    for (const std::uint32_t r : group.teams) {
        const std::optional<std::size_t>& placement = aggregate.teams[r].placement;
        ++(placement ? group.phase_counts[*placement] : group.unplaced);
    }
}

// The team's target from its answers, measured against its placement.
std::optional<TargetOutcome> team_target(const Rubric& rubric, const Answers& answers,
                                         std::optional<std::size_t> placement) {
    for (const Target& target : answers.targets) {
        if (!target.area.empty()) continue;
        std::optional<std::size_t> wanted;
        for (std::size_t p = 0; p < rubric.phases.size(); ++p) {
            if (rubric.phases[p].id == target.phase) wanted = p;
        }
        return measure_placement(target, answers.date, placement, wanted);
    }
    return std::nullopt;
}

}  // namespace

TeamSummary summarize(Result result, const std::string& file) {
    TeamSummary summary;
    summary.file = file;
    summary.team = std::move(result.team);
    summary.date = std::move(result.date);
    summary.rubric = std::move(result.rubric);
    summary.placement = result.placement;
    summary.phases = std::move(result.phases);
    summary.areas = std::move(result.areas);
    summary.unanswered = result.unanswered.size();
    for (TargetOutcome& target : result.targets) {
        if (target.area.empty()) summary.target = std::move(target);
    }
    if (summary.target) summary.target->gaps.clear();
    summary.tags = std::move(result.tags);
    for (PhaseScore& phase : summary.phases)
        phase.summary.clear();
    for (AreaScores& area : summary.areas)
        area.by_phase.clear();
    summary.gaps.reserve(result.gaps.size());
    for (Gap& gap : result.gaps) {
        const double shortfall = detail::shortfall(gap.weight, gap.value);
        summary.gaps.push_back({std::move(gap.question), std::move(gap.phase), std::move(gap.area),
                                std::move(gap.text), std::move(gap.guidance), shortfall,
                                gap.essential, gap.kind});
    }
    return summary;
}

TeamSummary summarize(const Rubric& rubric, const Answers& answers, const std::string& file) {
    const detail::Scores scores = detail::compute_scores(rubric, answers);
    TeamSummary summary;
    summary.file = file;
    summary.team = answers.team;
    summary.date = answers.date;
    summary.rubric = {rubric.id, rubric.version, rubric.title};
    summary.placement = scores.placement;
    summary.target = team_target(rubric, answers, scores.placement);
    summary.phases.reserve(rubric.phases.size());
    for (std::size_t p = 0; p < rubric.phases.size(); ++p) {
        const Phase& phase = rubric.phases[p];
        const detail::PhaseTally& tally = scores.phases[p];
        summary.phases.push_back({phase.id,
                                  phase.name,
                                  {},
                                  tally.score,
                                  phase.threshold,
                                  tally.achieved,
                                  {},
                                  {},
                                  phase.area_floor});
    }
    summary.areas.reserve(rubric.areas.size());
    for (std::size_t a = 0; a < rubric.areas.size(); ++a) {
        const Area& area = rubric.areas[a];
        summary.areas.push_back({area.id,
                                 area.name,
                                 {},
                                 scores.area_overall[a],
                                 scores.area_holds[a],
                                 scores.area_placement[a]});
    }
    if (scores.next) {
        // The next phase's blockers only: an aggregate names no others.
        for (const std::size_t area : scores.phases[*scores.next].areas_below_floor)
            summary.phases[*scores.next].areas_below_floor.push_back(rubric.areas[area].id);
    }
    summary.tags = answers.tags;
    summary.unanswered = static_cast<std::size_t>(
        std::count_if(scores.questions.begin(), scores.questions.end(),
                      [](const detail::ScoredQuestion& scored) { return !scored.choice; }));
    summary.gaps.reserve(scores.gaps.size());
    for (const detail::GapRef& ref : scores.gaps) {
        const detail::ScoredQuestion& scored = scores.questions[ref.question];
        summary.gaps.push_back({scored.question->id,
                                scored.phase->id,
                                scored.question->area,
                                {},
                                {},
                                detail::shortfall(scored),
                                scored.question->essential,
                                ref.kind});
    }
    summary.scored_against = &rubric;
    return summary;
}

bool any_respondents(const Aggregate& aggregate) {
    return std::any_of(aggregate.teams.begin(), aggregate.teams.end(),
                       [](const TeamRow& row) { return row.respondents > 1; });
}

std::size_t file_count(const std::vector<TeamRow>& rows) {
    std::size_t files = 0;
    for (const TeamRow& row : rows)
        files += std::max<std::size_t>(1, row.merged_files.size());
    return files;
}

bool blocks_next(const TeamBlocker& blocker, GapKind kind, bool essential, std::size_t area) {
    if (kind != GapKind::reach || !blocker.next) return false;
    if (essential || blocker.score_short) return true;
    const auto& below = blocker.areas_below_floor;
    return std::find(below.begin(), below.end(), area) != below.end();
}

std::size_t count_gaps(const TeamRow& row, GapKind kind) {
    return static_cast<std::size_t>(std::count_if(
        row.gaps.begin(), row.gaps.end(), [&](const TeamGap& gap) { return gap.kind == kind; }));
}

namespace {

// How many phases, areas and questions the aggregate had: a team that would
// take it past the limits is taken back out.
struct Interned {
    std::size_t phases = 0;
    std::size_t areas = 0;
    std::size_t questions = 0;
};

Interned interned(const Aggregate& aggregate) {
    return {aggregate.phases.size(), aggregate.areas.size(), aggregate.questions.size()};
}

void take_back(Aggregate& aggregate, const Interned& before) {
    for (std::size_t q = before.questions; q < aggregate.questions.size(); ++q)
        aggregate.question_index.erase(aggregate.questions[q].id);
    aggregate.questions.resize(before.questions);
    aggregate.areas.resize(before.areas);
    aggregate.phases.resize(before.phases);
}

// Why a team cannot be added, when its phases or areas would take the
// aggregate past what a rubric may have: every row holds a cell per area, so
// teams that each bring new areas would grow it with the square of its input.
std::optional<std::string> past_limits(const Aggregate& aggregate) {
    if (aggregate.areas.size() > limits::areas) {
        return fmt::format("its areas would make {} in all, more than the {} a rubric may have",
                           aggregate.areas.size(), limits::areas);
    }
    if (aggregate.phases.size() > limits::phases) {
        return fmt::format("its phases would make {} in all, more than the {} a rubric may have",
                           aggregate.phases.size(), limits::phases);
    }
    return std::nullopt;
}

}  // namespace

void add_team(Aggregate& aggregate, TeamSummary summary) {
    if (aggregate.rubric_id.empty()) {
        aggregate.rubric_id = summary.rubric.id;
        aggregate.rubric_title = summary.rubric.title;
    } else if (summary.rubric.id != aggregate.rubric_id) {
        add_skipped(aggregate,
                    {{summary.file, 0, 0},
                     fmt::format("the assessment is for rubric {}, not {}",
                                 quote_value(summary.rubric.id), quote_value(aggregate.rubric_id)),
                     "aggregate teams assessed against one rubric"});
        return;
    }
    const Interned before = interned(aggregate);
    TeamRow row = make_row(aggregate, summary);
    if (const std::optional<std::string> reason = past_limits(aggregate)) {
        add_skipped(aggregate,
                    {{row.file, 0, 0}, *reason, "aggregate teams assessed against one rubric"});
        take_back(aggregate, before);
        return;
    }
    aggregate.teams.push_back(std::move(row));
}

void add_skipped(Aggregate& aggregate, Diagnostic reason) {
    aggregate.skipped.push_back(std::move(reason));
}

void finish_aggregate(Aggregate& aggregate, bool keep_all) {
    for (TeamRow& row : aggregate.teams) {
        row.phase_scores.resize(aggregate.phases.size());
        row.area_scores.resize(aggregate.areas.size());
        row.area_placements.resize(aggregate.areas.size());
    }
    if (!keep_all) drop_superseded(aggregate);
    count_placements(aggregate);
    count_area_placements(aggregate);
    average_areas(aggregate);
    aggregate.shared_gaps = rank_shared_gaps(aggregate, every_team(aggregate));
}

std::vector<std::string> tag_values(const TeamRow& row, const std::string& prefix) {
    std::vector<std::string> values;
    for (const std::string& tag : row.tags) {
        if (tag.size() > prefix.size() && tag.compare(0, prefix.size(), prefix) == 0)
            values.push_back(tag.substr(prefix.size()));
    }
    return values;
}

void group_teams(Aggregate& aggregate, const std::string& prefix) {
    aggregate.group_prefix = prefix;
    std::map<std::string, TeamGroup> by_value;
    TeamGroup untagged;
    untagged.untagged = true;
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        const std::vector<std::string> values = tag_values(aggregate.teams[r], prefix);
        // Tags are never repeated, so a team is in each of its groups once.
        for (const std::string& value : values)
            by_value[value].teams.push_back(static_cast<std::uint32_t>(r));
        if (values.empty()) untagged.teams.push_back(static_cast<std::uint32_t>(r));
    }
    aggregate.groups.clear();
    for (auto& [value, group] : by_value) {
        group.value = value;
        aggregate.groups.push_back(std::move(group));
    }
    if (!untagged.teams.empty()) aggregate.groups.push_back(std::move(untagged));
    for (TeamGroup& group : aggregate.groups) {
        count_group_placements(aggregate, group);
        group.shared_gaps = rank_shared_gaps(aggregate, group.teams);
    }
}

}  // namespace gait
