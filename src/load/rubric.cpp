#include "gait/load/rubric.hpp"

#include <fmt/format.h>

#include "gait/util/file_io.hpp"
#include "gait/util/text_format.hpp"

#include "load/rubric_check.hpp"
#include "load/yaml_reader.hpp"

namespace gait {
namespace {

using detail::MappingReader;

// Calls read(item) for each item of the list under `key`; a problem when the
// list is missing, empty or not a list.
template <typename Read>
void read_list(MappingReader& parent, const std::string& key, const std::string& file,
               std::vector<Diagnostic>& problems, Read read) {
    const YAML::Node list = parent.child(key);
    if (!parent.valid()) return;
    if (list.IsDefined() && !list.IsNull() && !list.IsSequence()) {
        problems.push_back({detail::location_of(list, file),
                            fmt::format("{} must be a list, not {}", quote_value(key),
                                        detail::describe_kind(list)),
                            {}});
        return;
    }
    if (!list.IsDefined() || list.IsNull() || list.size() == 0) {
        problems.push_back(
            {parent.where(key), fmt::format("the {} has no {}", parent.what(), key), {}});
        return;
    }
    for (const YAML::Node& item : list)
        read(item);
}

ScaleChoice read_choice(const YAML::Node& node, const std::string& file,
                        std::vector<Diagnostic>& problems) {
    MappingReader reader(node, file, "scale choice", problems);
    ScaleChoice choice;
    choice.where = reader.where();
    choice.id = reader.id();
    choice.label = reader.text("label", false);
    if (choice.label.empty()) choice.label = choice.id;
    choice.value = reader.number("value", false);
    reader.reject_unknown_keys();
    return choice;
}

Area read_area(const YAML::Node& node, const std::string& file, std::vector<Diagnostic>& problems) {
    MappingReader reader(node, file, "area", problems);
    Area area;
    area.where = reader.where();
    area.id = reader.id();
    area.name = reader.text("name", true);
    area.description = reader.text("description", false);
    reader.reject_unknown_keys();
    return area;
}

Question read_question(const YAML::Node& node, const std::string& file,
                       std::vector<Diagnostic>& problems) {
    MappingReader reader(node, file, "question", problems);
    Question question;
    question.where = reader.where();
    question.id = reader.id();
    question.area = reader.text("area", true);
    question.text = reader.text("text", true);
    question.help = reader.text("help", false);
    question.guidance = reader.text("guidance", false);
    question.weight = reader.number("weight", false).value_or(1.0);
    question.essential = reader.flag("essential", false);
    question.allow_na = reader.flag("allow_na", false);
    for (auto& [id, where] : reader.texts("replaces"))
        question.replaces.push_back(std::move(id));
    question.split_from = reader.text("split_from", false);
    reader.reject_unknown_keys();
    return question;
}

Phase read_phase(const YAML::Node& node, const std::string& file,
                 std::vector<Diagnostic>& problems) {
    MappingReader reader(node, file, "phase", problems);
    Phase phase;
    phase.where = reader.where();
    phase.id = reader.id();
    phase.name = reader.text("name", true);
    phase.summary = reader.text("summary", false);
    phase.threshold = reader.number("threshold", true).value_or(0.0);
    phase.area_floor = reader.number("area_floor", false).value_or(0.0);
    read_list(reader, "questions", file, problems, [&](const YAML::Node& item) {
        phase.questions.push_back(read_question(item, file, problems));
    });
    reader.reject_unknown_keys();
    return phase;
}

Rubric read_rubric(const YAML::Node& root, const std::string& file,
                   std::vector<Diagnostic>& problems) {
    MappingReader reader(root, file, "rubric", problems);
    Rubric rubric;
    rubric.where = {file, 0, 0};
    rubric.id = reader.text("id", true);
    rubric.version = reader.text("version", true);
    rubric.title = reader.text("title", true);
    rubric.description = reader.text("description", false);
    read_list(reader, "scale", file, problems, [&](const YAML::Node& item) {
        rubric.scale.push_back(read_choice(item, file, problems));
    });
    read_list(reader, "areas", file, problems, [&](const YAML::Node& item) {
        rubric.areas.push_back(read_area(item, file, problems));
    });
    read_list(reader, "phases", file, problems, [&](const YAML::Node& item) {
        rubric.phases.push_back(read_phase(item, file, problems));
    });
    for (auto& [id, where] : reader.texts("removed"))
        rubric.removed.push_back({std::move(id), where});
    reader.reject_unknown_keys();
    return rubric;
}

// Reads and checks; problems come back in file order.
Rubric parse_rubric(std::string_view text, const std::string& file,
                    std::vector<Diagnostic>& problems) {
    Rubric rubric = read_rubric(detail::parse_yaml(text, file), file, problems);
    detail::check_rubric(rubric, problems);
    detail::sort_by_position(problems);
    return rubric;
}

template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    for (const T& item : items) {
        if (item.id == id) return &item;
    }
    return nullptr;
}

}  // namespace

Rubric load_rubric(std::string_view text, const std::string& file) {
    std::vector<Diagnostic> problems;
    Rubric rubric = parse_rubric(text, file, problems);
    detail::throw_first(problems);
    return rubric;
}

Rubric load_rubric_file(const std::string& path) {
    return load_rubric(read_file(path), input_name(path));
}

std::vector<Diagnostic> lint_rubric(std::string_view text, const std::string& file) {
    std::vector<Diagnostic> problems;
    try {
        parse_rubric(text, file, problems);
    } catch (const Error& e) {  // a file that is not YAML at all has this one problem
        problems.push_back(e.diagnostic());
    }
    return problems;
}

const ScaleChoice* find_choice(const Rubric& rubric, std::string_view id) {
    return find_by_id(rubric.scale, id);
}

const Area* find_area(const Rubric& rubric, std::string_view id) {
    return find_by_id(rubric.areas, id);
}

const Phase* find_phase(const Rubric& rubric, std::string_view id) {
    return find_by_id(rubric.phases, id);
}

const ScaleChoice* not_applicable_choice(const Rubric& rubric) {
    for (const ScaleChoice& choice : rubric.scale) {
        if (!choice.value) return &choice;
    }
    return nullptr;
}

std::vector<std::string> question_ids(const Rubric& rubric) {
    std::vector<std::string> ids;
    for (const Phase& phase : rubric.phases) {
        for (const Question& question : phase.questions)
            ids.push_back(question.id);
    }
    return ids;
}

}  // namespace gait
