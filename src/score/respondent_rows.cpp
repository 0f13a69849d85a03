#include "score/respondent_rows.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <variant>

#include "gait/score/assessment.hpp"
#include "gait/score/assessment_groups.hpp"
#include "gait/util/file_io.hpp"

namespace gait::detail {
namespace {

// The rows from answers files whose team and date another such row shares, each
// group in input order. Sorted indices, not a map of copied names: the common
// aggregate, one file per team, pays one sort of the rows and nothing more.
std::vector<std::vector<std::size_t>> shared_team_dates(const Aggregate& aggregate) {
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        if (aggregate.teams[r].from_answers) rows.push_back(r);
    }
    const auto key = [&](std::size_t r) {
        return std::tie(aggregate.teams[r].team, aggregate.teams[r].date);
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    std::vector<std::vector<std::size_t>> shared;
    for (std::size_t start = 0, end; start < rows.size(); start = end) {
        for (end = start + 1; end < rows.size() && key(rows[end]) == key(rows[start]); ++end) {
        }
        if (end - start > 1) shared.emplace_back(rows.begin() + start, rows.begin() + end);
    }
    return shared;
}

// The answers of each row, reread; empty when a file no longer reads as answers.
std::optional<std::vector<Answers>> reread(
    const Aggregate& aggregate, const std::vector<std::size_t>& rows,
    const std::unordered_map<std::string, const TeamFile*>& by_name, const Rubric& rubric) {
    std::vector<Answers> answers;
    try {
        for (const std::size_t r : rows) {
            const auto found = by_name.find(aggregate.teams[r].file);
            if (found == by_name.end()) return std::nullopt;
            const TeamFile& file = *found->second;
            std::variant<Result, Answers> read = read_assessment(
                read_team_file(file, limits::report_bytes), input_name(file.path), rubric);
            if (!std::holds_alternative<Answers>(read)) return std::nullopt;
            answers.push_back(std::move(std::get<Answers>(read)));
        }
    } catch (const Error&) {
        return std::nullopt;  // changed since the first read: the rows stay as they were
    }
    return answers;
}

// The merged row, made as add_team makes any row; empty when it would not be added.
std::optional<TeamRow> merged_row(Aggregate& aggregate, const Rubric& rubric,
                                  const MergedAnswers& merged, const std::string& file) {
    const std::size_t before = aggregate.teams.size();
    add_team(aggregate, summarize(rubric, merged.answers, file));
    if (aggregate.teams.size() == before) return std::nullopt;
    TeamRow row = std::move(aggregate.teams.back());
    aggregate.teams.pop_back();
    row.respondents = merged.respondents.size();
    return row;
}

}  // namespace

void merge_respondent_rows(Aggregate& aggregate, const std::vector<TeamFile>& files,
                           const Rubric& rubric) {
    const std::vector<std::vector<std::size_t>> shared = shared_team_dates(aggregate);
    if (shared.empty()) return;
    std::unordered_map<std::string, const TeamFile*> by_name;
    for (const TeamFile& file : files)
        by_name.emplace(input_name(file.path), &file);
    std::vector<bool> merged_away(aggregate.teams.size(), false);
    for (const std::vector<std::size_t>& rows : shared) {
        const std::optional<std::vector<Answers>> answers =
            reread(aggregate, rows, by_name, rubric);
        if (!answers) continue;
        std::vector<Diagnostic> problems;  // the same respondent twice: superseded, as before
        const std::vector<AssessmentGroup> groups =
            group_assessments(rubric, *answers, MergeRule::median, problems);
        const auto merged = std::find_if(groups.begin(), groups.end(),
                                         [](const AssessmentGroup& g) { return g.merged; });
        if (merged == groups.end()) continue;
        // A respondent's earlier file stays a row of its own, before the merged
        // row, so the merged row supersedes it as a later file of the same date.
        std::vector<std::size_t> members;
        for (const std::size_t f : merged->files)
            members.push_back(rows[f]);
        std::optional<TeamRow> row =
            merged_row(aggregate, rubric, *merged->merged, aggregate.teams[members[0]].file);
        if (!row) continue;
        for (const std::size_t r : members)
            row->merged_files.push_back(aggregate.teams[r].file);
        aggregate.teams[members.back()] = std::move(*row);
        for (std::size_t i = 0; i + 1 < members.size(); ++i)
            merged_away[members[i]] = true;
    }
    std::vector<TeamRow> kept;
    for (std::size_t r = 0; r < aggregate.teams.size(); ++r) {
        if (!merged_away[r]) kept.push_back(std::move(aggregate.teams[r]));
    }
    aggregate.teams = std::move(kept);
}

}  // namespace gait::detail
