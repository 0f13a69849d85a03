#include "load/answers_targets.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/util/edit_distance.hpp"
#include "gait/util/text_format.hpp"

#include "load/iso_date.hpp"

namespace gait::detail {
namespace {

std::vector<std::string> phase_ids(const Rubric& rubric) {
    std::vector<std::string> ids;
    for (const Phase& phase : rubric.phases)
        ids.push_back(phase.id);
    return ids;
}

std::vector<std::string> area_ids(const Rubric& rubric) {
    std::vector<std::string> ids;
    for (const Area& area : rubric.areas)
        ids.push_back(area.id);
    return ids;
}

// Reads one target: a phase id alone, or {phase: P, by: DATE}.
class TargetReader {
  public:
    TargetReader(const Rubric& rubric, const std::string& file, std::vector<Diagnostic>& problems)
        : rubric_(rubric), file_(file), problems_(problems) {}

    Target read(const YAML::Node& node, std::string area, const std::string& what) {
        Target target;
        target.area = std::move(area);
        target.where = location_of(node, file_);
        if (node.IsScalar()) {
            target.phase = checked_phase(node.Scalar(), target.where);
            return target;
        }
        MappingReader reader(node, file_, what, problems_);
        target.phase = checked_phase(reader.text("phase", true), reader.where("phase"));
        target.by = reader.text("by", false);
        if (!target.by.empty() && !is_iso_date(target.by)) {
            problems_.push_back({reader.where("by"),
                                 fmt::format("date {} is not a date", quote_value(target.by)),
                                 "write it as YYYY-MM-DD"});
        }
        reader.reject_unknown_keys();
        return target;
    }

  private:
    std::string checked_phase(const std::string& phase, const SourceLocation& where) {
        const std::vector<std::string> ids = phase_ids(rubric_);
        if (phase.empty() || std::find(ids.begin(), ids.end(), phase) != ids.end()) return phase;
        problems_.push_back({where, fmt::format("unknown phase {} in a target", quote_value(phase)),
                             did_you_mean(phase, ids)});
        return phase;
    }

    const Rubric& rubric_;
    const std::string& file_;
    std::vector<Diagnostic>& problems_;
};

void read_area_targets(const YAML::Node& node, TargetReader& reader, const Rubric& rubric,
                       const std::string& file, Answers& answers,
                       std::vector<Diagnostic>& problems) {
    if (!node.IsDefined() || node.IsNull()) return;
    if (!node.IsMap()) {
        problems.push_back({location_of(node, file),
                            "'targets' must map area ids to phases, not " + describe_kind(node),
                            "write 'targets: {AREA: PHASE}'"});
        return;
    }
    const std::vector<std::string> ids = area_ids(rubric);
    for (const auto& entry : node) {
        const std::string& area = entry.first.Scalar();
        if (std::find(ids.begin(), ids.end(), area) == ids.end()) {
            problems.push_back({location_of(entry.first, file),
                                fmt::format("unknown area {} in 'targets'", quote_value(area)),
                                did_you_mean(area, ids)});
            continue;
        }
        answers.targets.push_back(reader.read(entry.second, area, "target of area '" + area + "'"));
    }
}

}  // namespace

void read_targets(MappingReader& root, const std::string& file, const Rubric& rubric,
                  Answers& answers, std::vector<Diagnostic>& problems) {
    TargetReader reader(rubric, file, problems);
    const YAML::Node team = root.child("target");
    if (team.IsDefined() && !team.IsNull())
        answers.targets.push_back(reader.read(team, {}, "team's target"));
    read_area_targets(root.child("targets"), reader, rubric, file, answers, problems);
}

}  // namespace gait::detail
