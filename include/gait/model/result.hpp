#pragma once

// The result of one team's assessment, as the engine (score) makes it and a
// saved JSON report (read_report) gives it back. Plain data; the team report's
// builder (report_document) and the JSON writer read this and nothing else.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace gait {

// The JSON form of this model (docs/report-format.md): bumped when a key changes
// meaning or goes away; new keys do not bump it.
inline constexpr int report_schema_version = 1;

struct PhaseScore {
    std::string id;
    std::string name;
    std::string summary;
    std::optional<double> score;  // weighted mean in [0,1], four decimals; empty: nothing applies
    double threshold = 0.0;
    bool achieved = false;                        // threshold, essentials and area floor all met
    std::vector<std::string> essentials_missing;  // ids of essentials short of full credit
    std::vector<std::string> areas_below_floor;   // ids of areas whose cell is below area_floor
    double area_floor = 0.0;  // what each area's cell must reach for the phase to be achieved
};

// One row of the area x phase matrix.
struct AreaScores {
    std::string id;
    std::string name;
    std::vector<std::optional<double>> by_phase;  // a cell per phase, 4 decimals; empty: none
    std::optional<double> overall;  // weighted mean over every phase's questions; empty: none
    // A cell per phase: whether the area holds it (floor reached, essentials at full
    // credit). Empty in a report saved before gait had per-area placement.
    std::vector<bool> holds;
    std::optional<std::size_t> placement;  // last phase of the unbroken run held; empty: none
};

// A placement: the last of the unbroken run of phases held from the first;
// empty when the first is not held. The team's and each area's.
inline std::optional<std::size_t> last_of_unbroken_run(const std::vector<bool>& held) {
    std::size_t count = 0;
    while (count < held.size() && held[count])
        ++count;
    if (count == 0) return std::nullopt;
    return count - 1;
}

enum class GapKind { hold, reach };

// One respondent's own answer to a question, in a report that merges several.
struct RespondentAnswer {
    std::string respondent;             // their name; empty when their file gave none
    std::optional<std::string> answer;  // choice id; empty when they left it blank
    std::string answer_label;           // the choice's label; empty when blank
    std::optional<double> value;        // the choice's value; empty when blank or n/a
    std::string note;                   // their remark
    std::string evidence;               // what backs their answer
};

// How far apart the respondents' answers to a question are.
struct Spread {
    std::size_t steps = 0;        // positions apart among the scale's choices with a value
    std::optional<double> min;    // the lowest value given; empty when none was
    std::optional<double> max;    // the highest
    bool not_applicable = false;  // some said n/a and some gave an answer with a value
    // Whether the team should talk it over: two or more steps apart, or split on n/a.
    bool to_discuss() const { return steps >= 2 || not_applicable; }
};

// A question and what the team answered to it.
struct QuestionOutcome {
    std::string question;
    std::string phase;  // phase id
    std::string area;   // area id
    std::string text;
    std::optional<std::string> answer;  // choice id; empty when unanswered
    std::string answer_label;           // the choice's label; empty when unanswered
    std::optional<double> value;        // the choice's value; empty when unanswered
    double weight = 1.0;
    bool essential = false;
    std::string note;          // the team's remark on its answer
    std::string evidence;      // what backs the answer
    std::string carried_from;  // the split question the answer came from, to confirm; or empty
    std::string reason;        // why it does not apply or is exempt; empty: none given
    bool exempt = false;       // answered exempt (in force: scored as not applicable)
    std::string until;         // the exemption's last day; empty: no end
    // An exemption past `until` on the assessment's date: scored as unanswered.
    bool lapsed = false;
    // Each respondent's answer, in the order of their files; empty unless several merged.
    std::vector<RespondentAnswer> respondents;
    Spread spread;  // how far apart they are; zero unless several merged
};

// A question below full credit that stands between the team and a phase.
struct Gap : QuestionOutcome {
    GapKind kind = GapKind::hold;  // hold: the placement or before it; reach: the next phase
    std::string guidance;          // the rubric's advice for closing it
};

struct UnansweredQuestion {
    std::string question;
    std::string phase;
    std::string area;
    std::string text;
};

// A target the answers file sets, the team's or an area's, as measured.
struct TargetOutcome {
    std::string area;   // the area's id; empty: the team's target
    std::string phase;  // the phase's id the team or the area should hold
    std::string by;     // YYYY-MM-DD; empty: due now
    bool met = false;   // the placement it is measured against is at the phase or beyond
    bool due = false;   // no date, or the assessment's date is after it
    // Ids of the questions below full credit that keep the team (or the area) from
    // holding the phase, in rubric order; empty when met.
    std::vector<std::string> gaps;
};

// Everything a report says: the builders (src/document/) and the JSON writer read it.
struct Result {
    struct RubricInfo {
        std::string id;
        std::string version;
        std::string title;
    } rubric;
    std::string team;
    std::string date;
    std::string respondent;
    std::vector<std::string> tags;  // the answers file's labels, such as "org:payments"
    // Who took part, when several respondents' answers were merged (each name, in
    // the order of their files; empty for a file without one); empty otherwise.
    std::vector<std::string> respondents;
    std::string merge;  // how answers were merged: median, min or mean; empty for one respondent
    std::optional<std::size_t> placement;  // index into phases; empty: before the first
    std::optional<std::size_t> next;       // index into phases; empty: the last is held
    std::vector<PhaseScore> phases;
    std::vector<AreaScores> areas;
    std::vector<Gap> gaps;  // to hold first, then to reach; each in priority order
    std::vector<UnansweredQuestion> unanswered;
    std::vector<QuestionOutcome> questions;  // every question, in rubric order
    // Ids of the questions the respondents should discuss (Spread::to_discuss), in rubric order.
    std::vector<std::string> discuss;
    std::vector<TargetOutcome> targets;  // the team's first, then each area's, in file order
};

}  // namespace gait
