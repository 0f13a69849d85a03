#include "gait/load/plan_file.hpp"

#include <fmt/format.h>

#include "gait/util/edit_distance.hpp"
#include "gait/util/text_format.hpp"

#include "load/iso_date.hpp"
#include "load/plan_reader.hpp"
#include "load/yaml_reader.hpp"

namespace gait {
namespace {

using detail::MappingReader;

constexpr PlanStatus all_statuses[] = {PlanStatus::todo, PlanStatus::doing, PlanStatus::done,
                                       PlanStatus::wontdo};

std::vector<std::string> status_names() {
    std::vector<std::string> names;
    for (const PlanStatus status : all_statuses)
        names.emplace_back(status_name(status));
    return names;
}

// Reads the items of one plan file, recording every problem.
class PlanReader {
  public:
    PlanReader(const std::string& file, std::vector<Diagnostic>& problems)
        : plan_path_(file), plan_problems_(problems) {}

    PlanFileContent read(const YAML::Node& document) {
        if (!document.IsDefined() || document.IsNull()) return {};  // only comments
        MappingReader root(document, plan_path_, "plan file", plan_problems_);
        const std::string version = root.text("gait-plan", false);
        if (!version.empty() && version != std::to_string(plan_file_version)) {
            plan_problems_.push_back(
                {root.where("gait-plan"),
                 fmt::format("gait-plan {} is not a plan format this gait reads",
                             quote_value(version)),
                 "this gait reads gait-plan: 1"});
        }
        PlanFileContent content;
        content.assessed = read_assessed(root.child("assessed"));
        content.items = read_items(root.child("items"));
        root.reject_unknown_keys();
        return content;
    }

  private:
    std::vector<PlanEntry> read_items(const YAML::Node& items) {
        std::vector<PlanEntry> entries;
        if (!items.IsDefined() || items.IsNull()) return entries;
        if (!items.IsMap()) {
            plan_problems_.push_back(
                {detail::location_of(items, plan_path_),
                 "'items' of the plan file must be a mapping of item ids, not " +
                     detail::describe_kind(items),
                 "write each item as TEAM/QUESTION: {status: todo}"});
            return entries;
        }
        for (const auto& item : items)
            entries.push_back(read_item(item.first, item.second));
        return entries;
    }

    // `assessed:`, each team's name and the date of its latest assessment merged.
    std::vector<PlanAssessed> read_assessed(const YAML::Node& assessed) {
        std::vector<PlanAssessed> teams;
        if (!assessed.IsDefined() || assessed.IsNull()) return teams;
        if (!assessed.IsMap()) {
            plan_problems_.push_back({detail::location_of(assessed, plan_path_),
                                      "'assessed' of the plan file must be a mapping of team "
                                      "names to dates, not " +
                                          detail::describe_kind(assessed),
                                      "gait writes it; delete it to let gait write it again"});
            return teams;
        }
        for (const auto& team : assessed) {
            PlanAssessed entry{team.first.IsScalar() ? team.first.Scalar() : std::string(),
                               team.second.IsScalar() ? team.second.Scalar() : std::string(),
                               detail::location_of(team.second, plan_path_)};
            if (!detail::is_iso_date(entry.date)) {
                plan_problems_.push_back(
                    {entry.at, fmt::format("assessed {} is not a date", quote_value(entry.date)),
                     "write dates as YYYY-MM-DD"});
            }
            teams.push_back(std::move(entry));
        }
        return teams;
    }

    PlanEntry read_item(const YAML::Node& key, const YAML::Node& value) {
        PlanEntry entry;
        entry.id_at = detail::location_of(key, plan_path_);
        entry.id = key.IsScalar() ? key.Scalar() : std::string();
        const std::size_t slash = entry.id.rfind('/');
        if (slash == std::string::npos || slash == 0 || slash + 1 == entry.id.size()) {
            plan_problems_.push_back(
                {entry.id_at, fmt::format("item id {} is not TEAM/QUESTION", quote_value(entry.id)),
                 "gait names each item by its team and question: alpha/slo.defined"});
        }
        if (value.IsNull()) return entry;
        MappingReader reader(value, plan_path_, "item " + quote_value(entry.id), plan_problems_);
        entry.title = reader.text("title", false);
        entry.status = read_status(reader);
        entry.owner = reader.text("owner", false);
        entry.due = read_date(reader, "due");
        entry.link = reader.text("link", false);
        entry.reason = reader.text("reason", false);
        entry.closed = read_date(reader, "closed");
        reader.reject_unknown_keys();
        if (entry.status == PlanStatus::wontdo && entry.reason.empty()) {
            plan_problems_.push_back(
                {reader.where("status"),
                 fmt::format("item {} is wontdo without a reason", quote_value(entry.id)),
                 "add reason: and say why the team will not do it"});
        }
        return entry;
    }

    PlanStatus read_status(MappingReader& reader) {
        const std::string name = reader.text("status", false);
        if (name.empty()) return PlanStatus::todo;
        for (const PlanStatus status : all_statuses) {
            if (name == status_name(status)) return status;
        }
        std::string hint = did_you_mean(name, status_names());
        if (hint.empty()) hint = "a status is " + or_list(status_names());
        plan_problems_.push_back(
            {reader.where("status"), fmt::format("unknown status {}", quote_value(name)), hint});
        return PlanStatus::todo;
    }

    std::string read_date(MappingReader& reader, const std::string& key) {
        std::string text = reader.text(key, false);
        if (text.empty() || detail::is_iso_date(text)) return text;
        plan_problems_.push_back({reader.where(key),
                                  fmt::format("{} {} is not a date", key, quote_value(text)),
                                  "write dates as YYYY-MM-DD"});
        return {};
    }

    const std::string& plan_path_;
    std::vector<Diagnostic>& plan_problems_;
};

}  // namespace

const char* status_name(PlanStatus status) {
    switch (status) {
        case PlanStatus::todo:
            return "todo";
        case PlanStatus::doing:
            return "doing";
        case PlanStatus::done:
            return "done";
        case PlanStatus::wontdo:
            return "wontdo";
    }
    return "todo";
}

std::string plan_id_team(const std::string& id) {
    const std::size_t slash = id.rfind('/');
    return slash == std::string::npos ? std::string() : id.substr(0, slash);
}

std::string plan_id_question(const std::string& id) {
    return id.substr(id.rfind('/') + 1);
}

std::string plan_id(const std::string& team, const std::string& question) {
    return team + "/" + question;
}

namespace detail {

PlanFileContent read_plan_node(const YAML::Node& document, const std::string& file) {
    std::vector<Diagnostic> problems;
    PlanReader reader(file, problems);
    PlanFileContent content = reader.read(document);
    throw_first(problems);
    return content;
}

YAML::Node parse_plan_yaml(std::string_view text, const std::string& file) {
    return parse_yaml(text, file, {limits::plan_values, true});
}

}  // namespace detail

PlanFileContent read_plan(std::string_view text, const std::string& file) {
    return detail::read_plan_node(detail::parse_plan_yaml(text, file), file);
}

std::vector<PlanEntry> read_plan_file(std::string_view text, const std::string& file) {
    return read_plan(text, file).items;
}

}  // namespace gait
