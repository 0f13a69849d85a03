#include "gait/load/report_reader.hpp"

#include <fmt/format.h>

#include "gait/model/result.hpp"
#include "gait/util/file_io.hpp"
#include "gait/util/limits.hpp"
#include "gait/util/text_format.hpp"

#include "load/document_readers.hpp"
#include "load/tags.hpp"
#include "load/yaml_reader.hpp"

namespace gait {
namespace {

using detail::MappingReader;

// Reads a report field by field; a JSON file is YAML too, so every problem has
// a line and a column. Keys it does not know are left alone: a newer gait may
// add keys without a new schema_version.
class ReportReader {
  public:
    ReportReader(const std::string& file, std::vector<Diagnostic>& problems)
        : file_(file), problems_(problems) {}

    // Calls read(item) for each item of a list field; a problem when it is not a
    // list, or longer than `most` (every report draws phases x areas).
    template <typename Read>
    void each(MappingReader& parent, const std::string& key, std::size_t most, Read read) {
        const YAML::Node list = parent.child(key);
        if (!parent.valid()) return;
        if (!list.IsSequence()) {
            problems_.push_back({parent.where(key),
                                 fmt::format("{} must be a list, not {}", quote_value(key),
                                             detail::describe_kind(list)),
                                 {}});
            return;
        }
        if (list.size() > most) {
            problems_.push_back({parent.where(key),
                                 fmt::format("{} has {} entries, more than the {} gait reads",
                                             quote_value(key), list.size(), most),
                                 {}});
            return;
        }
        for (const YAML::Node& item : list)
            read(item);
    }

    std::vector<std::string> texts(MappingReader& parent, const std::string& key) {
        std::vector<std::string> values;
        each(parent, key, limits::questions, [&](const YAML::Node& item) {
            if (item.IsScalar()) {
                values.push_back(item.Scalar());
            } else {
                problem(item, fmt::format("{} must hold text, not {}", quote_value(key),
                                          detail::describe_kind(item)));
            }
        });
        return values;
    }

    PhaseScore phase(const YAML::Node& node) {
        MappingReader reader(node, file_, "phase", problems_);
        PhaseScore phase;
        phase.id = reader.id();
        phase.name = reader.text("name", true);
        phase.summary = reader.text("summary", false);
        phase.score = score(reader, "score");
        phase.threshold = reader.number("threshold", true).value_or(0.0);
        phase.area_floor = reader.number("area_floor", false).value_or(0.0);
        phase.achieved = reader.flag("achieved", false);
        phase.essentials_missing = texts(reader, "essentials_missing");
        if (reader.child("areas_below_floor").IsDefined())
            phase.areas_below_floor = texts(reader, "areas_below_floor");
        reader.require_known_keys();
        return phase;
    }

    AreaScores area(const YAML::Node& node, const std::vector<PhaseScore>& phases) {
        MappingReader reader(node, file_, "area", problems_);
        AreaScores area;
        area.id = reader.id();
        area.name = reader.text("name", true);
        MappingReader scores = reader.mapping("scores", "scores of area '" + area.id + "'");
        for (const PhaseScore& phase : phases)
            area.by_phase.push_back(score(scores, phase.id));
        scores.require_known_keys();
        area.overall = score(reader, "overall");
        read_holds(reader, phases, area);
        reader.require_known_keys();
        return area;
    }

    // Per-area placement, in reports saved since gait had it: the placement is
    // the run of phases held, read from `holds` rather than trusted as written.
    void read_holds(MappingReader& reader, const std::vector<PhaseScore>& phases,
                    AreaScores& area) {
        reader.child("placement");
        if (!reader.child("holds").IsDefined()) return;
        MappingReader holds = reader.mapping("holds", "holds of area '" + area.id + "'");
        for (const PhaseScore& phase : phases)
            area.holds.push_back(holds.flag(phase.id, false));  // absent: not held
        area.placement = last_of_unbroken_run(area.holds);
    }

