#include "gait/load/answers.hpp"

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "gait/load/answers_writer.hpp"
#include "gait/load/choice_keys.hpp"
#include "gait/util/edit_distance.hpp"
#include "gait/util/file_io.hpp"
#include "gait/util/text_format.hpp"

#include "load/answers_migration.hpp"
#include "load/answers_targets.hpp"
#include "load/document_readers.hpp"
#include "load/iso_date.hpp"
#include "load/tags.hpp"
#include "load/yaml_reader.hpp"
#include "util/id_index.hpp"

namespace gait {
namespace {

using detail::is_iso_date;
using detail::MappingReader;

std::vector<std::string> choice_ids(const Rubric& rubric) {
    std::vector<std::string> ids;
    for (const ScaleChoice& choice : rubric.scale)
        ids.push_back(choice.id);
    return ids;
}

std::vector<detail::IdIndex<Question>::Entry> questions_by_id(const Rubric& rubric) {
    std::vector<detail::IdIndex<Question>::Entry> entries;
    for (const Phase& phase : rubric.phases) {
        for (const Question& question : phase.questions)
            entries.emplace_back(question.id, &question);
    }
    return entries;
}

// Checks the answers against one rubric, question by question.
class AnswerReader {
  public:
    AnswerReader(const Rubric& rubric, const std::string& file, std::vector<Diagnostic>& problems)
        : rubric_(rubric), file_(file), problems_(problems), questions_(questions_by_id(rubric)) {}

    void read_all(const YAML::Node& node, std::vector<Answer>& answers, Migration& migration) {
        if (!node.IsDefined() || node.IsNull()) return;
        if (!node.IsMap()) {
            problem(node, "'answers' must map question ids to answers, not " +
                              detail::describe_kind(node));
            return;
        }
        answers.reserve(node.size());
        std::vector<Carried> carried;  // from old ids; an answer under the new id wins
        for (const auto& entry : node) {
            const std::string& id = entry.first.Scalar();
            const Question* question = questions_.find(id);
            if (!question) {
                if (carry_over(id, entry, carried, migration)) continue;
                problem(entry.first, fmt::format("unknown question id {}", quote_value(id)),
                        did_you_mean(id, question_ids(rubric_)));
                continue;
            }
            answers.push_back(read_one(id, entry.second));
            check_allowed(*question, entry.second, answers.back());
            answers.back().where = detail::location_of(entry.first, file_);
        }
        merge_carried(carried, answers, migration);
    }

  private:
    // An answer under an id the rubric's migration keys name: renamed, split or
    // removed. False when they do not name it.
    // An answer read under an old id, on its way to a new one.
    struct Carried {
        Answer answer;      // under the new id
        const Answer* old;  // as the file has it, under the old id
    };

    bool carry_over(const std::string& id, const std::pair<YAML::Node, YAML::Node>& entry,
                    std::vector<Carried>& carried, Migration& migration) {
        const detail::Successors successors = detail::successors_of(rubric_, id);
        if (successors.kind == detail::Successors::none) return false;
        Answer old = read_one(id, entry.second);
        old.where = detail::location_of(entry.first, file_);
        if (successors.kind == detail::Successors::removed) {
            migration.dropped.push_back(std::move(old));
            return true;
        }
        old_answers_.push_back(std::make_unique<Answer>(std::move(old)));
        const Answer& kept = *old_answers_.back();
        const bool split = successors.kind == detail::Successors::split;
        for (const Question* next : successors.questions) {
            Answer answer = kept;
            answer.question = next->id;
            if (split) answer.carried_from = id;
            const ScaleChoice* choice = find_choice(rubric_, answer.choice);
            if (choice && !choice->value && !next->allow_na) answer.choice.clear();
            carried.push_back({std::move(answer), &kept});
        }
        return true;
    }

