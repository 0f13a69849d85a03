#include "gait/score/assessment_groups.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>

namespace gait {
namespace {

// The files of each team and date, in the order each first appears.
std::vector<std::vector<std::size_t>> by_team_and_date(const std::vector<Answers>& files) {
    std::map<std::pair<std::string, std::string>, std::size_t> group_of;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const auto [at, added] =
            group_of.emplace(std::make_pair(files[f].team, files[f].date), groups.size());
        if (added) groups.emplace_back();
        groups[at->second].push_back(f);
    }
    return groups;
}

// The next file of the group by the same respondent (two without one count as
// the same): this one is then an older file of that person. Empty when none.
std::optional<std::size_t> answered_again(const std::vector<Answers>& files,
                                          const std::vector<std::size_t>& group, std::size_t at) {
    for (std::size_t later = at + 1; later < group.size(); ++later) {
        if (files[group[later]].respondent == files[group[at]].respondent) return group[later];
    }
    return std::nullopt;
}

// Several respondents' files merged, or, when they cannot merge, one group each.
void add_merged(const Rubric& rubric, const std::vector<Answers>& files,
                std::vector<std::size_t> group, MergeRule rule,
                std::vector<AssessmentGroup>& assessments, std::vector<Diagnostic>& problems) {
    std::vector<Answers> members;
    for (const std::size_t f : group)
        members.push_back(files[f]);
    try {
        check_one_team(members);
        assessments.push_back({std::move(group), merge_respondents(rubric, members, rule)});
    } catch (const Error& e) {
        problems.push_back(e.diagnostic());
        for (const std::size_t f : group)
            assessments.push_back({{f}, std::nullopt});
    }
}

}  // namespace

std::vector<AssessmentGroup> group_assessments(const Rubric& rubric,
                                               const std::vector<Answers>& files, MergeRule rule,
                                               std::vector<Diagnostic>& problems) {
    std::vector<AssessmentGroup> assessments;
    for (const std::vector<std::size_t>& group : by_team_and_date(files)) {
        std::vector<std::size_t> latest;  // each respondent's last file, in input order
        for (std::size_t at = 0; at < group.size(); ++at) {
            const std::optional<std::size_t> again = answered_again(files, group, at);
            if (!again) {
                latest.push_back(group[at]);
                continue;
            }
            problems.push_back({{files[group[at]].where.file, 0, 0},
                                "is of the same respondent as " + files[*again].where.file +
                                    ", a later file of the same team and date",
                                "the later file counts: keep one file per respondent"});
            assessments.push_back({{group[at]}, std::nullopt});
        }
        if (latest.size() == 1) {
            assessments.push_back({std::move(latest), std::nullopt});
            continue;
        }
        add_merged(rubric, files, std::move(latest), rule, assessments, problems);
    }
    return assessments;
}

}  // namespace gait
