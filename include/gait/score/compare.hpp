#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gait/model/result.hpp"

namespace gait {

// A phase's or an area's score on both sides; empty where a side has no score,
// or does not have the phase or area at all (another version of the rubric).
struct ScoreChange {
    std::string id;
    std::string name;
    std::optional<double> before;
    std::optional<double> after;
};

// An area's own placement on one side.
struct AreaPlacement {
    bool known = false;                // the side has the area and places it
    std::optional<std::string> phase;  // the phase id; empty: none yet
};

// One question's answer on both sides.
struct QuestionChange {
    QuestionOutcome before;
    QuestionOutcome after;
};

// What moved between two assessments of one team against one rubric.
struct Comparison {
    Result before;
    Result after;
    int placement_steps = 0;          // phases moved: up when positive, down when negative
    std::vector<ScoreChange> phases;  // the after side's phases, then those only before has
    std::vector<ScoreChange> areas;   // each area's overall score, in the same order
    std::vector<std::pair<AreaPlacement, AreaPlacement>> area_placements;  // by `areas`
    std::vector<QuestionChange> improved;   // more credit than before
    std::vector<QuestionChange> regressed;  // less credit than before
    std::vector<QuestionChange> changed;    // another answer for the same credit (to or from n/a)
    std::vector<Gap> gaps_closed;           // before's gaps now at full credit or not applicable
    std::vector<Gap> gaps_opened;           // after's gaps that had full credit or n/a before
    std::vector<QuestionOutcome> only_before;  // questions the after side's rubric lacks
    std::vector<QuestionOutcome> only_after;   // questions the before side's rubric lacks
};

// Compares two assessments: a pure function. Questions, phases and areas are
// matched by id, so two versions of a rubric compare on what they share.
// Throws Error when the rubric ids differ. The rules are in docs/compare.md.
Comparison compare(const Result& before, const Result& after);

// A placement that fell from one assessment to the next: the team's or an area's.
struct PlacementDrop {
    std::string area;  // the area's id; empty for the team's own placement
    std::string name;  // the area's name; empty for the team's
    std::string from;  // the placement before, by name: "Walk", "none yet"
    std::string to;    // the placement after
};

// The placements that fell between two assessments: the team's when it moved
// down, and each area's, shared by both sides and placed by both, that sits
// in an earlier phase (by the after side's order) than before.
std::vector<PlacementDrop> placement_drops(const Comparison& comparison);

// The team's placement by name: the phase's, or "none yet".
std::string placement_name_of(const Result& result);

// The credit an answer earns: its value, 0 when unanswered, empty when not applicable.
std::optional<double> credit_of(const QuestionOutcome& outcome);

// A score change with two decimals and a sign ("+0.25", "-0.10"); "0.00" when
// none, "-" when a side has no score.
std::string format_change(std::optional<double> before, std::optional<double> after);

}  // namespace gait