    void read_outcome(MappingReader& reader, QuestionOutcome& outcome) {
        outcome.question = reader.text("question", true);
        outcome.phase = reader.text("phase", true);
        outcome.area = reader.text("area", true);
        outcome.text = reader.text("text", true);
        const std::string answer = reader.text("answer", false);
        if (!answer.empty()) outcome.answer = answer;
        outcome.answer_label = reader.text("answer_label", false);
        outcome.value = score(reader, "value");
        outcome.weight = weight(reader);
        outcome.essential = reader.flag("essential", false);
        outcome.note = reader.text("note", false);
        outcome.evidence = reader.text("evidence", false);
        outcome.carried_from = reader.text("carried_from", false);
        outcome.reason = reader.text("reason", false);
        outcome.exempt = reader.flag("exempt", false);
        outcome.until = reader.text("until", false);
        outcome.lapsed = reader.flag("lapsed", false);
        if (reader.child("respondents").IsDefined()) {
            each(reader, "respondents", limits::respondents,
                 [&](const YAML::Node& item) { outcome.respondents.push_back(respondent(item)); });
            outcome.spread = spread(reader);
        }
        reader.require_known_keys();
    }

    RespondentAnswer respondent(const YAML::Node& node) {
        MappingReader reader(node, file_, "respondent's answer", problems_);
        RespondentAnswer answer;
        answer.respondent = reader.text("respondent", false);
        const std::string choice = reader.text("answer", false);
        if (!choice.empty()) answer.answer = choice;
        answer.answer_label = reader.text("answer_label", false);
        answer.value = score(reader, "value");
        answer.note = reader.text("note", false);
        answer.evidence = reader.text("evidence", false);
        reader.require_known_keys();
        return answer;
    }

    Spread spread(MappingReader& parent) {
        MappingReader reader = parent.mapping("spread", "spread");
        Spread spread;
        const std::optional<double> steps = reader.number("steps", true);
        if (steps && (*steps < 0 || *steps > static_cast<double>(limits::scale_choices))) {
            problems_.push_back(
                {reader.where("steps"),
                 fmt::format("'steps' is {}, outside [0,{}]", *steps, limits::scale_choices),
                 {}});
        }
        spread.steps = steps && *steps >= 0 ? static_cast<std::size_t>(*steps) : 0;
        spread.min = score(reader, "min");
        spread.max = score(reader, "max");
        spread.not_applicable = reader.flag("not_applicable", false);
        reader.require_known_keys();
        return spread;
    }

    QuestionOutcome outcome(const YAML::Node& node) {
        MappingReader reader(node, file_, "question", problems_);
        QuestionOutcome outcome;
        read_outcome(reader, outcome);
        return outcome;
    }

    Gap gap(const YAML::Node& node) {
        MappingReader reader(node, file_, "gap", problems_);
        Gap gap;
        const std::string kind = reader.text("kind", true);
        if (kind != "hold" && kind != "reach") {
            problem(node, fmt::format("gap kind {} is neither hold nor reach", quote_value(kind)));
        }
        gap.kind = kind == "reach" ? GapKind::reach : GapKind::hold;
        gap.guidance = reader.text("guidance", false);
        read_outcome(reader, gap);
        return gap;
    }

    // A target as measured when the report was written; `placed` follows from
    // the placements read.
    TargetOutcome target(const YAML::Node& node) {
        MappingReader reader(node, file_, "target", problems_);
        TargetOutcome target;
        target.area = reader.text("area", false);
        target.phase = reader.text("phase", true);
        target.by = reader.text("by", false);
        reader.child("placed");
        target.met = reader.flag("met", false);
        target.due = reader.flag("due", false);
        target.gaps = texts(reader, "gaps");
        reader.require_known_keys();
        return target;
    }

    UnansweredQuestion unanswered(const YAML::Node& node) {
        MappingReader reader(node, file_, "unanswered question", problems_);
        UnansweredQuestion question;
        question.question = reader.text("question", true);
        question.phase = reader.text("phase", true);
        question.area = reader.text("area", true);
        question.text = reader.text("text", true);
        reader.require_known_keys();
        return question;
    }

    // The index of the phase a placement names; empty for null.
    std::optional<std::size_t> phase_index(MappingReader& placement, const std::string& key,
                                           const std::vector<PhaseScore>& phases) {
        const std::string id = placement.text(key, false);
        if (id.empty()) return std::nullopt;
        for (std::size_t p = 0; p < phases.size(); ++p) {
            if (phases[p].id == id) return p;
        }
        problems_.push_back({placement.where(key),
                             fmt::format("placement names unknown phase {}", quote_value(id)),
                             {}});
        return std::nullopt;
    }

