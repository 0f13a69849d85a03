#include "gait/format/aggregate_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gait/format/report_json.hpp"

#include "format/json_writer.hpp"

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
        : aggregate_(aggregate),
          phases_(quoted_ids(aggregate.phases)),
          areas_(quoted_ids(aggregate.areas)) {}

    // At the indentation of an item of a top-level array.
    void operator()(std::string& text, const TeamRow& row) {
        text += "{\n      \"file\": ";
        append_string(text, row.file);
        append_key(text, "team");
        append_string(text, row.team);
        append_key(text, "date");
        append_string(text, row.date);
        append_key(text, "rubric_version");
        append_string(text, row.rubric_version);
        append_key(text, "placement");
        text += row.placement ? phases_[*row.placement] : "null";
        append_scores(text, "phase_scores", phases_, row.phase_scores);
        append_scores(text, "area_scores", areas_, row.area_scores);
        append_area_placements(text, row.area_placements);
        append_key(text, "gaps");
        text += "{\n        \"hold\": " + std::to_string(count_gaps(row, GapKind::hold)) +
                ",\n        \"reach\": " + std::to_string(count_gaps(row, GapKind::reach)) +
                "\n      }";
        append_key(text, "unanswered");
        text += std::to_string(row.unanswered);
        append_blocker(text, row);
        if (!row.tags.empty()) {
            append_key(text, "tags");
            std::vector<std::string> tags;
            for (const std::string& tag : row.tags)
                tags.push_back(json_text(tag));
            text += inline_list(tags, 6);
        }
        if (row.respondents > 1) {
            append_key(text, "respondents");
            text += std::to_string(row.respondents);
            append_key(text, "files");
            std::vector<std::string> files;
            for (const std::string& file : row.merged_files)
                files.push_back(json_text(file));
            text += inline_list(files, 6);
        }
        if (row.target) append_target(text, *row.target);
        if (!row.superseded_by.empty()) {
            append_key(text, "superseded_by");
            append_string(text, row.superseded_by);
        }
        text += "\n    }";
    }

  private:
    // "target": {"phase": ..., "by": ... or null, "met": ..., "due": ...}
    static void append_target(std::string& text, const TargetOutcome& target) {
        append_key(text, "target");
        text += "{\n        \"phase\": ";
        append_string(text, target.phase);
        text += ",\n        \"by\": ";
        if (target.by.empty()) {
            text += "null";
        } else {
            append_string(text, target.by);
        }
        text += std::string(",\n        \"met\": ") + (target.met ? "true" : "false");
        text += std::string(",\n        \"due\": ") + (target.due ? "true" : "false");
        text += "\n      }";
    }

    static std::vector<std::string> quoted_ids(const std::vector<AggregateItem>& items) {
        std::vector<std::string> quoted;
        for (const AggregateItem& item : items)
            quoted.push_back(json_text(item.id));
        return quoted;
    }

    // Every member's but the first's, "file".
    static void append_key(std::string& text, std::string_view key) {
        text += ",\n      \"";
        text += key;
        text += "\": ";
    }

    // Printable ASCII but for quote and backslash is written as it is; the rest
    // goes through the JSON library, which escapes and checks UTF-8.
    static void append_string(std::string& text, const std::string& value) {
        const bool plain = std::all_of(value.begin(), value.end(), [](char c) {
            return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
        });
        if (!plain) {
            text += json_text(value);
            return;
        }
        text += '"';
        text += value;
        text += '"';
    }

    // What keeps the team from its next phase; null when it holds the last.
    void append_blocker(std::string& text, const TeamRow& row) {
        append_key(text, "blocker");
        const TeamBlocker& blocker = row.blocker;
        if (!blocker.next) {
            text += "null";
            return;
        }
        std::vector<std::string> essentials, areas;
        for (const TeamGap& gap : row.gaps) {
            const AggregateQuestion& question = aggregate_.questions[gap.question];
            if (gap.kind == GapKind::reach && question.essential)
                essentials.push_back(json_text(question.id));
        }
        for (const std::uint32_t area : blocker.areas_below_floor)
            areas.push_back(areas_[area]);
        text += "{\n        \"phase\": " + phases_[*blocker.next];
        text += ",\n        \"essentials_missing\": " + inline_list(essentials, 8);
        text += ",\n        \"areas_below_floor\": " + inline_list(areas, 8);
        text += ",\n        \"score_short\": ";
        text += blocker.score_short ? "true" : "false";
        text += "\n      }";
    }

    // Already JSON items, as dump_json prints an array nested at this depth.
    static std::string inline_list(const std::vector<std::string>& items, std::size_t indent) {
        if (items.empty()) return "[]";
        const std::string item_indent = "\n" + std::string(indent + 2, ' ');
        std::string text = "[";
        for (std::size_t i = 0; i < items.size(); ++i)
            text += (i == 0 ? "" : ",") + item_indent + items[i];
        return text + "\n" + std::string(indent, ' ') + "]";
    }

    // Each area the team places, by id: the phase id, or null for none yet.
    void append_area_placements(std::string& text, const std::vector<TeamAreaPlacement>& placed) {
        append_key(text, "area_placements");
        std::string members;
        for (std::size_t a = 0; a < placed.size(); ++a) {
            if (!placed[a].known) continue;
            members += members.empty() ? "\n        " : ",\n        ";
            members += areas_[a] + ": ";
            members += placed[a].phase ? phases_[*placed[a].phase] : "null";
        }
        text += members.empty() ? "{}" : "{" + members + "\n      }";
    }

    void append_scores(std::string& text, std::string_view key, const std::vector<std::string>& ids,
                       const std::vector<std::optional<double>>& values) {
        append_key(text, key);
        if (ids.empty()) {
            text += "{}";
            return;
        }
        text += "{";
        for (std::size_t i = 0; i < ids.size(); ++i) {
            text += i == 0 ? "\n        " : ",\n        ";
            text += ids[i];
            text += ": ";
            text += score_text(values[i]);
        }
        text += "\n      }";
    }

    // Scores have four decimals, so ten thousand teams share a few hundred of
    // them. Keyed by their bits: -0.0 prints apart from 0.0.
    const std::string& score_text(std::optional<double> score) {
        if (!score) return null_;
        std::uint64_t bits = 0;
        std::memcpy(&bits, &*score, sizeof bits);
        const auto [found, added] = scores_.try_emplace(bits);
        if (added) found->second = json_text(*score);
        return found->second;
    }

    const Aggregate& aggregate_;
    std::vector<std::string> phases_;  // each id as a JSON string
    std::vector<std::string> areas_;
    std::unordered_map<std::uint64_t, std::string> scores_;  // a score's bits -> its JSON text
    const std::string null_ = "null";
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
            {"shortfall", four_decimals(gap.shortfall)},
            {"blocked", gap.blocked.size()},
            {"blocked_teams", gap.blocked}};
}

