#include <fmt/format.h>

#include "gait/load/rubric.hpp"
#include "gait/util/edit_distance.hpp"

#include "load/bundled_rubric_data.hpp"

namespace gait {

std::vector<BundledRubric> bundled_rubrics() {
    std::vector<BundledRubric> rubrics;
    for (const detail::BundledRubricData& data : detail::bundled_rubric_data())
        rubrics.push_back({data.name, data.text});
    return rubrics;
}

std::optional<BundledRubric> find_bundled_rubric(std::string_view name) {
    for (const BundledRubric& rubric : bundled_rubrics()) {
        if (rubric.name == name) return rubric;
    }
    return std::nullopt;
}

std::string bundled_file_name(const BundledRubric& rubric) {
    return fmt::format("{}.yaml (built in)", rubric.name);
}

Rubric load_bundled_rubric(const BundledRubric& rubric) {
    for (const detail::BundledRubricData& data : detail::bundled_rubric_data()) {
        if (data.name == rubric.name) return data.build();
    }
    // One made by hand has only its text.
    return load_rubric(rubric.text, bundled_file_name(rubric));
}

Rubric builtin_rubric() {
    return load_bundled_rubric(bundled_rubrics().front());
}

std::string_view builtin_rubric_text() {
    return bundled_rubrics().front().text;
}

std::string bundled_rubric_hint(const std::string& name) {
    std::vector<std::string> names;
    for (const BundledRubric& rubric : bundled_rubrics())
        names.emplace_back(rubric.name);
    std::string hint = did_you_mean(name, names);
    return hint.empty() ? fmt::format("the bundled rubrics are {}", fmt::join(names, ", ")) : hint;
}

}  // namespace gait
