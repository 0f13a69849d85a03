#include "gait/score/plan.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

// The file's entries by id, and each team's in file order: a run over many
// teams looks each up once.
struct EntryIndex {
    std::map<std::string, const PlanEntry*> by_id;
    std::map<std::string, std::vector<const PlanEntry*>> by_team;

    explicit EntryIndex(const std::vector<PlanEntry>& entries) {
        for (const PlanEntry& entry : entries) {
            by_id.emplace(entry.id, &entry);
            by_team[plan_id_team(entry.id)].push_back(&entry);
        }
    }
};

// An open gap's item: the file's entry, reopened when gait had closed it, or a new one.
PlanItem open_item(const Result& result, const Gap& gap, const EntryIndex& index,
                   PlanChanges& changes) {
    PlanItem item{plan_id(result.team, gap.question), gap, gap.kind, gap.guidance, {}, {}};
    const auto found = index.by_id.find(item.id);
    if (found == index.by_id.end()) {
        item.entry.id = item.id;
        item.entry.title = gap.text;
        changes.added.push_back(item.entry);
        return item;
    }
    item.entry = *found->second;
    if (item.entry.status == PlanStatus::done && !item.entry.closed.empty()) {
        item.entry.status = PlanStatus::todo;
        item.entry.closed.clear();
        changes.reopened.push_back(item.id);
    }
    return item;
}

// A file's entry of this team whose gap is no longer open: done now, unless a
// person already settled it (done or wontdo).
PlanItem closed_item(const Result& result, const PlanEntry& entry, PlanChanges& changes) {
    PlanItem item{entry.id, {}, std::nullopt, {}, {}, entry};
    const std::string question = plan_id_question(entry.id);
    const auto outcome =
        std::find_if(result.questions.begin(), result.questions.end(),
                     [&](const QuestionOutcome& q) { return q.question == question; });
    if (outcome != result.questions.end()) {
        item.question = *outcome;
    } else {
        item.question.question = question;
        item.question.text = entry.title;
    }
    if (entry.status == PlanStatus::todo || entry.status == PlanStatus::doing) {
        item.entry.status = PlanStatus::done;
        item.entry.closed = result.date;
        changes.closed.push_back({entry.id, result.date});
    }
    return item;
}

PlanTeam team_plan(Result result, const EntryIndex& index, PlanChanges& changes) {
    PlanTeam team;
    std::map<std::string, bool> open;
    for (const Gap& gap : result.gaps) {
        team.items.push_back(open_item(result, gap, index, changes));
        open[team.items.back().id] = true;
    }
    const auto of_team = index.by_team.find(result.team);
    if (of_team != index.by_team.end()) {
        for (const PlanEntry* entry : of_team->second) {
            if (open.count(entry->id) == 0)
                team.items.push_back(closed_item(result, *entry, changes));
        }
    }
    team.result = std::move(result);
    return team;
}

// One assessment a team: the latest by date, the later given on a tie (as
// aggregate counts them), in the order the teams were first given.
std::vector<Result> latest_of_each_team(std::vector<Result> results) {
    std::vector<Result> latest;
    for (Result& result : results) {
        const auto same = std::find_if(latest.begin(), latest.end(),
                                       [&](const Result& r) { return r.team == result.team; });
        if (same == latest.end()) {
            latest.push_back(std::move(result));
        } else if (result.date >= same->date) {
            *same = std::move(result);
        }
    }
    return latest;
}

// The rubric's help for each question, by id; none when the team was assessed
// against another rubric.
std::map<std::string, std::string> help_by_question(const Rubric* rubric, const Result& result) {
    std::map<std::string, std::string> help;
    if (!rubric || rubric->id != result.rubric.id) return help;
    for (const Phase& phase : rubric->phases) {
        for (const Question& question : phase.questions)
            help.emplace(question.id, question.help);
    }
    return help;
}

void add_help(PlanTeam& team, const Rubric* rubric) {
    const std::map<std::string, std::string> help = help_by_question(rubric, team.result);
    for (PlanItem& item : team.items) {
        const auto found = help.find(item.question.question);
        if (found != help.end()) item.help = found->second;
    }
}

// The latest assessment of the team the file was merged with: its `assessed:`
// date, or in a file of an earlier gait, which has none, the latest date gait
// closed one of the team's items on (an assessment of that date was merged).
std::optional<PlanAssessed> merged_before(const std::string& team,
                                          const std::vector<PlanAssessed>& assessed,
                                          const EntryIndex& index) {
    const auto found = std::find_if(assessed.begin(), assessed.end(),
                                    [&](const PlanAssessed& a) { return a.team == team; });
    if (found != assessed.end()) return *found;
    std::optional<PlanAssessed> latest;
    const auto of_team = index.by_team.find(team);
    if (of_team == index.by_team.end()) return latest;
    for (const PlanEntry* entry : of_team->second) {
        if (!entry->closed.empty() && (!latest || entry->closed > latest->date))
            latest = PlanAssessed{team, entry->closed, entry->id_at};
    }
    return latest;
}

// An assessment older than the one the file was last merged with would reopen
// what the newer one closed and close items at a date before their gap opened:
// refused. The same date is a rerun; a later one moves the file's date on.
void note_assessed(const Result& result, const std::vector<PlanAssessed>& assessed,
                   const EntryIndex& index, PlanChanges& changes) {
    if (result.date.empty()) return;
    const std::optional<PlanAssessed> known = merged_before(result.team, assessed, index);
    if (known && result.date < known->date) {
        throw Error(known->at,
                    fmt::format("{} was last planned with its assessment of {}; the one given "
                                "now is of {}, older, and would roll its items back",
                                quote_value(result.team), known->date, result.date),
                    fmt::format("give the team's answers of {} or later", known->date));
    }
    const bool recorded = std::any_of(assessed.begin(), assessed.end(), [&](const PlanAssessed& a) {
        return a.team == result.team && a.date == result.date;
    });
    if (!recorded) changes.assessed.push_back({result.team, result.date, {}});
}

}  // namespace

Plan make_plan(std::vector<Result> results, const std::vector<PlanEntry>& entries,
               const Rubric* rubric, const std::vector<PlanAssessed>& assessed) {
    Plan plan;
    const EntryIndex index(entries);
    for (Result& result : latest_of_each_team(std::move(results))) {
        note_assessed(result, assessed, index, plan.changes);
        plan.teams.push_back(team_plan(std::move(result), index, plan.changes));
        add_help(plan.teams.back(), rubric);
    }
    return plan;
}

}  // namespace gait
