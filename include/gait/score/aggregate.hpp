#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "gait/score/scoring.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait {

// A gap of one team, as an aggregate counts it.
struct SummaryGap {
    std::string question;  // ids
    std::string phase;
    std::string area;
    std::string text;      // empty when the summary's `scored_against` holds it
    std::string guidance;  // likewise
    double shortfall = 0;  // weight x (1 - value): the credit the team lacks
    bool essential = false;
    GapKind kind = GapKind::hold;
};

// One team's assessment, cut down to what an aggregate needs: read in parallel,
// then added in input order. Notes, evidence and phase summaries are dropped.
struct TeamSummary {
    std::string file;
    std::string team;
    std::string date;
    Result::RubricInfo rubric;
    std::optional<std::size_t> placement;  // index into phases; empty: before the first
    std::vector<PhaseScore> phases;
    std::vector<AreaScores> areas;  // overall scores; by_phase is dropped
    std::vector<SummaryGap> gaps;
    std::size_t unanswered = 0;
    std::optional<TargetOutcome> target;  // the team's target, without its gaps; empty: none
    std::vector<std::string> tags;        // the answers file's tags, such as "org:payments"
    // The rubric answers were scored against, which holds the gaps' texts; it
    // must outlive the summary. nullptr for a saved report: its gaps carry them.
    const Rubric* scored_against = nullptr;
};
// From a saved report.
TeamSummary summarize(Result result, const std::string& file);
// From answers, scored against `rubric` without building the full report: the
// same numbers as summarize(score(rubric, answers), file), at a fraction of the
// allocations, which is most of an aggregate's cost beyond parsing.
TeamSummary summarize(const Rubric& rubric, const Answers& answers, const std::string& file);

// A phase or an area of the aggregate, by id.
struct AggregateItem {
    std::string id;
    std::string name;
};

// A question that is a gap for at least one team.
struct AggregateQuestion {
    std::string id;
    std::size_t phase = 0;  // index into Aggregate::phases
    std::size_t area = 0;   // index into Aggregate::areas
    std::string text;
    std::string guidance;
    bool essential = false;
};

// A gap of one team, by index: a row of ten thousand teams stays small.
struct TeamGap {
    std::uint32_t question = 0;  // index into Aggregate::questions
    double shortfall = 0;        // weight x (1 - value): the credit the team lacks
    GapKind kind = GapKind::hold;
    bool blocks = false;  // one of what keeps the team from its next phase (blocks_next)
};

// What keeps a team from its next phase: its essentials missing there (its reach
// gaps on essentials), these areas below the floor, and the score short.
struct TeamBlocker {
    std::optional<std::size_t> next;  // index into Aggregate::phases; empty: the last is held
    std::vector<std::uint32_t> areas_below_floor;  // indices into Aggregate::areas
    bool score_short = false;                      // the next phase's score is below its threshold
    double threshold = 0;                          // the next phase's threshold
};

// Where a team places one of its areas.
struct TeamAreaPlacement {
    bool known = false;                // the team's assessment places its areas
    std::optional<std::size_t> phase;  // index into Aggregate::phases; empty: none yet
};

struct TeamRow {
    std::string file;
    std::string team;
    std::string date;
    std::string rubric_version;
    std::optional<std::size_t> placement;             // index into Aggregate::phases
    std::vector<std::optional<double>> phase_scores;  // by Aggregate::phases; empty: none
    std::vector<std::optional<double>> area_scores;   // overall, by Aggregate::areas
    std::vector<TeamAreaPlacement> area_placements;   // by Aggregate::areas
    std::vector<TeamGap> gaps;
    std::size_t unanswered = 0;
    TeamBlocker blocker;            // empty `next` when the team holds the last phase
    std::vector<std::string> tags;  // from the answers file or saved report
    std::string superseded_by;      // the newer file of the same team; empty when counted
    bool from_answers = false;      // scored from an answers file, not read from a saved report
    // Respondents' answers files of this team and date merged into the row; 1 for one file.
    std::size_t respondents = 1;
    // The respondents' files merged into the row, in order; empty for one file.
    std::vector<std::string> merged_files;
    std::optional<TargetOutcome> target;  // the team's target, without its gaps; empty: none
};

