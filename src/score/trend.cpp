#include "gait/score/trend.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

// When a point was taken: its date, then its commit's time (0 for a file).
bool same_moment(const TrendInput& a, const TrendInput& b) {
    return a.result.date == b.result.date && a.time == b.time;
}

bool earlier(const TrendInput* a, const TrendInput* b) {
    if (a->result.date != b->result.date) return a->result.date < b->result.date;
    return a->time < b->time;
}

// Ids in the order of the latest point's rubric, then those only earlier
// versions have, newest first.
template <typename Items>
void add_items(std::vector<AggregateItem>& list,
               std::unordered_map<std::string, std::size_t>& index, const Items& items) {
    for (const auto& item : items) {
        if (index.emplace(item.id, list.size()).second) list.push_back({item.id, item.name});
    }
}

struct Indexes {
    std::unordered_map<std::string, std::size_t> phases;
    std::unordered_map<std::string, std::size_t> areas;
};

Indexes index_rubric(Trend& trend, const std::vector<PointGroup>& groups) {
    std::vector<const TrendInput*> points;
    for (const PointGroup& group : groups)
        points.insert(points.end(), group.points.begin(), group.points.end());
    std::stable_sort(points.begin(), points.end(),
                     [](const TrendInput* a, const TrendInput* b) { return earlier(b, a); });
    Indexes indexes;
    for (const TrendInput* point : points) {
        add_items(trend.phases, indexes.phases, point->result.phases);
        add_items(trend.areas, indexes.areas, point->result.areas);
    }
    if (!points.empty()) trend.rubric_title = points.front()->result.rubric.title;
    return indexes;
}

std::optional<std::size_t> phase_index(const Indexes& indexes, const Result& result,
                                       std::optional<std::size_t> placement) {
    if (!placement) return std::nullopt;
    return indexes.phases.at(result.phases[*placement].id);
}

TrendPoint point_of(const TrendInput& input, const Trend& trend, const Indexes& indexes) {
    const Result& result = input.result;
    TrendPoint point;
    point.file = input.file;
    point.commit = input.commit;
    point.date = result.date;
    point.rubric_version = result.rubric.version;
    point.respondents = result.respondents;
    point.placement = phase_index(indexes, result, result.placement);
    point.phase_scores.resize(trend.phases.size());
    for (const PhaseScore& phase : result.phases)
        point.phase_scores[indexes.phases.at(phase.id)] = phase.score;
    point.area_scores.resize(trend.areas.size());
    point.area_placements.resize(trend.areas.size());
    for (const AreaScores& area : result.areas) {
        const std::size_t a = indexes.areas.at(area.id);
        point.area_scores[a] = area.overall;
        if (area.holds.size() != result.phases.size()) continue;  // saved before area placement
        point.area_placements[a] = {true, phase_index(indexes, result, area.placement)};
    }
    return point;
}

std::string answer_label(const QuestionOutcome& outcome) {
    return outcome.answer ? outcome.answer_label : "unanswered";
}

std::vector<TrendQuestion> questions_of(const std::vector<QuestionChange>& changes,
                                        const QuestionTexts& texts) {
    std::vector<TrendQuestion> questions;
    for (const QuestionChange& change : changes) {
        std::string text = change.after.text;
        const auto found = texts.find(change.after.question);
        if (text.empty() && found != texts.end()) text = found->second;
        questions.push_back({change.after.question, change.after.area, std::move(text),
                             answer_label(change.before), answer_label(change.after)});
    }
    return questions;
}

// The run of points at the latest one's placement, back from the latest.
Held held_of(const std::vector<TrendPoint>& points) {
    if (points.empty()) return {};
    std::size_t first = points.size() - 1;
    while (first > 0 && points[first - 1].placement == points.back().placement)
        --first;
    return {points[first].date, points.size() - first,
            days_between(points[first].date, points.back().date)};
}

