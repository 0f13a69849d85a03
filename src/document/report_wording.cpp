#include "document/report_wording.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

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

enum class Verb { omitted, stated };  // "1 essential short" or "1 essential is short"

std::string blockers(const PhaseScore& phase, Verb verb) {
    std::vector<std::string> parts;
    const auto add = [&](std::size_t count, const char* noun, const char* state) {
        if (count == 0) return;
        const char* is = verb == Verb::omitted ? "" : count == 1 ? "is " : "are ";
        parts.push_back(fmt::format("{} {}{}", count_of(count, noun), is, state));
    };
    add(phase.essentials_missing.size(), "essential", "short");
    add(phase.areas_below_floor.size(), "area", "below the floor");
    return fmt::format("{}", fmt::join(parts, " and "));
}

}  // namespace

std::string blockers_short(const PhaseScore& phase) {
    return blockers(phase, Verb::omitted);
}

std::string phase_status(const PhaseScore& phase) {
    if (phase.achieved) return phase.score ? "achieved" : "achieved (nothing applies)";
    const std::string blocking = blockers_short(phase);
    return blocking.empty() ? "not achieved" : "not achieved, " + blocking;
}

std::string next_phase_sentence(const PhaseScore& next) {
    const std::string blocking = blockers_short(next);
    if (!next.score && !blocking.empty()) {
        return fmt::format("Next: {}, with {}.", next.name, blocking);
    }
    if (next.score && *next.score >= next.threshold && !blocking.empty()) {
        return fmt::format("Next: {}. The score {} reaches the {} it needs, but {}.", next.name,
                           format_score(next.score), format_score(next.threshold),
                           blockers(next, Verb::stated));
    }
    std::string line = fmt::format("Next: {}, scoring {} of the {} it needs", next.name,
                                   format_score(next.score), format_score(next.threshold));
    if (!blocking.empty()) line += ", with " + blocking;
    return line + ".";
}

std::string areas_below_floor_sentence(const Result& result, const PhaseScore& phase) {
    const std::size_t p = static_cast<std::size_t>(&phase - result.phases.data());
    std::vector<std::string> named;
    for (const std::string& id : phase.areas_below_floor) {
        for (const AreaScores& area : result.areas) {
            if (area.id != id) continue;
            const std::optional<double> cell =
                p < area.by_phase.size() ? area.by_phase[p] : std::nullopt;
            named.push_back(fmt::format("{} {}", area.name, format_score(cell)));
        }
    }
    if (named.empty()) return {};
    const std::string floor = format_score(phase.area_floor);
    if (named.size() == 1) {
        return fmt::format("In {}, {} is below the {} every area needs.", phase.name, named.front(),
                           floor);
    }
    return fmt::format("In {}, {} areas are below the {} every area needs: {}.", phase.name,
                       named.size(), floor, fmt::join(named, ", "));
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
        const std::string areas = areas_below_floor_sentence(result, result.phases[*result.next]);
        if (!areas.empty()) words.notes.push_back(areas);
    } else if (result.placement) {
        words.next = "Next: none; this is the last phase.";
    }
    for (std::string& sentence : out_of_order_sentences(result))
        words.notes.push_back(std::move(sentence));
    return words;
}

std::string placement_name(const Result& result, std::optional<std::size_t> placement) {
    return placement ? result.phases[*placement].name : "none yet";
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

std::string lapsed_words(const QuestionOutcome& question) {
    return "exemption expired on " + question.until;
}

std::string exemption_status(const QuestionOutcome& question) {
    if (question.lapsed) return lapsed_words(question);
    if (question.exempt)
        return question.until.empty() ? "exempt, no end" : "exempt until " + question.until;
    return "not applicable, no reason given";
}

std::string exemptions_count(std::size_t in_force, std::size_t lapsed, std::size_t without_reason) {
    std::vector<std::string> parts;
    if (in_force > 0) parts.push_back(fmt::format("{} in force", in_force));
    if (lapsed > 0) parts.push_back(fmt::format("{} lapsed", lapsed));
    if (without_reason > 0)
        parts.push_back(fmt::format("{} not applicable without a reason", without_reason));
    return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace gait