    // Carried answers join those read, unless the file answers the new id itself;
    // an old id counts as carried when one of its answers joined, else as superseded.
    static void merge_carried(std::vector<Carried>& carried, std::vector<Answer>& answers,
                              Migration& migration) {
        for (std::size_t first = 0; first < carried.size();) {
            const Answer* old = carried[first].old;
            const bool split = !carried[first].answer.carried_from.empty();
            bool joined = false;
            std::size_t next = first;
            for (; next < carried.size() && carried[next].old == old; ++next) {
                Answer& answer = carried[next].answer;
                const bool answered =
                    std::any_of(answers.begin(), answers.end(),
                                [&](const Answer& a) { return a.question == answer.question; });
                if (answered) continue;
                joined = true;
                migration.to_confirm += !answer.carried_from.empty();
                answers.push_back(std::move(answer));
            }
            if (!joined) {
                migration.superseded.push_back(*old);
            } else {
                (split ? migration.split : migration.renamed) += 1;
            }
            first = next;
        }
    }

    Answer read_one(const std::string& id, const YAML::Node& value) {
        Answer answer;
        answer.question = id;
        if (value.IsMap()) {
            MappingReader reader(value, file_, "answer to '" + id + "'", problems_);
            answer.choice = resolve_choice(id, reader.child("answer"), &answer.exempt);
            answer.note = reader.text("note", false);
            answer.evidence = reader.text("evidence", false);
            answer.carried_from = reader.text("carried_from", false);
            read_exemption(reader, answer);
            reader.reject_unknown_keys();
        } else {
            answer.choice = resolve_choice(id, value, &answer.exempt);
            if (answer.exempt) problem(value, exempt_without_reason(id), exempt_hint);
        }
        return answer;
    }

    static std::string exempt_without_reason(const std::string& id) {
        return fmt::format("the exemption of {} has no 'reason'", quote_value(id));
    }
    static constexpr const char* exempt_hint =
        "write it as {answer: exempt, reason: \"...\", until: YYYY-MM-DD}";

    // `reason` and `until`: an exemption needs a reason, and only an exemption
    // has an end.
    void read_exemption(MappingReader& reader, Answer& answer) {
        answer.reason = reader.text("reason", false);
        answer.until = reader.text("until", false);
        if (answer.exempt && answer.reason.empty()) {
            problems_.push_back(
                {reader.where(), exempt_without_reason(answer.question), exempt_hint});
        }
        if (answer.until.empty()) return;
        if (!answer.exempt) {
            problems_.push_back({reader.where("until"),
                                 fmt::format("'until' ends an exemption, but {} is not answered "
                                             "exempt",
                                             quote_value(answer.question)),
                                 "write 'answer: exempt', or drop 'until'"});
        } else if (!is_iso_date(answer.until)) {
            problems_.push_back({reader.where("until"),
                                 fmt::format("date {} is not a date", quote_value(answer.until)),
                                 "write it as YYYY-MM-DD"});
        }
    }

    // The scale choice id a value names; empty when blank. `exempt` names the
    // scale's not-applicable choice, and sets *exempt.
    std::string resolve_choice(const std::string& id, const YAML::Node& value, bool* exempt) {
        if (!value.IsDefined() || value.IsNull()) return {};
        if (value.IsScalar() && !choice_spelled(rubric_, value.Scalar()) &&
            ascii_lower(value.Scalar()) == exempt_answer) {
            return exempt_choice(value, exempt);
        }
        if (!value.IsScalar()) {
            problem(value, fmt::format("the answer to {} must be one of {}, not {}",
                                       quote_value(id), fmt::join(choice_ids(rubric_), ", "),
                                       detail::describe_kind(value)));
            return {};
        }
        const ScaleChoice* choice = choice_spelled(rubric_, value.Scalar());
        bool boolean = false;
        if (!choice && YAML::convert<bool>::decode(value, boolean)) {
            choice = find_choice(rubric_, boolean ? "yes" : "no");  // YAML 1.1 reads yes as true
        }
        if (!choice) {
            problem(value,
                    fmt::format("unknown answer {} to {}; expected one of {}",
                                quote_value(value.Scalar()), quote_value(id),
                                fmt::join(choice_ids(rubric_), ", ")),
                    choice_suggestion(rubric_, value.Scalar()));
            return {};
        }
        return choice->id;
    }

