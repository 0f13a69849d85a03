// Writing a report in the format asked for, and the --fail-below gate: shared
// by assess, the questionnaire and report.

#include <fmt/format.h>

#include "gait/document/report_document.hpp"
#include "gait/format/report_json.hpp"
#include "gait/score/targets.hpp"
#include "gait/util/edit_distance.hpp"

#include "cli/commands.hpp"
#include "document/report_wording.hpp"
#include "document/targets_wording.hpp"

namespace gait::cli {
namespace {

// By id or by name, as every report prints it: crawl, Crawl, CRAWL.
template <typename Phases>
std::size_t find_gate(const Phases& phases, const std::string& phase) {
    const std::string wanted = ascii_lower(phase);
    std::vector<std::string> ids;
    for (std::size_t p = 0; p < phases.size(); ++p) {
        if (ascii_lower(phases[p].id) == wanted || ascii_lower(phases[p].name) == wanted) return p;
        ids.push_back(phases[p].id);
    }
    std::string hint = did_you_mean(wanted, ids);
    if (hint.empty()) hint = fmt::format("the phases are {}", fmt::join(ids, ", "));
    throw Error({}, fmt::format("--fail-below names unknown phase {}", quote_value(phase)), hint);
}

// Names each target due and not met on stderr, one line each; whether none is.
bool targets_gate_passes(const Result& result) {
    const std::vector<const TargetOutcome*> missed = targets_missed(result);
    for (const TargetOutcome* target : missed) {
        const std::string who =
            target->area.empty() ? std::string("team") : "area " + area_name(result, target->area);
        tell(printable(fmt::format("{} target {} is {}, the --fail-below-target gate", who,
                                   target_name(result, *target), target_status(result, *target))));
    }
    return missed.empty();
}

}  // namespace

const std::vector<std::string> report_formats = {"text", "markdown", "html", "json"};

void add_report_options(CLI::App& command, ReportOptions& options) {
    add_format_and_output(command, options.format, report_formats, options.output);
    command
        .add_option("--fail-below", options.fail_below,
                    "Exit 1 when the placement is below PHASE, a phase's id or name")
        ->type_name("PHASE");
    command.add_flag("--fail-below-target", options.fail_below_target,
                     "Exit 1 when a target whose date has passed is not met");
    add_color_option(command, options.color);
}

std::size_t gate_index(const Rubric& rubric, const std::string& phase) {
    return find_gate(rubric.phases, phase);
}

std::string render_in_format(const Result& result, Format format, const TextStyle& style) {
    if (format == Format::json) return render_json(result);
    if (format == Format::csv) {
        throw Error({}, "a team's report has no CSV format", "gait aggregate writes CSV");
    }
    return write_document(report_document(result), format, style);
}

int emit_report(const Result& result, const ReportOptions& options) {
    // An unknown phase is a usage error before anything is written.
    const std::optional<std::size_t> gate =
        options.fail_below.empty() ? std::nullopt
                                   : std::optional(find_gate(result.phases, options.fail_below));
    write_output(
        options.output,
        render_in_format(result, output_format(options.format, options.output, report_formats),
                         output_style(options.output, options.color)));
    bool passes = true;
    if (gate && !(result.placement && *result.placement >= *gate)) {
        tell(fmt::format("placement is below {}, the --fail-below gate",
                         printable(result.phases[*gate].name)));
        passes = false;
    }
    if (options.fail_below_target && !targets_gate_passes(result)) passes = false;
    return passes ? 0 : 1;
}

}  // namespace gait::cli
