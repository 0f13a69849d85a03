#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/model/result.hpp"
#include "gait/score/aggregate.hpp"
#include "gait/score/compare.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait {

// One assessment read for a trend: a file, or a committed version of one.
struct TrendInput {
    std::string file;       // as messages name it: "payments.yaml", "payments.yaml@1a2b3c4"
    std::string commit;     // the short commit id in git mode; empty for a file
    std::int64_t time = 0;  // the commit's time in git mode, orders a day's commits; 0 for a file
    Result result;          // its date is the commit's date in git mode
};

// An area's own placement at one point.
struct TrendAreaPlacement {
    bool known = false;                // the assessment places its areas
    std::optional<std::size_t> phase;  // index into Trend::phases; empty: none yet
};

// A question whose credit moved since the previous point.
struct TrendQuestion {
    std::string question;  // its id
    std::string area;      // the area's id
    std::string text;
    std::string before;  // the answer's label before, or "unanswered"
    std::string after;   // its label now
};

// One assessment of a team, where it stood and what moved since the one before.
struct TrendPoint {
    std::string file;
    std::string commit;  // short commit id in git mode; empty for a file
    std::string date;
    std::string rubric_version;
    // Who answered: several respondents' files of the team and date merged into
    // this point; empty for one file.
    std::vector<std::string> respondents;
    std::optional<std::size_t> placement;             // index into Trend::phases; empty: none yet
    std::vector<std::optional<double>> phase_scores;  // by Trend::phases; empty: none
    std::vector<std::optional<double>> area_scores;   // overall, by Trend::areas
    std::vector<TrendAreaPlacement> area_placements;  // by Trend::areas
    std::vector<TrendQuestion> improved;              // more credit than at the point before
    std::vector<TrendQuestion> regressed;             // less credit than at the point before
    std::vector<PlacementDrop> drops;                 // placements fallen since the point before
};

// An assessment as read for a trend, before answers are scored.
struct ReadAssessment {
    std::string file;                          // as messages name it
    std::string commit;                        // the short commit id in git mode; empty for a file
    std::int64_t time = 0;                     // the commit's time in git mode; 0 for a file
    std::variant<Result, Answers> assessment;  // a saved report, or answers
};

// An assessment left out of a team's trend: another of the same date came later.
struct SupersededPoint {
    std::string file;
    std::string date;
    std::string superseded_by;  // the file counted in its place
};

// How long the team has held its latest placement, as of the latest point.
struct Held {
    std::string since;            // the date of the first point of the run
    std::size_t assessments = 0;  // points in the run, the latest included
    std::int64_t days = 0;        // from `since` to the latest point's date
};

struct TeamTrend {
    std::string team;
    std::vector<TrendPoint> points;  // oldest first
    std::vector<SupersededPoint> superseded;
    Held held;
};

struct Trend {
    std::string rubric_id;
    std::string rubric_title;           // the latest point's rubric
    std::vector<AggregateItem> phases;  // the latest version's order, then earlier ones' extras
    std::vector<AggregateItem> areas;   // likewise
    std::vector<TeamTrend> teams;       // by team name
    std::vector<Diagnostic> skipped;    // files or commits not read, and why
    bool from_git = false;              // read from git: `skipped` holds committed versions
};

// The inputs of one team and one assessment date (and commit time), grouped:
// every team's assessments oldest first, teams by name. Of one team's inputs
// with the same date and time, the later one in `inputs` counts and the others
// are listed as superseded, as an aggregate does. The one place that says what
// makes one point of a trend.
struct PointGroup {
    std::string team;
    std::vector<const TrendInput*> points;  // oldest first
    std::vector<SupersededPoint> superseded;
};
std::vector<PointGroup> group_points(const std::vector<TrendInput>& inputs);

// Each question's text by id: kept once for every point of a trend, not in each.
using QuestionTexts = std::unordered_map<std::string, std::string>;

// Drops a result's parts a trend never shows (gaps, notes, evidence, phase
// summaries, each respondent's answers of a merged point) and moves its
// questions' texts to `texts` (the first text of an id is kept), so a thousand
// assessments stay small in memory.
void keep_what_a_trend_needs(Result& result, QuestionTexts& texts);

// The inputs of a trend: saved reports as they stand, answers scored against
// `rubric`, several respondents' files of one team and date merged into one
// assessment first (by median, as aggregate merges them: group_assessments).
// Files that cannot merge (one respondent twice) stay inputs of their own, so
// the later counts (group_points), their reason in `problems`. Each result
// keeps only what a trend shows (keep_what_a_trend_needs, texts to `texts`).
std::vector<TrendInput> trend_inputs(const Rubric& rubric, std::vector<ReadAssessment> read,
                                     QuestionTexts& texts, std::vector<Diagnostic>& problems);

// The trend of every team in `inputs`: a pure function. Consecutive points are
// compared with compare(), so questions, phases and areas match by id across
// rubric versions. Throws Error when the inputs are for different rubrics.
// A question's text missing from a result (keep_what_a_trend_needs) is taken
// from `texts`.
Trend build_trend(const std::vector<TrendInput>& inputs, const QuestionTexts& texts = {});

// The placements that fell at each team's latest point; empty with one point.
std::vector<std::pair<std::string, PlacementDrop>> latest_drops(const Trend& trend);

// Days from one YYYY-MM-DD date to another; 0 when either is not such a date.
std::int64_t days_between(const std::string& from, const std::string& to);

}  // namespace gait