    // A score or a value: a number in [0,1], or null.
    std::optional<double> score(MappingReader& reader, const std::string& key) {
        const std::optional<double> value = reader.number(key, false);
        if (value && (*value < 0.0 || *value > 1.0)) {
            problems_.push_back({reader.where(key),
                                 fmt::format("{} is {}, outside [0,1]", quote_value(key), *value),
                                 {}});
        }
        return value;
    }

    // A question's weight, in [0, limits::weight] as a rubric's: a weight of 1e308
    // overflows a shortfall, a negative one makes a gap worth less than nothing.
    double weight(MappingReader& reader) {
        const std::optional<double> value = reader.number("weight", true);
        if (value && (*value < 0.0 || *value > limits::weight)) {
            problems_.push_back(
                {reader.where("weight"),
                 fmt::format("'weight' is {}, outside [0,{}]", *value, limits::weight),
                 {}});
        }
        return value.value_or(1.0);
    }

    void problem(const YAML::Node& at, std::string message) {
        problems_.push_back({detail::location_of(at, file_), std::move(message), {}});
    }

  private:
    const std::string& file_;
    std::vector<Diagnostic>& problems_;
};

// Refuses a report this gait cannot read, before anything else is read.
void check_schema_version(MappingReader& root) {
    const YAML::Node node = root.child("schema_version");
    int version = 0;
    if (!node.IsDefined() || node.IsNull()) {
        throw Error(root.where(), "not a gait JSON report: no 'schema_version'");
    }
    if (!node.IsScalar() || !YAML::convert<int>::decode(node, version) || version < 1) {
        throw Error(
            root.where("schema_version"),
            fmt::format("schema_version {} is not one gait writes", detail::describe_kind(node)));
    }
    if (version > report_schema_version) {
        throw Error(root.where("schema_version"),
                    fmt::format("report has schema_version {}, newer than the {} this gait reads",
                                version, report_schema_version),
                    "use a newer gait to read it");
    }
}

}  // namespace

Result detail::read_report(const YAML::Node& document, const std::string& file) {
    std::vector<Diagnostic> problems;
    MappingReader root(document, file, "report", problems);
    detail::throw_first(problems);
    check_schema_version(root);
    ReportReader read(file, problems);

    Result result;
    root.child("tool");  // which gait wrote it does not change what it says
    MappingReader rubric = root.mapping("rubric", "rubric");
    result.rubric = {rubric.text("id", true), rubric.text("version", true),
                     rubric.text("title", true)};
    rubric.require_known_keys();
    result.team = root.text("team", true);
    result.date = root.text("date", true);
    result.respondent = root.text("respondent", false);
    result.tags = detail::read_tags(root, problems);
    if (root.child("respondents").IsDefined()) {
        result.respondents = read.texts(root, "respondents");
        result.merge = root.text("merge", true);
    }
    read.each(root, "phases", limits::phases,
              [&](const YAML::Node& item) { result.phases.push_back(read.phase(item)); });
    MappingReader placement = root.mapping("placement", "placement");
    result.placement = read.phase_index(placement, "phase", result.phases);
    result.next = read.phase_index(placement, "next", result.phases);
    placement.require_known_keys();
    read.each(root, "areas", limits::areas, [&](const YAML::Node& item) {
        result.areas.push_back(read.area(item, result.phases));
    });
    read.each(root, "gaps", limits::questions,
              [&](const YAML::Node& item) { result.gaps.push_back(read.gap(item)); });
    read.each(root, "unanswered", limits::questions,
              [&](const YAML::Node& item) { result.unanswered.push_back(read.unanswered(item)); });
    if (root.child("discuss").IsDefined()) result.discuss = read.texts(root, "discuss");
    // Derived from the questions' own keys, as gait writes them.
    root.child("exemptions");
    root.child("not_applicable_without_reason");
    if (root.child("targets").IsDefined()) {
        read.each(root, "targets", limits::areas + 1,
                  [&](const YAML::Node& item) { result.targets.push_back(read.target(item)); });
    }
    // Reports written before the per-question list was added still render.
    if (root.child("questions").IsDefined()) {
        read.each(root, "questions", limits::questions,
                  [&](const YAML::Node& item) { result.questions.push_back(read.outcome(item)); });
    }
    root.require_known_keys();
    detail::throw_first(problems);
    return result;
}

Result load_report(std::string_view text, const std::string& file) {
    return detail::read_report(detail::parse_yaml(text, file), file);
}

Result load_report_file(const std::string& path) {
    return load_report(read_file(path, FileKinds::any, limits::report_bytes), input_name(path));
}

}  // namespace gait
