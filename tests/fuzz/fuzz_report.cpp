// Fuzzes the saved-report reader: gait::load_report, then every renderer on
// whatever odd Result it lets through (placement and area rows must stay within
// the phases), then the report written again must read back as it was written.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "gait/load/report_reader.hpp"
#include "gait/util/limits.hpp"

#include "fuzz_common.hpp"

namespace {

const std::string file = "fuzz-report.json";

// What every renderer takes for granted about a Result.
void check_consistent(const gait::Result& result) {
    const std::size_t phases = result.phases.size();
    gait_fuzz::expect(!result.placement || *result.placement < phases,
                      "load_report: placement past the phases");
    gait_fuzz::expect(!result.next || *result.next < phases, "load_report: next past the phases");
    for (const gait::AreaScores& area : result.areas) {
        if (area.by_phase.size() != phases) {
            gait_fuzz::finding("load_report: an area row does not match the phases",
                               fmt::format("area '{}': {} cells, {} phases", area.id,
                                           area.by_phase.size(), phases));
        }
    }
}

// Whether a report has more phases or areas than a rubric may have: load_report
// takes them all, and the renderers' area x phase matrix grows with their
// product (regressions/report-phases-times-areas.yaml). Passed over with
// GAIT_FUZZ_SKIP_KNOWN=1 until load_report applies the rubric's limits.
bool known_too_wide(std::string_view text) {
    try {
        const YAML::Node root = YAML::Load(std::string(text));
        if (!root.IsMap()) return false;
        const auto count = [&](const char* key) {
            const YAML::Node list = root[key];
            return list.IsSequence() ? list.size() : std::size_t{0};
        };
        return count("phases") > gait::limits::phases || count("areas") > gait::limits::areas;
    } catch (const YAML::Exception&) {
        return false;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (gait_fuzz::skip_known_enabled() && known_too_wide(text)) return -1;  // not kept
    gait_fuzz::guarded("load_report threw", file, [&] {
        const gait::Result result = gait::load_report(text, file);
        gait_fuzz::check_whole_text_read(text, "load_report");
        check_consistent(result);
        gait_fuzz::check_scores(result, "load_report");
        gait_fuzz::render_all(result, static_cast<std::uint8_t>(size));
        gait_fuzz::check_round_trip(result);
    });
    return 0;
}
