#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gait/util/diagnostic.hpp"

namespace gait {

// One choice of the answer scale.
struct ScaleChoice {
    std::string id;               // what an answers file writes ("yes", "partly", ...)
    std::string label;            // what a person reads ("Yes", "Partly", ...)
    std::optional<double> value;  // credit in [0,1]; empty for the not-applicable choice
    SourceLocation where;
};

// A practice area, one row of the area x phase matrix.
struct Area {
    std::string id;
    std::string name;
    std::string description;
    SourceLocation where;
};

struct Question {
    std::string id;                     // stable and dotted, e.g. "crawl.oncall.schedule"
    std::string area;                   // the id of an Area
    std::string text;                   // the question itself
    std::string help;                   // what it means and why it matters
    std::string guidance;               // what to do when the answer is not full credit
    double weight = 1.0;                // share of the phase score, relative to the others
    bool essential = false;             // the phase is not achieved without full credit here
    bool allow_na = false;              // whether the not-applicable choice may be given
    std::vector<std::string> replaces;  // ids it had in earlier versions: their answers carry over
    std::string split_from;  // the earlier question it is one part of: its answer, to confirm
    SourceLocation where;
};

struct Phase {
    std::string id;
    std::string name;
    std::string summary;      // one sentence on what being placed here means
    double threshold = 0.0;   // score in [0,1] that achieves the phase
    double area_floor = 0.0;  // what each area's cell in this phase must reach to hold it
    std::vector<Question> questions;
    SourceLocation where;
};

// A question of an earlier version that this one dropped, with no successor.
struct RemovedQuestion {
    std::string id;
    SourceLocation where;
};

// A maturity model: phases in order, each with its questions.
struct Rubric {
    std::string id;
    std::string version;
    std::string title;
    std::string description;
    std::vector<ScaleChoice> scale;
    std::vector<Area> areas;
    std::vector<Phase> phases;
    std::vector<RemovedQuestion> removed;  // earlier versions' questions dropped for good
    SourceLocation where;                  // the file it was read from
};

// Parses and checks a rubric; throws Error for the first problem found.
Rubric load_rubric(std::string_view text, const std::string& file);
Rubric load_rubric_file(const std::string& path);

// Every problem in a rubric, in file order; empty when it is sound.
std::vector<Diagnostic> lint_rubric(std::string_view text, const std::string& file);

// A rubric that ships with gait, compiled into the binary.
struct BundledRubric {
    std::string_view name;  // what --rubric takes: "sre", "health-check"
    std::string_view text;  // its YAML, as in data/rubrics/NAME.yaml
};
// Every bundled rubric, the default first.
std::vector<BundledRubric> bundled_rubrics();
std::optional<BundledRubric> find_bundled_rubric(std::string_view name);
// How messages name a bundled rubric: "sre.yaml (built in)".
std::string bundled_file_name(const BundledRubric& rubric);
Rubric load_bundled_rubric(const BundledRubric& rubric);
// "did you mean 'sre'?", or the list of bundled names: for an unknown name.
std::string bundled_rubric_hint(const std::string& name);

// The default SRE maturity rubric, the first bundled one.
Rubric builtin_rubric();
std::string_view builtin_rubric_text();

// Lookups; nullptr when absent.
const ScaleChoice* find_choice(const Rubric& rubric, std::string_view id);
const Area* find_area(const Rubric& rubric, std::string_view id);
const Phase* find_phase(const Rubric& rubric, std::string_view id);
const ScaleChoice* not_applicable_choice(const Rubric& rubric);

// Every question id, in rubric order.
std::vector<std::string> question_ids(const Rubric& rubric);

}  // namespace gait
