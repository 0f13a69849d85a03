#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "gait/aggregate_report.hpp"
#include "gait/report_json.hpp"

namespace gait {
namespace {

using json = nlohmann::ordered_json;

double four_decimals(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

// Team rows are most of a large aggregate's JSON: each is written as text, with
// the phase and area keys escaped once, rather than built as a tree and printed.
// The text is what dump_json would print for the same row.
class TeamRowWriter {
  public:
    explicit TeamRowWriter(const Aggregate& aggregate)
        : phases_(quoted_ids(aggregate.phases)), areas_(quoted_ids(aggregate.areas)) {}

    // At the indentation of an item of a top-level array.
    void operator()(std::string& text, const TeamRow& row) const {
        text += "{\n      \"file\": ";
        text += json_text(row.file);
        member(text, "team", json_text(row.team));
        member(text, "date", json_text(row.date));
        member(text, "rubric_version", json_text(row.rubric_version));
        member(text, "placement", row.placement ? phases_[*row.placement] : "null");
        scores(text, "phase_scores", phases_, row.phase_scores);
        scores(text, "area_scores", areas_, row.area_scores);
        text += ",\n      \"gaps\": {\n        \"hold\": ";
        text += std::to_string(count_gaps(row, GapKind::hold));
        text += ",\n        \"reach\": ";
        text += std::to_string(count_gaps(row, GapKind::reach));
        text += "\n      }";
        member(text, "unanswered", std::to_string(row.unanswered));
        if (!row.superseded_by.empty()) member(text, "superseded_by", json_text(row.superseded_by));
        text += "\n    }";
    }

  private:
    static std::vector<std::string> quoted_ids(const std::vector<AggregateItem>& items) {
        std::vector<std::string> quoted;
        for (const AggregateItem& item : items)
            quoted.push_back(json_text(item.id));
        return quoted;
    }

    // Every member but the first, "file".
    static void member(std::string& text, std::string_view key, const std::string& value) {
        text += ",\n      \"";
        text += key;
        text += "\": ";
        text += value;
    }

    static void scores(std::string& text, std::string_view key, const std::vector<std::string>& ids,
                       const std::vector<std::optional<double>>& values) {
        if (ids.empty()) {
            member(text, key, "{}");
            return;
        }
        member(text, key, "{");
        for (std::size_t i = 0; i < ids.size(); ++i) {
            text += i == 0 ? "\n        " : ",\n        ";
            text += ids[i];
            text += ": ";
            text += json_text(score_json(values[i]));
        }
        text += "\n      }";
    }

    std::vector<std::string> phases_;  // each id as a JSON string
    std::vector<std::string> areas_;
};

json shared_gap_json(const Aggregate& aggregate, const SharedGap& gap) {
    const AggregateQuestion& question = aggregate.questions[gap.question];
    return {{"question", question.id},
            {"phase", aggregate.phases[question.phase].id},
            {"area", aggregate.areas[question.area].id},
            {"text", question.text},
            {"essential", question.essential},
            {"guidance", question.guidance},
            {"teams", gap.teams},
            {"hold", gap.hold},
            {"reach", gap.reach},
            {"shortfall", four_decimals(gap.shortfall)}};
}

json skipped_json(const Diagnostic& skipped) {
    return {{"file", skipped.where.file},
            {"line", skipped.where.line},
            {"column", skipped.where.column},
            {"message", skipped.message},
            {"hint", skipped.hint}};
}

}  // namespace

std::string render_aggregate_json(const Aggregate& aggregate) {
    // Written member by member: ten thousand team rows never stand as one tree.
    JsonObjectWriter out;
    out.member("schema_version", aggregate_schema_version);
    out.member("kind", "aggregate");
    out.member("tool", tool_json());
    out.member("rubric", {{"id", aggregate.rubric_id}, {"title", aggregate.rubric_title}});
    out.member("counts", {{"files", aggregate.teams.size() + aggregate.superseded.size() +
                                        aggregate.skipped.size()},
                          {"teams", aggregate.teams.size()},
                          {"superseded", aggregate.superseded.size()},
                          {"skipped", aggregate.skipped.size()}});
    json phases = json::array();
    for (std::size_t p = 0; p < aggregate.phases.size(); ++p) {
        phases.push_back({{"id", aggregate.phases[p].id},
                          {"name", aggregate.phases[p].name},
                          {"teams", aggregate.phase_counts[p]}});
    }
    out.member("phases", phases);
    out.member("unplaced", aggregate.unplaced);
    json areas = json::array();
    for (std::size_t a = 0; a < aggregate.areas.size(); ++a) {
        areas.push_back({{"id", aggregate.areas[a].id},
                         {"name", aggregate.areas[a].name},
                         {"mean", score_json(aggregate.area_means[a])}});
    }
    out.member("areas", areas);
    out.array("shared_gaps", aggregate.shared_gaps,
              [&](const SharedGap& gap) { return shared_gap_json(aggregate, gap); });
    const TeamRowWriter team_row(aggregate);
    out.array_of_text("teams", aggregate.teams, team_row);
    out.array_of_text("superseded", aggregate.superseded, team_row);
    out.array("skipped", aggregate.skipped, skipped_json);
    return out.finish();
}

}  // namespace gait
