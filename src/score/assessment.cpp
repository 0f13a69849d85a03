#include "gait/score/assessment.hpp"

#include <fmt/format.h>

#include "gait/score/scoring.hpp"
#include "gait/util/file_io.hpp"

#include "load/document_readers.hpp"
#include "load/yaml_reader.hpp"

namespace gait {

std::variant<Result, Answers> read_assessment(std::string_view text, const std::string& file,
                                              const Rubric& rubric) {
    // Parsed once: for a directory of thousands of files the parse is most of the cost.
    const YAML::Node document = detail::parse_yaml(text, file);
    if (document.IsMap() && document["kind"] && document["kind"].IsScalar()) {
        // gait's aggregate and comparison outputs are JSON too, and land in the same folders.
        throw Error({file, 0, 0}, fmt::format("a gait {}, not one team's answers or report",
                                              document["kind"].Scalar()));
    }
    if (document.IsMap() && document["schema_version"]) return detail::read_report(document, file);
    // Read up to the size of a report; an answers file has the smaller limit.
    if (text.size() > limits::file_bytes) throw_too_large(file, limits::file_bytes);
    return detail::read_answers(document, file, rubric);
}

bool names_another_rubric(std::string_view text, const std::string& file, const Rubric& rubric) {
    const std::string id = named_rubric_id(text, file);
    return !id.empty() && id != rubric.id;
}

Result load_assessment(std::string_view text, const std::string& file, const Rubric& rubric,
                       std::vector<Diagnostic>* warnings) {
    std::variant<Result, Answers> assessment = read_assessment(text, file, rubric);
    if (Result* report = std::get_if<Result>(&assessment)) return std::move(*report);
    const Answers& answers = std::get<Answers>(assessment);
    if (warnings)
        warnings->insert(warnings->end(), answers.warnings.begin(), answers.warnings.end());
    return score(rubric, answers);
}

Result load_assessment_file(const std::string& path, const Rubric& rubric,
                            std::vector<Diagnostic>* warnings) {
    return load_assessment(read_file(path, FileKinds::any, limits::report_bytes), input_name(path),
                           rubric, warnings);
}

}  // namespace gait