    // An exemption is scored as the scale's not-applicable choice; a scale
    // without one cannot exempt.
    std::string exempt_choice(const YAML::Node& value, bool* exempt) {
        const ScaleChoice* na = not_applicable_choice(rubric_);
        if (!na) {
            problem(value,
                    "the rubric's scale has no not-applicable choice, so no question can "
                    "be exempt");
            return {};
        }
        *exempt = true;
        return na->id;
    }

    // A not-applicable answer to a question that applies to every team is refused;
    // an exemption, for a while, is not.
    void check_allowed(const Question& question, const YAML::Node& value, Answer& answer) {
        const ScaleChoice* choice = find_choice(rubric_, answer.choice);
        if (!choice || choice->value || question.allow_na || answer.exempt) return;
        const YAML::Node at = value.IsMap() ? value["answer"] : value;
        problem(at, fmt::format("question {} cannot be answered {}; it applies to every team",
                                quote_value(question.id), quote_value(choice->id)));
        answer.choice.clear();
    }

    void problem(const YAML::Node& at, std::string message, std::string hint = {}) {
        problems_.push_back({detail::location_of(at, file_), std::move(message), std::move(hint)});
    }

    const Rubric& rubric_;
    const std::string& file_;
    std::vector<Diagnostic>& problems_;
    detail::IdIndex<Question> questions_;
    std::vector<std::unique_ptr<Answer>> old_answers_;  // read under old ids, while carried
};

// The rubric this file was written for: `rubric: ID` or `rubric: {id: ID, version: V}`.
void read_rubric_reference(MappingReader& root, const std::string& file, Answers& answers,
                           std::vector<Diagnostic>& problems) {
    const YAML::Node reference = root.child("rubric");
    if (!root.valid()) return;
    if (!reference.IsDefined()) {
        problems.push_back({root.where(), "the answers file has no 'rubric'",
                            "add 'rubric: {id: RUBRIC-ID}' naming the rubric it answers"});
        return;
    }
    if (reference.IsScalar()) {
        answers.rubric_id = root.text("rubric", true);
        return;
    }
    MappingReader reader(reference, file, "rubric reference", problems);
    answers.rubric_id = reader.text("id", true);
    answers.rubric_version = reader.text("version", false);
    reader.reject_unknown_keys();
}

// Points to the bundled rubric with that id, when there is one.
std::string rubric_hint_for(const std::string& rubric_id) {
    for (const BundledRubric& bundled : bundled_rubrics()) {
        // Only on the way to an error; each bundled rubric is data built at compile time.
        if (load_bundled_rubric(bundled).id == rubric_id)
            return fmt::format("pass --rubric {}", bundled.name);
    }
    std::vector<std::string> ids;
    for (const BundledRubric& bundled : bundled_rubrics())
        ids.push_back(load_bundled_rubric(bundled).id);
    return fmt::format(
        "pass --rubric with the rubric these answers were written for (the bundled rubrics' ids "
        "are {})",
        fmt::join(ids, ", "));
}

void check_rubric_match(const Answers& answers, const Rubric& rubric, const SourceLocation& where,
                        std::vector<Diagnostic>& warnings) {
    if (answers.rubric_id != rubric.id) {
        throw Error(where,
                    fmt::format("answers are for rubric {}, but the rubric is {}",
                                quote_value(answers.rubric_id), quote_value(rubric.id)),
                    rubric_hint_for(answers.rubric_id));
    }
    if (!answers.rubric_version.empty() && answers.rubric_version != rubric.version) {
        warnings.push_back(
            {where,
             fmt::format("answers are for version {} of rubric {}, this is "
                         "version {}",
                         answers.rubric_version, quote_value(rubric.id), rubric.version),
             "check that every question still means what it meant"});
    }
}

// One notice of what the migration keys did, in place of the version warning.
void note_migration(Answers& answers, const Rubric& rubric) {
    const Migration& migration = answers.migration;
    std::vector<std::string> parts;
    if (migration.renamed > 0) parts.push_back(fmt::format("{} carried over", migration.renamed));
    if (migration.split > 0) {
        parts.push_back(
            fmt::format("{} split into {} to confirm", migration.split, migration.to_confirm));
    }
    if (!migration.dropped.empty()) {
        parts.push_back(fmt::format("{} dropped (removed)", migration.dropped.size()));
    }
    if (!migration.superseded.empty()) {
        parts.push_back(fmt::format("{} also answered under the new id, which wins",
                                    migration.superseded.size()));
    }
    const std::string from =
        answers.rubric_version.empty() ? "an earlier version" : "version " + answers.rubric_version;
    std::vector<Diagnostic>& warnings = answers.warnings;
    warnings.erase(std::remove_if(warnings.begin(), warnings.end(),
                                  [](const Diagnostic& d) {
                                      return d.message.rfind("answers are for version", 0) == 0;
                                  }),
                   warnings.end());
    warnings.push_back({answers.where,
                        fmt::format("answers for {} of {} read under version {}: {}", from,
                                    quote_value(rubric.id), rubric.version, fmt::join(parts, ", ")),
                        fmt::format("run 'gait migrate {}' to rewrite the file for version {}",
                                    answers.where.file, rubric.version)});
}

}  // namespace

Answers detail::read_answers(const YAML::Node& document, const std::string& file,
                             const Rubric& rubric) {
    std::vector<Diagnostic> problems;
    MappingReader root(document, file, "answers file", problems);
    Answers answers;
    answers.where = {file, 0, 0};
    read_rubric_reference(root, file, answers, problems);
    detail::throw_first(problems);
    check_rubric_match(answers, rubric, root.where("rubric"), answers.warnings);

    answers.team = root.text("team", true);
    answers.date = root.text("date", true);
    if (!answers.date.empty() && !is_iso_date(answers.date)) {
        problems.push_back({root.where("date"),
                            fmt::format("date {} is not a date", quote_value(answers.date)),
                            "write it as YYYY-MM-DD"});
    }
    answers.respondent = root.text("respondent", false);
    answers.tags = detail::read_tags(root, problems);
    AnswerReader(rubric, file, problems)
        .read_all(root.child("answers"), answers.answers, answers.migration);
    if (answers.migration.any()) note_migration(answers, rubric);
    detail::read_targets(root, file, rubric, answers, problems);
    root.reject_unknown_keys();
    detail::throw_first(problems);
    return answers;
}

Answers load_answers(std::string_view text, const std::string& file, const Rubric& rubric) {
    return detail::read_answers(detail::parse_yaml(text, file), file, rubric);
}

Answers load_answers_file(const std::string& path, const Rubric& rubric) {
    return load_answers(read_file(path), input_name(path), rubric);
}

std::string named_rubric_id(std::string_view text, const std::string& file) {
    try {
        std::vector<Diagnostic> problems;
        MappingReader root(detail::parse_yaml(text, file), file, "answers file", problems);
        Answers answers;
        read_rubric_reference(root, file, answers, problems);
        return problems.empty() ? answers.rubric_id : std::string{};
    } catch (const Error&) {
        return {};  // load_answers reports it where the file is read
    }
}

std::optional<BundledRubric> bundled_rubric_for(std::string_view text, const std::string& file) {
    const std::string id = named_rubric_id(text, file);
    for (const BundledRubric& bundled : bundled_rubrics()) {
        if (!id.empty() && load_bundled_rubric(bundled).id == id) return bundled;
    }
    return std::nullopt;
}

}  // namespace gait
