#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait {

// A team's answer to one question.
struct Answer {
    std::string question;  // the question's id
    std::string choice;    // a scale choice id; empty when left blank
    std::string note;      // the team's remark, free text
    std::string evidence;  // a link or pointer that backs the answer
    // Why the question does not apply, or why it is exempt; empty: none given.
    std::string reason;
    // Answered `exempt`: scored as not applicable while in force. `choice` is then
    // the scale's not-applicable choice.
    bool exempt = false;
    std::string until;  // an exemption's last day, YYYY-MM-DD; empty: no end
    SourceLocation where;
    // The earlier question, split in a newer rubric version, this answer was
    // carried over from: the team should confirm it. Empty once confirmed.
    std::string carried_from;
    // A merged answer's value (several respondents' median, min or mean), which may
    // fall between the scale's choices; `choice` is then the nearest one. Empty:
    // the choice's own value. Never read from a file.
    std::optional<double> value;
};

// What reading an answers file written for an earlier rubric version did with
// its old question ids (the rubric's replaces, split_from and removed keys).
struct Migration {
    std::size_t renamed = 0;         // answers carried over to a renamed question
    std::size_t split = 0;           // split questions whose answer went to each part
    std::size_t to_confirm = 0;      // parts of split questions, marked carried_from
    std::vector<Answer> dropped;     // answers to removed questions, kept for rewrites
    std::vector<Answer> superseded;  // under old ids also answered under their new id, kept
                                     // for rewrites
    bool any() const { return renamed + split + dropped.size() + superseded.size() > 0; }
};

// A phase the team, or one area, should hold, and by when.
struct Target {
    std::string area;   // the area's id; empty: the team's target
    std::string phase;  // a phase id of the rubric
    std::string by;     // YYYY-MM-DD; empty: due now
    SourceLocation where;
};

// One team's answers to one rubric.
struct Answers {
    std::string rubric_id;
    std::string rubric_version;  // empty when the file does not say
    std::string team;
    std::string date;  // YYYY-MM-DD
    std::string respondent;
    std::vector<std::string> tags;     // short labels such as "org:payments", for aggregates
    std::vector<Answer> answers;       // in file order, each question at most once
    std::vector<Target> targets;       // `target:` first, then `targets:` in file order
    Migration migration;               // old ids read through the rubric's migration keys
    std::vector<Diagnostic> warnings;  // worth saying, not worth refusing the file
    SourceLocation where;              // the file it was read from
};

// Reads answers (YAML or JSON) and checks them against the rubric: its id, the
// question ids and the scale. Throws Error for the first problem.
Answers load_answers(std::string_view text, const std::string& file, const Rubric& rubric);
Answers load_answers_file(const std::string& path, const Rubric& rubric);

// The rubric id an answers file's `rubric:` names; empty when the text cannot
// be read that far (load_answers then says why).
std::string named_rubric_id(std::string_view text, const std::string& file);

// The bundled rubric whose id the answers in `text` name, if one does: so a
// file written for health-check is read with it without --rubric.
std::optional<BundledRubric> bundled_rubric_for(std::string_view text, const std::string& file);

}  // namespace gait
