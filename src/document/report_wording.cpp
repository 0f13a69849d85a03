#include "document/report_wording.hpp"

#include <fmt/format.h>

#include "gait/score/scoring.hpp"
#include "gait/util/text_format.hpp"

namespace gait {
namespace {

template <typename Items>
std::string name_by_id(const Items& items, const std::string& id) {
    for (const auto& item : items) {
        if (item.id == id) return item.name;
    }
    return id;
}

}  // namespace

std::string essentials_short(const PhaseScore& phase) {
    return count_of(phase.essentials_missing.size(), "essential") + " short";
}

std::string phase_status(const PhaseScore& phase) {
    if (phase.achieved) return phase.score ? "achieved" : "achieved (nothing applies)";
    if (phase.essentials_missing.empty()) return "not achieved";
    return "not achieved, " + essentials_short(phase);
}

std::string next_phase_sentence(const PhaseScore& next) {
    const std::size_t essentials = next.essentials_missing.size();
    if (!next.score && essentials > 0) {
        return fmt::format("Next: {}, with {}.", next.name, essentials_short(next));
    }
    if (next.score && *next.score >= next.threshold && essentials > 0) {
        return fmt::format("Next: {}. The score {} reaches the {} it needs, but {} {} short.",
                           next.name, format_score(next.score), format_score(next.threshold),
                           essentials, essentials == 1 ? "essential is" : "essentials are");
    }
    std::string line = fmt::format("Next: {}, scoring {} of the {} it needs", next.name,
                                   format_score(next.score), format_score(next.threshold));
    if (essentials > 0) line += ", with " + essentials_short(next);
    return line + ".";
}

std::vector<std::string> out_of_order_sentences(const Result& result) {
    std::vector<std::string> sentences;
    const std::size_t first_unheld = result.placement ? *result.placement + 1 : 0;
    for (const std::size_t ahead : phases_achieved_out_of_order(result)) {
        sentences.push_back(fmt::format("{} practices in place, but {} is not held.",
                                        result.phases[ahead].name,
                                        result.phases[first_unheld].name));
    }
    return sentences;
}

PlacementWords placement_words(const Result& result) {
    PlacementWords words;
    if (result.placement) {
        words.summary = result.phases[*result.placement].summary;
    } else if (!result.phases.empty()) {
        words.summary = fmt::format(
            "The team does not hold the {} phase yet: the gaps to reach "
            "it are listed below.",
            result.phases.front().name);
    }
    if (result.next) {
        words.next = next_phase_sentence(result.phases[*result.next]);
    } else if (result.placement) {
        words.next = "Next: none; this is the last phase.";
    }
    words.notes = out_of_order_sentences(result);
    return words;
}

std::string phase_name(const Result& result, const std::string& id) {
    return name_by_id(result.phases, id);
}

std::string area_name(const Result& result, const std::string& id) {
    return name_by_id(result.areas, id);
}

std::vector<const Gap*> gaps_of_kind(const Result& result, GapKind kind) {
    std::vector<const Gap*> gaps;
    for (const Gap& gap : result.gaps) {
        if (gap.kind == kind) gaps.push_back(&gap);
    }
    return gaps;
}

}  // namespace gait
