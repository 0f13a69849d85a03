#include "document/plan_wording.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "document/report_wording.hpp"

namespace gait {
namespace {

// The phase the gap stands in the way of, as the report's gap sections name it.
const PhaseScore* blocked_phase(const Result& result, GapKind kind) {
    const std::optional<std::size_t> index = kind == GapKind::hold ? result.placement : result.next;
    return index && *index < result.phases.size() ? &result.phases[*index] : nullptr;
}

bool below_floor(const PhaseScore& phase, const std::string& area) {
    return std::find(phase.areas_below_floor.begin(), phase.areas_below_floor.end(), area) !=
           phase.areas_below_floor.end();
}

std::string closed_words(const PlanItem& item) {
    if (!item.entry.closed.empty()) return "closed on " + item.entry.closed;
    return "marked " + std::string(status_name(item.entry.status));
}

}  // namespace

std::string why_it_matters(const Result& result, const PlanItem& item) {
    if (!is_open(item)) return closed_words(item);
    const PhaseScore* phase = blocked_phase(result, *item.kind);
    if (!phase) return "A gap";
    std::string why =
        fmt::format("{} {}", *item.kind == GapKind::hold ? "To hold" : "To reach", phase->name);
    const bool essential_missing =
        std::find(phase->essentials_missing.begin(), phase->essentials_missing.end(),
                  item.question.question) != phase->essentials_missing.end();
    if (item.question.essential || essential_missing) why += ", essential";
    if (below_floor(*phase, item.question.area)) {
        why += fmt::format(", {} below the floor", area_name(result, item.question.area));
    }
    return why;
}

std::string item_phase_name(const Result& result, const PlanItem& item) {
    return item.question.phase.empty() ? std::string() : phase_name(result, item.question.phase);
}

std::string item_area_name(const Result& result, const PlanItem& item) {
    return item.question.area.empty() ? std::string() : area_name(result, item.question.area);
}

PlanCounts count_items(const PlanTeam& team) {
    PlanCounts counts;
    for (const PlanItem& item : team.items) {
        const bool settled =
            item.entry.status == PlanStatus::done || item.entry.status == PlanStatus::wontdo;
        if (!is_open(item)) {
            ++counts.closed;
        } else if (settled) {
            ++counts.settled;
        } else {
            ++counts.open;
        }
    }
    return counts;
}

PlanCounts& operator+=(PlanCounts& total, const PlanCounts& more) {
    total.open += more.open;
    total.settled += more.settled;
    total.closed += more.closed;
    return total;
}

std::string plan_counts(const PlanCounts& counts) {
    if (counts.settled == 0) return fmt::format("{} open, {} closed", counts.open, counts.closed);
    return fmt::format("{} open, {} marked done or won't do, {} closed", counts.open,
                       counts.settled, counts.closed);
}

std::string skip_reason(const QuestionOutcome& question) {
    if (question.reason.empty()) return exemption_status(question);
    const std::string status = question.exempt ? exemption_status(question) : "not applicable";
    return status + ": " + question.reason;
}

}  // namespace gait