json group_json(const Aggregate& aggregate, const TeamGroup& group) {
    json phases = json::object();
    for (std::size_t p = 0; p < aggregate.phases.size(); ++p)
        phases[aggregate.phases[p].id] = group.phase_counts[p];
    json gaps = json::array();
    for (const SharedGap& gap : group.shared_gaps)
        gaps.push_back(shared_gap_json(aggregate, gap));
    return {{"tag", group.untagged ? json(nullptr) : json(aggregate.group_prefix + group.value)},
            {"value", group.value},
            {"untagged", group.untagged},
            {"teams", group.teams},
            {"phases", phases},
            {"unplaced", group.unplaced},
            {"shared_gaps", gaps}};
}

}  // namespace

std::string render_aggregate_json(const Aggregate& aggregate) {
    // Written member by member: ten thousand team rows never stand as one tree.
    JsonObjectWriter out;
    out.member("schema_version", aggregate_schema_version);
    out.member("kind", "aggregate");
    out.member("tool", tool_json());
    out.member("rubric", {{"id", aggregate.rubric_id}, {"title", aggregate.rubric_title}});
    out.member("counts", {{"files", file_count(aggregate.teams) + file_count(aggregate.superseded) +
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
        json placed = json::object();
        const std::vector<std::size_t>& counts = aggregate.area_placement_counts[a];
        for (std::size_t p = 0; p < aggregate.phases.size(); ++p)
            placed[aggregate.phases[p].id] = counts[p + 1];
        areas.push_back({{"id", aggregate.areas[a].id},
                         {"name", aggregate.areas[a].name},
                         {"mean", score_json(aggregate.area_means[a])},
                         {"placed", placed},
                         {"placed_nowhere", counts[0]}});
    }
    out.member("areas", areas);
    out.array("shared_gaps", aggregate.shared_gaps,
              [&](const SharedGap& gap) { return shared_gap_json(aggregate, gap); });
    out.member("group_by",
               aggregate.group_prefix.empty() ? json(nullptr) : json(aggregate.group_prefix));
    out.array("groups", aggregate.groups,
              [&](const TeamGroup& group) { return group_json(aggregate, group); });
    const TeamRowWriter team_row(aggregate);
    out.array_of_text("teams", aggregate.teams, team_row);
    out.array_of_text("superseded", aggregate.superseded, team_row);
    out.array("skipped", aggregate.skipped, diagnostic_json);
    return out.finish();
}

}  // namespace gait
