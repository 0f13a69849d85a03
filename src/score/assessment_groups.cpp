#include "gait/score/assessment_groups.hpp"

#include <map>
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

}  // namespace

std::vector<AssessmentGroup> group_assessments(const Rubric& rubric,
                                               const std::vector<Answers>& files, MergeRule rule,
                                               std::vector<Diagnostic>& problems) {
    std::vector<AssessmentGroup> assessments;
    for (std::vector<std::size_t>& group : by_team_and_date(files)) {
        if (group.size() == 1) {
            assessments.push_back({std::move(group), std::nullopt});
            continue;
        }
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
    return assessments;
}

}  // namespace gait
