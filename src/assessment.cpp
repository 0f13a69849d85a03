#include "gait/assessment.hpp"

#include "gait/file_io.hpp"

#include "document_readers.hpp"
#include "yaml_reader.hpp"

namespace gait {

Result load_assessment(std::string_view text, const std::string& file, const Rubric& rubric) {
    // Parsed once: for a directory of thousands of files the parse is most of the cost.
    const YAML::Node document = detail::parse_yaml(text, file);
    if (document.IsMap() && document["schema_version"]) return detail::read_report(document, file);
    return score(rubric, detail::read_answers(document, file, rubric));
}

Result load_assessment_file(const std::string& path, const Rubric& rubric) {
    return load_assessment(read_file(path), path, rubric);
}

}  // namespace gait
