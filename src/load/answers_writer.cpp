#include "gait/load/answers_writer.hpp"

#include <unordered_map>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

std::string render_answer(const Answer& answer) {
    if (answer.note.empty() && answer.evidence.empty() && answer.carried_from.empty() &&
        answer.reason.empty() && answer.until.empty()) {
        return fmt::format("  {}: {}\n", answer.question, yaml_quote(answer_word(answer)));
    }
    std::string out = fmt::format("  {}:\n", answer.question);
    if (!answer.choice.empty()) out += "    answer: " + yaml_quote(answer_word(answer)) + "\n";
    if (!answer.reason.empty()) out += "    reason: " + yaml_quote(answer.reason) + "\n";
    if (!answer.until.empty()) out += "    until: " + yaml_quote(answer.until) + "\n";
    if (!answer.note.empty()) out += "    note: " + yaml_quote(answer.note) + "\n";
    if (!answer.evidence.empty()) out += "    evidence: " + yaml_quote(answer.evidence) + "\n";
    if (!answer.carried_from.empty())
        out += "    carried_from: " + yaml_quote(answer.carried_from) + "\n";
    return out;
}

// Answers that no longer count, as comments under `heading`: what the team
// wrote stays in the file for a person to read.
std::string render_set_aside(const std::string& heading, const std::vector<Answer>& answers) {
    if (answers.empty()) return {};
    std::string out = "\n# " + heading + "\n";
    for (const Answer& answer : answers) {
        std::string entry = render_answer(answer);
        std::size_t start = 0;
        while (start < entry.size()) {
            const std::size_t end = entry.find('\n', start);
            out += "#" + entry.substr(start, end - start) + "\n";
            start = end + 1;
        }
    }
    return out;
}

}  // namespace

std::string answer_word(const Answer& answer) {
    return answer.exempt ? std::string(exempt_answer) : answer.choice;
}

std::string yaml_quote(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string render_answers(const Rubric& rubric, const Answers& answers) {
    // printable() keeps a line break in the title from ending the comment.
    std::string out =
        fmt::format("# Answers to \"{}\", written by gait.\n", printable(rubric.title));
    out += fmt::format("rubric:\n  id: {}\n  version: {}\n", yaml_quote(rubric.id),
                       yaml_quote(rubric.version));
    out += fmt::format("team: {}\ndate: {}\n", yaml_quote(answers.team), yaml_quote(answers.date));
    if (!answers.respondent.empty()) out += "respondent: " + yaml_quote(answers.respondent) + "\n";
    // Kept when gait rewrites a file whole (a migration): aggregates group by them.
    if (!answers.tags.empty()) {
        std::string tags;
        for (const std::string& tag : answers.tags)
            tags += (tags.empty() ? "" : ", ") + yaml_quote(tag);
        out += "tags: [" + tags + "]\n";
    }
    std::unordered_map<std::string, const Answer*> by_question;
    for (const Answer& answer : answers.answers)
        by_question[answer.question] = &answer;
    std::string body;
    for (const std::string& id : question_ids(rubric)) {
        const auto found = by_question.find(id);
        if (found == by_question.end()) continue;
        const Answer& answer = *found->second;
        if (answer.choice.empty() && answer.note.empty() && answer.evidence.empty() &&
            answer.reason.empty())
            continue;
        body += render_answer(answer);
    }
    const Migration& migration = answers.migration;
    return out + (body.empty() ? "answers: {}\n" : "answers:\n" + body) +
           render_set_aside(fmt::format("Answers to questions version {} of the rubric removed, "
                                        "kept for reference:",
                                        printable(rubric.version)),
                            migration.dropped) +
           render_set_aside(
               "Answers under earlier ids that the file also answers under their "
               "new ids, kept for reference:",
               migration.superseded);
}

}  // namespace gait
