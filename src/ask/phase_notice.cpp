#include "ask/phase_notice.hpp"

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "document/report_wording.hpp"

namespace gait {
namespace {

// The essentials short of full credit, the first by name; empty when none is.
std::string essentials_short(const PhaseScore& phase) {
    const std::vector<std::string>& missing = phase.essentials_missing;
    if (missing.empty()) return {};
    if (missing.size() == 1) {
        return fmt::format("the essential '{}' is short of full credit",
                           printable(missing.front()));
    }
    return fmt::format("the essentials '{}' and {} more are short of full credit",
                       printable(missing.front()), missing.size() - 1);
}

// Why a phase is not achieved: its score below the threshold, else its
// essentials, else its areas below the floor.
std::string shortfall(const PhaseScore& phase) {
    if (phase.score && *phase.score < phase.threshold - 1e-9) {
        return fmt::format("{} scores {}, below its {:.2f}", printable(phase.name),
                           format_score(phase.score), phase.threshold);
    }
    const std::string essentials = essentials_short(phase);
    if (!essentials.empty()) return essentials;
    if (!phase.areas_below_floor.empty()) {
        return fmt::format("{} has {}", printable(phase.name), blockers_short(phase));
    }
    return printable(phase.name) + " is not achieved";
}

}  // namespace

std::string phase_done_notice(const Result& result, const std::string& phase_id) {
    std::size_t p = 0;
    while (p < result.phases.size() && result.phases[p].id != phase_id)
        ++p;
    if (p == result.phases.size()) return {};
    const PhaseScore& done = result.phases[p];
    const std::string line =
        fmt::format("{} done: score {} for a threshold of {:.2f}", printable(done.name),
                    format_score(done.score), done.threshold);
    if (result.placement && *result.placement >= p)
        return line + fmt::format("; the team holds {}.", printable(done.name));
    if (!done.achieved) {
        const std::string essentials = essentials_short(done);
        // An area below the floor holds the phase back as an essential does: say which.
        const std::string floor = areas_below_floor_sentence(result, done);
        return line +
               fmt::format("; {} is not held yet{}.", printable(done.name),
                           essentials.empty() ? "" : ": " + essentials) +
               (floor.empty() ? "" : " " + printable(floor));
    }
    // Scored enough itself, but held only once every phase before it is.
    const PhaseScore& blocking = result.phases[result.placement ? *result.placement + 1 : 0];
    return line + fmt::format(", but {} is not held while {} is not: {}.", printable(done.name),
                              printable(blocking.name), shortfall(blocking));
}

}  // namespace gait