TeamTrend team_trend(const PointGroup& group, const Trend& trend, const Indexes& indexes,
                     const QuestionTexts& texts) {
    TeamTrend team{group.team, {}, group.superseded, {}};
    for (std::size_t i = 0; i < group.points.size(); ++i) {
        TrendPoint point = point_of(*group.points[i], trend, indexes);
        if (i > 0) {
            // Only two full results at a time: comparing consecutive points is linear.
            const Comparison comparison =
                compare(group.points[i - 1]->result, group.points[i]->result);
            point.improved = questions_of(comparison.improved, texts);
            point.regressed = questions_of(comparison.regressed, texts);
            point.drops = placement_drops(comparison);
        }
        team.points.push_back(std::move(point));
    }
    team.held = held_of(team.points);
    return team;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto year_of_era = static_cast<unsigned>(year - era * 400);
    const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

std::optional<std::int64_t> day_number(const std::string& date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (date[i] < '0' || date[i] > '9') return std::nullopt;
    }
    return days_from_civil(std::stoi(date.substr(0, 4)),
                           static_cast<unsigned>(std::stoi(date.substr(5, 2))),
                           static_cast<unsigned>(std::stoi(date.substr(8, 2))));
}

}  // namespace

std::int64_t days_between(const std::string& from, const std::string& to) {
    const std::optional<std::int64_t> start = day_number(from);
    const std::optional<std::int64_t> end = day_number(to);
    return start && end ? *end - *start : 0;
}

std::vector<PointGroup> group_points(const std::vector<TrendInput>& inputs) {
    std::map<std::string, std::vector<const TrendInput*>> by_team;  // ordered by name
    for (const TrendInput& input : inputs)
        by_team[input.result.team].push_back(&input);
    std::vector<PointGroup> groups;
    for (auto& [team, members] : by_team) {
        // Stable: inputs of one moment keep their order, the later one last.
        std::stable_sort(members.begin(), members.end(), earlier);
        PointGroup group{team, {}, {}};
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && same_moment(*members[i], *members[i + 1])) {
                std::size_t winner = i + 1;
                while (winner + 1 < members.size() &&
                       same_moment(*members[i], *members[winner + 1]))
                    ++winner;
                group.superseded.push_back(
                    {members[i]->file, members[i]->result.date, members[winner]->file});
                continue;
            }
            group.points.push_back(members[i]);
        }
        groups.push_back(std::move(group));
    }
    return groups;
}

void keep_what_a_trend_needs(Result& result, QuestionTexts& texts) {
    result.gaps.clear();
    result.gaps.shrink_to_fit();
    result.unanswered.clear();
    result.unanswered.shrink_to_fit();
    for (PhaseScore& phase : result.phases)
        phase.summary.clear();
    for (QuestionOutcome& question : result.questions) {
        texts.try_emplace(question.question, std::move(question.text));
        question.text = std::string();
        question.note.clear();
        question.note.shrink_to_fit();
        question.evidence.clear();
        question.evidence.shrink_to_fit();
        question.respondents.clear();  // each respondent's answer and note, of a merged point
        question.respondents.shrink_to_fit();
    }
}

Trend build_trend(const std::vector<TrendInput>& inputs, const QuestionTexts& texts) {
    Trend trend;
    for (const TrendInput& input : inputs) {
        if (trend.rubric_id.empty()) trend.rubric_id = input.result.rubric.id;
        if (input.result.rubric.id == trend.rubric_id) continue;
        throw Error({input.file, 0, 0},
                    fmt::format("is an assessment against rubric {}, the others against {}",
                                quote_value(input.result.rubric.id), quote_value(trend.rubric_id)),
                    "a trend follows one rubric: name files of one rubric");
    }
    const std::vector<PointGroup> groups = group_points(inputs);
    const Indexes indexes = index_rubric(trend, groups);
    for (const PointGroup& group : groups)
        trend.teams.push_back(team_trend(group, trend, indexes, texts));
    return trend;
}

std::vector<std::pair<std::string, PlacementDrop>> latest_drops(const Trend& trend) {
    std::vector<std::pair<std::string, PlacementDrop>> drops;
    for (const TeamTrend& team : trend.teams) {
        if (team.points.empty()) continue;
        for (const PlacementDrop& drop : team.points.back().drops)
            drops.emplace_back(team.team, drop);
    }
    return drops;
}

}  // namespace gait
