#include "gait/load/answers_template.hpp"

#include <fmt/format.h>

#include "gait/load/answers_writer.hpp"
#include "gait/util/text_format.hpp"

namespace gait {
namespace {

constexpr std::size_t comment_width = 78;

// Rubric text as comment lines: printable() first, so no text from the rubric can
// end the comment or reach a terminal raw when the file is printed or shown.
std::string comment(const std::string& text, const std::string& indent) {
    return wrap(printable(text), comment_width, indent + "# ", indent + "# ");
}

std::string scale_help(const Rubric& rubric) {
    std::vector<std::string> choices;
    for (const ScaleChoice& choice : rubric.scale) {
        choices.push_back(choice.value ? fmt::format("{} ({})", choice.id, choice.label)
                                       : fmt::format("{} ({}, where a question allows it)",
                                                     choice.id, choice.label));
    }
    return fmt::format("Answer each question with one of: {}.", fmt::join(choices, ", "));
}

// Reasons and exemptions, for a scale with a not-applicable choice
// (docs/answers-format.md, "Exemptions").
std::string reason_help(const Rubric& rubric, const std::string& example_id) {
    const ScaleChoice* na = not_applicable_choice(rubric);
    if (!na) return {};
    std::string out = comment(
        fmt::format("Give {} and exempt a reason; an exemption may also end on a date:", na->id),
        "");
    out +=
        fmt::format("#   {}: {{answer: exempt, reason: \"...\", until: YYYY-MM-DD}}\n", example_id);
    return out;
}

// A team target names the phase after the first, the usual next step
// (docs/answers-format.md, "Targets").
std::string target_help(const Rubric& rubric) {
    if (rubric.phases.size() < 2) return {};
    return comment("A target for the team, on a line of its own next to team:", "") +
           fmt::format("#   target: {{phase: {}, by: YYYY-MM-DD}}\n", rubric.phases[1].id);
}

std::string render_header(const Rubric& rubric, const std::string& schema,
                          const std::string& score_command) {
    // Editors with the YAML language server check and complete the file against it.
    std::string out = schema.empty() ? "" : "# yaml-language-server: $schema=" + schema + "\n";
    out += comment(fmt::format("Answers for \"{}\" ({}, version {}), made by gait init.",
                               rubric.title, rubric.id, rubric.version),
                   "");
    out += comment(scale_help(rubric), "");
    out += comment(
        "A question left blank is unanswered and counts as 0. To add a note or "
        "evidence, write the answer as a mapping:",
        "");
    const std::string example_id = rubric.phases.empty() || rubric.phases[0].questions.empty()
                                       ? "phase.area.question"
                                       : rubric.phases[0].questions[0].id;
    out += fmt::format("#   {}: {{answer: {}, note: \"...\", evidence: \"https://...\"}}\n",
                       example_id, rubric.scale.empty() ? "..." : rubric.scale.front().id);
    out += reason_help(rubric, example_id);
    out += target_help(rubric);
    out += "# Then score it: " + score_command + "\n";
    return out;
}

std::string question_comment(const Question& question) {
    std::string text = question.text;
    if (question.essential) text += " [essential]";
    if (question.allow_na) text += " [n/a allowed]";
    return comment(text, "  ");
}

std::string render_phase(const Rubric& rubric, const Phase& phase, std::size_t number) {
    std::string out = fmt::format("\n  # ==== Phase {}: {} ====\n", number, printable(phase.name));
    for (const Area& area : rubric.areas) {
        bool area_started = false;
        for (const Question& question : phase.questions) {
            if (question.area != area.id) continue;
            if (!area_started) out += fmt::format("\n  # -- {} --\n", printable(area.name));
            area_started = true;
            out += question_comment(question);
            out += "  " + question.id + ":\n";
        }
    }
    return out;
}

}  // namespace

std::string render_answers_template(const Rubric& rubric, const std::string& team,
                                    const std::string& date, const std::string& schema,
                                    const std::string& score_command,
                                    const std::string& respondent) {
    std::string out = render_header(rubric, schema, score_command);
    out += fmt::format("rubric:\n  id: {}\n  version: {}\n", yaml_quote(rubric.id),
                       yaml_quote(rubric.version));
    out += fmt::format("team: {}\ndate: {}\nrespondent: {}\nanswers:\n", yaml_quote(team),
                       yaml_quote(date), respondent.empty() ? "\"\"" : yaml_quote(respondent));
    for (std::size_t p = 0; p < rubric.phases.size(); ++p) {
        out += render_phase(rubric, rubric.phases[p], p + 1);
    }
    return out;
}

}  // namespace gait
