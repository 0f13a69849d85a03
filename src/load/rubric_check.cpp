#include "load/rubric_check.hpp"

#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "gait/util/edit_distance.hpp"
#include "gait/util/limits.hpp"
#include "gait/util/text_format.hpp"

namespace gait::detail {
namespace {

bool is_valid_id(const std::string& id) {
    if (id.empty()) return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

// Reports malformed ids and ids used twice within one kind of thing.
class IdRegistry {
  public:
    IdRegistry(const char* kind, std::vector<Diagnostic>& problems)
        : kind_(kind), problems_(problems) {}

    void add(const std::string& id, const SourceLocation& where) {
        if (id.empty()) return;  // already reported as missing
        if (!is_valid_id(id)) {
            problems_.push_back({where,
                                 fmt::format("{} id {} may hold only letters, digits, "
                                             "'.', '-' and '_'",
                                             kind_, quote_value(id)),
                                 {}});
        }
        const auto [it, inserted] = first_seen_.emplace(id, where.line);
        if (!inserted) {
            problems_.push_back({where,
                                 fmt::format("duplicate {} id {} (first on line {})", kind_,
                                             quote_value(id), it->second),
                                 {}});
        }
    }

  private:
    const char* kind_;
    std::vector<Diagnostic>& problems_;
    std::map<std::string, int> first_seen_;
};

bool in_unit_range(double value) {
    return value >= 0.0 && value <= 1.0;
}

void check_scale(const Rubric& rubric, std::vector<Diagnostic>& problems) {
    IdRegistry ids("scale choice", problems);
    int not_applicable = 0;
    bool full_credit = false;
    for (const ScaleChoice& choice : rubric.scale) {
        ids.add(choice.id, choice.where);
        if (!choice.value) {
            if (++not_applicable == 2) {
                problems.push_back({choice.where,
                                    fmt::format("scale choice {} has no value, but the scale "
                                                "already has a not-applicable choice",
                                                quote_value(choice.id)),
                                    "give it a value in [0,1]"});
            }
        } else if (!in_unit_range(*choice.value)) {
            problems.push_back({choice.where,
                                fmt::format("scale choice {} has value {}, outside [0,1]",
                                            quote_value(choice.id), *choice.value),
                                {}});
        } else if (*choice.value == 1.0) {
            full_credit = true;
        }
    }
    if (!rubric.scale.empty() && !full_credit) {
        problems.push_back({rubric.scale.front().where, "the scale has no full-credit choice",
                            "give one choice the value 1"});
    }
}

void check_question(const Rubric& rubric, const Question& question,
                    const std::vector<std::string>& area_ids, std::vector<Diagnostic>& problems) {
    if (!question.area.empty() && !find_area(rubric, question.area)) {
        problems.push_back({question.where,
                            fmt::format("question {} names unknown area {}",
                                        quote_value(question.id), quote_value(question.area)),
                            did_you_mean(question.area, area_ids)});
    }
    if (question.weight < 0) {
        problems.push_back({question.where,
                            fmt::format("question {} has negative weight {}",
                                        quote_value(question.id), question.weight),
                            {}});
    } else if (question.weight > limits::weight) {
        problems.push_back({question.where,
                            fmt::format("question {} has weight {}, more than the {} gait reads",
                                        quote_value(question.id), question.weight, limits::weight),
                            {}});
    }
    if (question.allow_na && !not_applicable_choice(rubric)) {
        problems.push_back({question.where,
                            fmt::format("question {} allows not applicable, but the scale has no "
                                        "not-applicable choice",
                                        quote_value(question.id)),
                            "add a scale choice without a value"});
    }
}

// Counts past limits.hpp: a rubric that large is a mistake, or made to exhaust gait.
void check_sizes(const Rubric& rubric, std::vector<Diagnostic>& problems) {
    std::size_t questions = 0;
    for (const Phase& phase : rubric.phases)
        questions += phase.questions.size();
    const auto at_most = [&](std::size_t count, std::size_t limit, const char* what) {
        if (count <= limit) return;
        problems.push_back({rubric.where,
                            fmt::format("{} {}, more than the {} gait reads", count, what, limit),
                            {}});
    };
    at_most(questions, limits::questions, "questions");
    at_most(rubric.phases.size(), limits::phases, "phases");
    at_most(rubric.areas.size(), limits::areas, "areas");
    at_most(rubric.scale.size(), limits::scale_choices, "scale choices");
}

// Whether following `replaces` from `start` leads back to it.
bool replaces_itself(const std::map<std::string, const Question*>& current, const Question& start) {
    std::vector<const Question*> pending{&start};
    std::set<const Question*> seen;
    while (!pending.empty()) {
        const Question* question = pending.back();
        pending.pop_back();
        for (const std::string& old_id : question->replaces) {
            const auto it = current.find(old_id);
            if (it == current.end()) continue;
            if (it->second == &start) return true;
            if (seen.insert(it->second).second) pending.push_back(it->second);
        }
    }
    return false;
}

// The migration keys name each earlier question once: renamed by one question,
// split among several, or removed; never a question this rubric still has.
class MigrationCheck {
  public:
    MigrationCheck(const Rubric& rubric, std::vector<Diagnostic>& problems) : problems_(problems) {
        for (const Phase& phase : rubric.phases) {
            for (const Question& question : phase.questions)
                current_.emplace(question.id, &question);
        }
    }

    void name(const std::string& old_id, const std::string& how, const SourceLocation& where,
              const Question* by) {
        const auto still = current_.find(old_id);
        if (still != current_.end()) {
            const bool cycle = by && how == "replaces" && replaces_itself(current_, *by);
            problems_.push_back(
                {where,
                 cycle ? fmt::format("question {} replaces {}, which replaces it in turn (a "
                                     "cycle)",
                                     quote_value(by->id), quote_value(old_id))
                       : fmt::format("{} names {}, which is still a question of this rubric",
                                     quote_value(how), quote_value(old_id)),
                 "an id is either a question or an earlier one, not both"});
            return;
        }
        const auto [it, inserted] = named_.emplace(old_id, std::make_pair(how, where.line));
        if (inserted || (how == "split_from" && it->second.first == how)) return;
        problems_.push_back({where,
                             fmt::format("earlier question {} is named twice: by {} on line "
                                         "{}, and by {}",
                                         quote_value(old_id), quote_value(it->second.first),
                                         it->second.second, quote_value(how)),
                             "an earlier question is renamed once, split, or removed"});
    }

  private:
    std::vector<Diagnostic>& problems_;
    std::map<std::string, const Question*> current_;
    std::map<std::string, std::pair<std::string, int>> named_;  // id: the key, its line
};

void check_migration(const Rubric& rubric, std::vector<Diagnostic>& problems) {
    MigrationCheck check(rubric, problems);
    for (const Phase& phase : rubric.phases) {
        for (const Question& question : phase.questions) {
            for (const std::string& old_id : question.replaces)
                check.name(old_id, "replaces", question.where, &question);
            if (!question.split_from.empty())
                check.name(question.split_from, "split_from", question.where, &question);
        }
    }
    for (const RemovedQuestion& removed : rubric.removed)
        check.name(removed.id, "removed", removed.where, nullptr);
}

void check_phase(const Phase& phase, std::vector<Diagnostic>& problems) {
    const auto in_range = [&](double value, const char* what) {
        if (in_unit_range(value)) return;
        problems.push_back(
            {phase.where,
             fmt::format("phase {} has {} {}, outside [0,1]", quote_value(phase.id), what, value),
             {}});
    };
    in_range(phase.threshold, "threshold");
    in_range(phase.area_floor, "area_floor");
}

}  // namespace

void check_rubric(const Rubric& rubric, std::vector<Diagnostic>& problems) {
    check_sizes(rubric, problems);
    IdRegistry("rubric", problems).add(rubric.id, rubric.where);
    check_scale(rubric, problems);

    IdRegistry area_registry("area", problems);
    std::vector<std::string> area_ids;
    for (const Area& area : rubric.areas) {
        area_registry.add(area.id, area.where);
        area_ids.push_back(area.id);
    }

    IdRegistry phase_registry("phase", problems);
    IdRegistry question_registry("question", problems);
    for (const Phase& phase : rubric.phases) {
        phase_registry.add(phase.id, phase.where);
        check_phase(phase, problems);
        for (const Question& question : phase.questions) {
            question_registry.add(question.id, question.where);
            check_question(rubric, question, area_ids, problems);
        }
    }
    check_migration(rubric, problems);
}

}  // namespace gait::detail
