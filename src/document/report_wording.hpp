#pragma once

// Sentences and lookups of the team report, for the builders
// (report_document.cpp, compare_document.cpp). Raw text: the writers escape it.

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

// "1 essential short", "2 essentials short".
std::string essentials_short(const PhaseScore& phase);

// "achieved", "achieved (nothing applies)", "not achieved", "not achieved, 1 essential short".
std::string phase_status(const PhaseScore& phase);

// What stands between the team and the next phase: "Next: Run, scoring 0.43 of
// the 0.70 it needs, with 1 essential short."
std::string next_phase_sentence(const PhaseScore& next);

// "Run practices in place, but Walk is not held.", one per phase achieved out of order.
std::vector<std::string> out_of_order_sentences(const Result& result);

// A phase's or an area's name from its id; the id when there is none.
std::string phase_name(const Result& result, const std::string& id);
std::string area_name(const Result& result, const std::string& id);

// The gaps of one kind, in the result's order.
std::vector<const Gap*> gaps_of_kind(const Result& result, GapKind kind);

}  // namespace gait
