#pragma once

// Sentences and lookups of the team report, for the builders
// (report_document.cpp, compare_document.cpp). Raw text: the writers escape it.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "gait/model/result.hpp"

namespace gait {

// What every report says under the placement's name.
struct PlacementWords {
    std::string summary;             // the phase's summary, or why there is no placement
    std::string next;                // what the next phase needs, or that this is the last
    std::vector<std::string> notes;  // phases achieved out of order
};
PlacementWords placement_words(const Result& result);

// What blocks a phase besides its score: "1 essential short", "2 areas below
// the floor", "1 essential short and 1 area below the floor"; empty when nothing does.
std::string blockers_short(const PhaseScore& phase);

// "achieved", "achieved (nothing applies)", "not achieved", "not achieved, 1 essential short".
std::string phase_status(const PhaseScore& phase);

// Names the areas below a phase's floor: "In Walk, Security scores 0.25, below
// the 0.50 every area needs."; empty when none is.
std::string areas_below_floor_sentence(const Result& result, const PhaseScore& phase);

// What stands between the team and the next phase: "Next: Run, scoring 0.43 of
// the 0.70 it needs, with 1 essential short."
std::string next_phase_sentence(const PhaseScore& next);

// "Run practices in place, but Walk is not held.", one per phase achieved out of order.
std::vector<std::string> out_of_order_sentences(const Result& result);

// The name of the phase at `placement`, or "none yet".
std::string placement_name(const Result& result, std::optional<std::size_t> placement);

// A phase's or an area's name from its id; the id when there is none.
std::string phase_name(const Result& result, const std::string& id);
std::string area_name(const Result& result, const std::string& id);

// "exemption expired on 2026-10-01", of a lapsed exemption.
std::string lapsed_words(const QuestionOutcome& question);

// "exempt until 2027-01-31", "exempt, no end", "exemption expired on 2026-10-01",
// "not applicable, no reason given".
std::string exemption_status(const QuestionOutcome& question);

// "1 in force, 1 lapsed, 2 not applicable without a reason", the parts that apply.
std::string exemptions_count(std::size_t in_force, std::size_t lapsed, std::size_t without_reason);

// The gaps of one kind, in the result's order.
std::vector<const Gap*> gaps_of_kind(const Result& result, GapKind kind);

}  // namespace gait
