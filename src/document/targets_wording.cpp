#include "document/targets_wording.hpp"

#include <fmt/format.h>

#include "gait/score/targets.hpp"
#include "gait/util/text_format.hpp"

#include "document/report_wording.hpp"

namespace gait {

std::string target_name(const Result& result, const TargetOutcome& target) {
    const std::string phase = phase_name(result, target.phase);
    return target.by.empty() ? phase : fmt::format("{} by {}", phase, target.by);
}

std::string target_status(const Result& result, const TargetOutcome& target) {
    const std::string placed = placement_name(result, target_placement(result, target));
    if (target.met) return fmt::format("met (placed {})", placed);
    const bool overdue = target.due && !target.by.empty();
    return fmt::format("not met{} (placed {})", overdue ? ", past its date" : "", placed);
}

std::string target_sentence(const Result& result, const TargetOutcome& target) {
    const std::string who = target.area.empty() ? "Team" : area_name(result, target.area);
    std::string sentence =
        fmt::format("{}: {} — {}", who, target_name(result, target), target_status(result, target));
    if (target.met) return sentence;
    if (target.gaps.empty()) return sentence + "; no question below full credit stands between";
    return fmt::format("{}; {} {} between: {}", sentence, count_of(target.gaps.size(), "gap"),
                       target.gaps.size() == 1 ? "stands" : "stand", fmt::join(target.gaps, ", "));
}

}  // namespace gait
