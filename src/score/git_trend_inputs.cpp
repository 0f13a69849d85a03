#include "gait/score/git_trend_inputs.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "gait/score/assessment.hpp"

namespace gait {
namespace {

// A file's latest version that reads as answers.
struct Member {
    std::string name;         // PATH@SHORT, as messages name it
    Answers answers;          // checked against the rubric, not yet scored
    std::size_t changed = 0;  // when it last changed: a later version has a higher number
};

// How every file stands after the commits folded so far.
struct Snapshot {
    std::map<std::string, Member> files;       // by path: the files that count
    std::map<std::string, Diagnostic> broken;  // by path: a latest version that cannot be read
    std::size_t changes = 0;                   // versions applied
};

// One commit's effect: the teams whose files it changed, and whether it read.
struct CommitEffect {
    std::set<std::string> teams;      // the teams whose points it makes
    bool readable = false;            // some version of it reads
    std::vector<std::string> broken;  // paths of its versions that cannot be read
};

std::string name_of(const GitVersion& version) {
    return version.path + "@" + version.short_commit;
}

// The version read: answers or a report; throws Error when it cannot be read,
// and, marked in `another_rubric`, when it is for another rubric.
std::variant<Result, Answers> read_version(const GitVersion& version, const Rubric& rubric,
                                           bool& another_rubric) {
    try {
        return read_assessment(version.text, name_of(version), rubric);
    } catch (const Error&) {
        another_rubric = names_another_rubric(version.text, name_of(version), rubric);
        throw;
    }
}

// Takes the file's previous version out of the snapshot; the team it was of,
// for a version of the commits asked for.
std::optional<std::string> take_previous(const GitVersion& version, Snapshot& snapshot) {
    std::optional<std::string> team;
    const auto previous = snapshot.files.find(version.path);
    if (previous != snapshot.files.end()) {
        if (!version.earlier) team = previous->second.answers.team;
        snapshot.files.erase(previous);
    }
    snapshot.broken.erase(version.path);
    return team;
}

// A version that reads: a report is a point of its own; answers become the
// file's latest, and their team is changed.
void keep_read(std::variant<Result, Answers> read, const GitVersion& version, Snapshot& snapshot,
               CommitEffect& effect, GitTrendInputs& out) {
    std::visit([&](auto& assessment) { assessment.date = version.date; }, read);
    if (!version.earlier) effect.readable = true;
    if (Result* report = std::get_if<Result>(&read)) {
        if (version.earlier) return;
        keep_what_a_trend_needs(*report, out.texts);
        out.points.push_back(
            {name_of(version), version.short_commit, version.time, std::move(*report)});
        return;
    }
    Answers& answers = std::get<Answers>(read);
    if (!version.earlier) effect.teams.insert(answers.team);
    snapshot.files[version.path] = {name_of(version), std::move(answers), ++snapshot.changes};
}

// One version into the snapshot. A deletion or a version that reads changes
// the team the file was of; a version that cannot be read only leaves the
// file out of later points.
void apply(const Rubric& rubric, const GitVersion& version, Snapshot& snapshot,
           CommitEffect& effect, GitTrendInputs& out) {
    const std::optional<std::string> previous_team = take_previous(version, snapshot);
    if (version.gone) {
        if (previous_team) effect.teams.insert(*previous_team);
        return;
    }
    bool another_rubric = false;
    try {
        std::variant<Result, Answers> read = read_version(version, rubric, another_rubric);
        if (previous_team) effect.teams.insert(*previous_team);
        keep_read(std::move(read), version, snapshot, effect, out);
    } catch (const Error& e) {
        if (another_rubric) throw;
        if (version.earlier) return;  // before the commits asked for: not reported
        snapshot.broken[version.path] = e.diagnostic();
        effect.broken.push_back(version.path);
    }
}

// The team's files that count, by path: of one respondent's several files
// (two without a respondent count as one respondent's), the one changed last.
std::vector<const Member*> team_members(const Snapshot& snapshot, const std::string& team) {
    std::map<std::string, const Member*> latest;  // by respondent
    for (const auto& [path, member] : snapshot.files) {
        if (member.answers.team != team) continue;
        const Member*& kept = latest[member.answers.respondent];
        if (!kept || kept->changed < member.changed) kept = &member;
    }
    std::vector<const Member*> members;
    for (const auto& [path, member] : snapshot.files)
        if (member.answers.team == team && latest[member.answers.respondent] == &member)
            members.push_back(&member);
    return members;
}

// The team as it stands: the latest version of each of its files, merged.
void add_team_point(const Rubric& rubric, const Snapshot& snapshot, const std::string& team,
                    const GitVersion& commit, GitTrendInputs& out) {
    const std::vector<const Member*> members = team_members(snapshot, team);
    if (members.empty()) return;
    std::vector<ReadAssessment> read;
    for (const Member* member : members) {
        Answers answers = member->answers;
        answers.date = commit.date;  // one date: the files merge into one point
        read.push_back({member->name, commit.short_commit, commit.time, std::move(answers)});
    }
    std::vector<Diagnostic> not_merged;  // none: one file per respondent
    std::vector<TrendInput> inputs = trend_inputs(rubric, std::move(read), out.texts, not_merged);
    out.points.push_back(std::move(inputs.back()));  // the merged files take the last's place
}

// What a version that cannot be read means for the trend.
std::string left_out(const GitVersion& commit, bool commit_counts) {
    return commit_counts ? fmt::format(
                               "this file is left out of its team's points from commit "
                               "{} until a version that reads",
                               commit.short_commit)
                         : fmt::format("commit {} is left out of the trend", commit.short_commit);
}

void fold_commit(const Rubric& rubric, const std::vector<GitVersion>& versions, std::size_t first,
                 std::size_t end, Snapshot& snapshot, GitTrendInputs& out) {
    CommitEffect effect;
    for (std::size_t v = first; v < end; ++v)
        apply(rubric, versions[v], snapshot, effect, out);
    const GitVersion& commit = versions[first];
    if (commit.earlier) return;
    for (const std::string& team : effect.teams)
        add_team_point(rubric, snapshot, team, commit, out);
    if (effect.readable) ++out.readable_commits;
    for (const std::string& path : effect.broken)
        snapshot.broken[path].hint = left_out(commit, !effect.teams.empty());
    for (const std::string& path : effect.broken)
        out.skipped.push_back(snapshot.broken[path]);
}

}  // namespace

GitTrendInputs git_trend_inputs(const Rubric& rubric, std::vector<GitVersion> versions) {
    GitTrendInputs out;
    Snapshot snapshot;
    for (std::size_t first = 0, end; first < versions.size(); first = end) {
        for (end = first + 1;
             end < versions.size() && versions[end].commit == versions[first].commit &&
             versions[end].earlier == versions[first].earlier;
             ++end) {
        }
        fold_commit(rubric, versions, first, end, snapshot, out);
        for (std::size_t v = first; v < end; ++v)  // read: the text goes as the points come
            versions[v].text = std::string();
    }
    // A file whose latest version cannot be read: the trend cannot say where its
    // team stands now.
    for (auto& broken : snapshot.broken) {
        // Not a structured binding: C++17 lets no lambda capture one (clang refuses).
        Diagnostic& problem = broken.second;
        const auto listed =
            std::find_if(out.skipped.begin(), out.skipped.end(),
                         [&](const Diagnostic& d) { return d.where.file == problem.where.file; });
        if (listed != out.skipped.end()) out.skipped.erase(listed);
        problem.hint = "the file's latest version: the trend cannot show where its team stands now";
        out.latest_unreadable.push_back(std::move(problem));
    }
    return out;
}

}  // namespace gait
