#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "gait/format/aggregate_json.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/text_format.hpp"

#include "format/csv_text.hpp"

namespace gait {
namespace {

std::string score_field(const std::optional<double>& score) {
    return score ? fmt::format("{}", *score) : "";
}

bool any_tags(const Aggregate& aggregate) {
    const auto tagged = [](const TeamRow& row) { return !row.tags.empty(); };
    return std::any_of(aggregate.teams.begin(), aggregate.teams.end(), tagged) ||
           std::any_of(aggregate.superseded.begin(), aggregate.superseded.end(), tagged);
}

// Tags hold no spaces: "org:payments tier:1" splits back on them.
std::string joined(const std::vector<std::string>& values) {
    std::string text;
    for (const std::string& value : values)
        text += (text.empty() ? "" : " ") + value;
    return text;
}

// The values of the row's tags of the group prefix, or "untagged"; empty for a
// superseded row, which no group counts.
std::string groups_of(const Aggregate& aggregate, const TeamRow& row) {
    if (!row.superseded_by.empty()) return {};
    const std::vector<std::string> values = tag_values(row, aggregate.group_prefix);
    return values.empty() ? "untagged" : joined(values);
}

bool any_target(const Aggregate& aggregate) {
    const auto aims = [](const TeamRow& row) { return row.target.has_value(); };
    return std::any_of(aggregate.teams.begin(), aggregate.teams.end(), aims) ||
           std::any_of(aggregate.superseded.begin(), aggregate.superseded.end(), aims);
}

// The phase, its date and whether the team holds it; empty fields without a target.
std::vector<std::string> target_fields(const TeamRow& row) {
    if (!row.target) return {"", "", ""};
    return {row.target->phase, row.target->by, row.target->met ? "true" : "false"};
}

std::vector<std::string> header(const Aggregate& aggregate) {
    std::vector<std::string> names = {"status", "file",           "team",
                                      "date",   "rubric_version", "placement"};
    for (const AggregateItem& phase : aggregate.phases)
        names.push_back("phase:" + phase.id);
    for (const AggregateItem& area : aggregate.areas)
        names.push_back("area:" + area.id);
    for (const char* name : {"hold_gaps", "reach_gaps", "unanswered"})
        names.emplace_back(name);
    // Only when a team merges several respondents' files: other CSVs keep their columns.
    if (any_respondents(aggregate)) names.emplace_back("respondents");
    // Only when some team sets a target: other CSVs keep their columns.
    if (any_target(aggregate)) names.insert(names.end(), {"target", "target_by", "target_met"});
    // Only when some team has tags, or teams are grouped: other CSVs keep their columns.
    if (any_tags(aggregate)) names.emplace_back("tags");
    if (!aggregate.group_prefix.empty()) names.emplace_back("group");
    names.emplace_back("reason");
    return names;
}

std::vector<std::string> team_fields(const Aggregate& aggregate, const TeamRow& row) {
    std::vector<std::string> fields = {row.superseded_by.empty() ? "counted" : "superseded",
                                       row.file,
                                       row.team,
                                       row.date,
                                       row.rubric_version,
                                       row.placement ? aggregate.phases[*row.placement].id : ""};
    for (const std::optional<double>& score : row.phase_scores)
        fields.push_back(score_field(score));
    for (const std::optional<double>& score : row.area_scores)
        fields.push_back(score_field(score));
    fields.push_back(std::to_string(count_gaps(row, GapKind::hold)));
    fields.push_back(std::to_string(count_gaps(row, GapKind::reach)));
    fields.push_back(std::to_string(row.unanswered));
    if (any_respondents(aggregate)) fields.push_back(std::to_string(row.respondents));
    if (any_target(aggregate)) {
        const std::vector<std::string> target = target_fields(row);
        fields.insert(fields.end(), target.begin(), target.end());
    }
    if (any_tags(aggregate)) fields.push_back(joined(row.tags));
    if (!aggregate.group_prefix.empty()) fields.push_back(groups_of(aggregate, row));
    fields.push_back(row.superseded_by.empty() ? "" : "superseded by " + row.superseded_by);
    return fields;
}

std::vector<std::string> skipped_fields(const Aggregate& aggregate, const Diagnostic& skipped) {
    std::vector<std::string> fields(header(aggregate).size());
    fields.front() = "skipped";
    fields[1] = skipped.where.file;
    fields.back() = format_diagnostic(skipped);
    return fields;
}

}  // namespace

std::string render_aggregate_csv(const Aggregate& aggregate) {
    std::string out = csv_line(header(aggregate));
    for (const TeamRow& row : aggregate.teams)
        out += csv_line(team_fields(aggregate, row));
    for (const TeamRow& row : aggregate.superseded)
        out += csv_line(team_fields(aggregate, row));
    for (const Diagnostic& skipped : aggregate.skipped)
        out += csv_line(skipped_fields(aggregate, skipped));
    return out;
}

}  // namespace gait
