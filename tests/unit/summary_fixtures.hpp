#pragma once

// Comparisons and aggregates of teams assessed against five-level.yaml, for the
// tests of their Markdown and HTML renderers.

#include <string>

#include "gait/score/aggregate.hpp"
#include "gait/score/compare.hpp"

#include "five_level.hpp"

namespace gait::test {

// bronze_team on 2026-01-01, then silver_team on 2026-04-01 (five_level.hpp).
//   phases: bronze 0.50 -> 1.00, silver 0.44 -> 0.69, gold 0.00 -> 0.50
//   areas:  build 0.50 -> 0.88, operate 0.29 -> 0.65
//   improved: ci (half -> done), slo (started -> mostly), canary (unanswered -> done)
//   regressed: review (done -> half); changed: backups (none -> skip), chaos (unanswered -> none)
//   gaps closed: ci, backups; gaps opened: review
inline Comparison bronze_to_silver() {
    return compare(score_five_level(bronze_team, "t", "2026-01-01"),
                   score_five_level(silver_team, "t", "2026-04-01"));
}

// The titles of a comparison's sections, in the order of the text one.
inline const char* const comparison_titles[] = {
    "Phases",     "Areas (every phase's questions)", "Improved",
    "Regressed",  "Answer changed, same credit",     "Gaps closed",
    "Gaps opened"};

// Placed nowhere: the essential alerts is unanswered.
inline const char* const unplaced_team = "  bronze.build.ci: none\n";

// Bronze in full, nothing after it answered: placed in bronze.
inline const char* const bronze_only_team = R"(
  bronze.build.ci: done
  bronze.operate.alerts: done
  bronze.operate.backups: done
)";

inline TeamSummary five_level_summary(const char* answers, const std::string& team,
                                      const std::string& date, const std::string& file) {
    return summarize(score_five_level(answers, team, date), file);
}

// Four files and one that could not be read. alpha has an older and a newer
// file; counted, in input order: beta (Silver), alpha (none yet), gamma (Bronze).
inline Aggregate three_teams() {
    Aggregate aggregate;
    add_team(aggregate, five_level_summary(bronze_team, "alpha", "2026-01-01", "a/alpha-q1.yaml"));
    add_team(aggregate, five_level_summary(silver_team, "beta", "2026-02-01", "b/beta.yaml"));
    add_team(aggregate,
             five_level_summary(unplaced_team, "alpha", "2026-03-01", "a/alpha-q2.yaml"));
    add_team(aggregate,
             five_level_summary(bronze_only_team, "gamma", "2026-01-15", "c/gamma.yaml"));
    add_skipped(aggregate, {{"c/broken.yaml", 3, 1}, "invalid YAML", ""});
    finish_aggregate(aggregate, false);
    return aggregate;
}

// Texts that break Markdown or HTML unless they are escaped, one for each
// field of a comparison or an aggregate that comes from a file.
namespace hostile {
inline const std::string title = "<b>Health</b> #1 [x](javascript:y)";
inline const std::string team = "<script>alert(1)</script> | `x` & \"O'Brien\"";
inline const std::string name = "Bu|ild <i>\u202E";  // of the first phase, and the first area
inline const std::string note = "<img src=x onerror=alert(1)> *bold* \" onmouseover=\"x";
inline const std::string id = "ci`\"><b>";  // of bronze.build.ci
inline const std::string file = "dir with space/t|1\" onmouseover=\"y.yaml";
inline const std::string skipped = "bad | `file` <i>";  // why a file was skipped

// The first piece of these texts that an output holds raw (as markup), or "".
inline std::string first_raw(const std::string& output) {
    for (const char* raw : {"<script", "<img", "<b>", "<i>", "\u202E"}) {
        if (output.find(raw) != std::string::npos) return raw;
    }
    return {};
}
}  // namespace hostile

inline void make_hostile(Result& side) {
    side.rubric.title = hostile::title;
    side.team = hostile::team;
    side.phases[0].name = hostile::name;
    side.areas[0].name = hostile::name;
    for (QuestionOutcome& question : side.questions) {
        if (question.question == "bronze.build.ci") question.question = hostile::id;
    }
}

// bronze_to_silver(), with the hostile texts; the note is the one after of
// bronze.build.ci, which improves.
inline Comparison hostile_comparison() {
    Result before = score_five_level(bronze_team, "t", "2026-01-01");
    Result after = score_five_level(silver_team, "t", "2026-04-01");
    make_hostile(before);
    make_hostile(after);
    after.questions[0].note = hostile::note;
    return compare(before, after);
}

// One silver_team counted and one file skipped, with the hostile texts.
inline Aggregate hostile_aggregate() {
    Aggregate aggregate;
    TeamSummary summary = five_level_summary(silver_team, "t", "2026-02-01", "t.yaml");
    summary.rubric.title = hostile::title;
    summary.team = hostile::team;
    summary.file = hostile::file;
    summary.phases[0].name = hostile::name;
    summary.areas[0].name = hostile::name;
    add_team(aggregate, summary);
    add_skipped(aggregate, {{hostile::file, 1, 1}, hostile::skipped, ""});
    finish_aggregate(aggregate, false);
    return aggregate;
}

// `count` teams named "team 1" ... in one aggregate: the size of an organisation.
inline Aggregate many_teams(std::size_t count) {
    Aggregate aggregate;
    const TeamSummary summary = five_level_summary(silver_team, "t", "2026-02-01", "t.yaml");
    for (std::size_t i = 1; i <= count; ++i) {
        TeamSummary team = summary;
        team.team = "team " + std::to_string(i);
        team.file = "teams/" + std::to_string(i) + ".yaml";
        add_team(aggregate, team);
    }
    finish_aggregate(aggregate, false);
    return aggregate;
}

}  // namespace gait::test