// A gap many teams share, the unit of a platform investment.
struct SharedGap {
    std::size_t question = 0;            // index into Aggregate::questions
    std::size_t teams = 0;               // teams with the gap
    std::size_t hold = 0;                // of them, teams with it in a phase they hold
    std::size_t reach = 0;               // of them, teams with it in their next phase
    double shortfall = 0;                // summed over those teams
    std::vector<std::uint32_t> blocked;  // teams it blocks (TeamGap::blocks), indices into teams
};

// The teams of one tag value, for `gait aggregate --by PREFIX`.
struct TeamGroup {
    std::string value;                 // the tag after the prefix ("payments" of "org:payments")
    bool untagged = false;             // the teams with no tag of the prefix; `value` is then empty
    std::vector<std::uint32_t> teams;  // indices into Aggregate::teams, in input order
    std::vector<std::size_t> phase_counts;  // the group's teams placed in each phase
    std::size_t unplaced = 0;               // of them, before the first phase
    std::vector<SharedGap> shared_gaps;     // over the group's teams, ranked as the aggregate's
};

struct Aggregate {
    std::string rubric_id;  // every team's; empty until the first team
    std::string rubric_title;
    std::vector<AggregateItem> phases;  // in rubric order; versions add theirs
    std::vector<AggregateItem> areas;
    std::vector<AggregateQuestion> questions;
    std::unordered_map<std::string, std::size_t> question_index;  // id -> index into questions
    std::vector<TeamRow> teams;                     // the teams counted, in input order
    std::vector<TeamRow> superseded;                // older files of teams counted, in input order
    std::vector<Diagnostic> skipped;                // files not read, and why
    std::vector<std::size_t> phase_counts;          // teams placed in each phase
    std::size_t unplaced = 0;                       // teams before the first phase
    std::vector<std::optional<double>> area_means;  // mean of the teams' overall area scores
    // [area][0]: teams whose area is placed nowhere yet; [area][1 + p]: at phase p.
    // Teams whose assessment does not place areas are not counted.
    std::vector<std::vector<std::size_t>> area_placement_counts;
    std::vector<SharedGap> shared_gaps;  // most teams blocked, most teams, essential first
    std::string group_prefix;            // the tag prefix teams are grouped by; empty: none
    std::vector<TeamGroup> groups;       // by value, the untagged last; empty unless grouped
};

// Whether any counted team's row merges several respondents' files.
bool any_respondents(const Aggregate& aggregate);

// The files behind the rows: each respondent's file of a merged row, else one.
std::size_t file_count(const std::vector<TeamRow>& rows);

// A team's gaps of one kind.
std::size_t count_gaps(const TeamRow& row, GapKind kind);

// Whether a team's gap keeps it from its next phase: a gap there (reach) on an
// essential, in an area below the floor, or while the phase's score is short.
bool blocks_next(const TeamBlocker& blocker, GapKind kind, bool essential, std::size_t area);

// Adds one team, in input order. A team for another rubric id than the teams
// before it is skipped with a reason.
void add_team(Aggregate& aggregate, TeamSummary summary);
void add_skipped(Aggregate& aggregate, Diagnostic reason);
// Counts and ranks once every team is in. Unless `keep_all`, a team named by
// several files is counted once, from the file with the latest date (the later
// file on a tie); the others move to `superseded`.
void finish_aggregate(Aggregate& aggregate, bool keep_all);

// The values of the row's tags that start with `prefix`: "payments" of
// "org:payments" for "org:"; a tag that is the prefix alone has none.
std::vector<std::string> tag_values(const TeamRow& row, const std::string& prefix);

// Groups the counted teams by their tags that start with `prefix` ("org:"), once
// finished: one group per value, in order of value, then the teams with none. A
// team with two such tags is in both groups.
void group_teams(Aggregate& aggregate, const std::string& prefix);

}  // namespace gait
