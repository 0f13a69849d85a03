#include "gait/format/report_json.hpp"

#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "gait/score/exemptions.hpp"
#include "gait/score/targets.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/limits.hpp"
#include "gait/util/text_format.hpp"
#include "gait/version.hpp"

#include "format/json_writer.hpp"

namespace gait {
namespace {

using json = nlohmann::ordered_json;

json optional_text(const std::optional<std::string>& text) {
    return text ? json(*text) : json(nullptr);
}

json phase_id_json(const Result& result, std::optional<std::size_t> index) {
    return index ? json(result.phases[*index].id) : json(nullptr);
}

json phase_json(const PhaseScore& phase) {
    return {{"id", phase.id},
            {"name", phase.name},
            {"summary", phase.summary},
            {"score", score_json(phase.score)},
            {"threshold", phase.threshold},
            {"area_floor", phase.area_floor},
            {"achieved", phase.achieved},
            {"essentials_missing", phase.essentials_missing},
            {"areas_below_floor", phase.areas_below_floor}};
}

json area_json(const Result& result, const AreaScores& area) {
    json scores = json::object();
    json holds = json::object();
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        scores[result.phases[p].id] = score_json(area.by_phase[p]);
        if (p < area.holds.size()) holds[result.phases[p].id] = bool(area.holds[p]);
    }
    json out = {{"id", area.id},
                {"name", area.name},
                {"scores", scores},
                {"overall", score_json(area.overall)}};
    // A report read from before per-area placement has none to write: absent, not empty.
    if (area.holds.size() == result.phases.size()) {
        out["holds"] = holds;
        out["placement"] = phase_id_json(result, area.placement);
    }
    return out;
}

json unanswered_json(const UnansweredQuestion& question) {
    return {{"question", question.question},
            {"phase", question.phase},
            {"area", question.area},
            {"text", question.text}};
}

// JSON as nlohmann prints it, with C1 controls and bidi controls written as \u
// escapes too (it escapes only C0): JSON is often printed on a terminal, where
// U+009B starts a command and U+202E reverses what follows. The bytes of those
// characters occur only inside strings, so escaping them keeps the JSON the same.
std::string terminal_safe(std::string text) {
    // C1 controls are C2 80..C2 9F in UTF-8, the bidi controls E2 80 AA..E2 80 AE
    // and E2 81 A6..E2 81 A9: only bytes after a C2 or an E2 need a look.
    std::string out;
    std::size_t copied = 0;
    for (std::size_t at = text.find_first_of("\xc2\xe2"); at != std::string::npos;
         at = text.find_first_of("\xc2\xe2", at + 1)) {
        std::size_t next = at;
        const char32_t code_point = next_code_point(text, next);
        if ((code_point < 0x80 || code_point > 0x9f) && !is_bidi_control(code_point)) continue;
        out.append(text, copied, at - copied);
        out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(code_point));
        copied = next;
        at = next - 1;
    }
    if (copied == 0) return text;
    out.append(text, copied, std::string::npos);
    return out;
}

// Inputs are checked for valid UTF-8; replacing rather than throwing is a last guard.
std::string dump(const json& value, int indent) {
    return terminal_safe(value.dump(indent, ' ', false, json::error_handler_t::replace));
}

json respondent_json(const RespondentAnswer& answer) {
    return {{"respondent", answer.respondent},
            {"answer", optional_text(answer.answer)},
            {"answer_label", answer.answer ? json(answer.answer_label) : json(nullptr)},
            {"value", score_json(answer.value)},
            {"note", answer.note},
            {"evidence", answer.evidence}};
}

json spread_json(const Spread& spread) {
    return {{"steps", spread.steps},
            {"min", score_json(spread.min)},
            {"max", score_json(spread.max)},
            {"not_applicable", spread.not_applicable}};
}

}  // namespace

json score_json(std::optional<double> score) {
    return score ? json(*score) : json(nullptr);
}

json diagnostic_json(const Diagnostic& diagnostic) {
    return {{"file", diagnostic.where.file},
            {"line", diagnostic.where.line},
            {"column", diagnostic.where.column},
            {"message", diagnostic.message},
            {"hint", diagnostic.hint}};
}

json outcome_json(const QuestionOutcome& outcome) {
    json out = {{"question", outcome.question},
                {"phase", outcome.phase},
                {"area", outcome.area},
                {"text", outcome.text},
                {"answer", optional_text(outcome.answer)},
                {"answer_label", outcome.answer ? json(outcome.answer_label) : json(nullptr)},
                {"value", score_json(outcome.value)},
                {"weight", outcome.weight},
                {"essential", outcome.essential},
                {"note", outcome.note},
                {"evidence", outcome.evidence}};
    if (!outcome.carried_from.empty()) out["carried_from"] = outcome.carried_from;
    // Only answers that give a reason or an exemption have these.
    if (!outcome.reason.empty()) out["reason"] = outcome.reason;
    if (outcome.exempt) {
        out["exempt"] = true;
        out["until"] = outcome.until.empty() ? json(nullptr) : json(outcome.until);
        out["lapsed"] = outcome.lapsed;
    }
    // Only a report that merges several respondents has these: others stay as they were.
    if (!outcome.respondents.empty()) {
        out["respondents"] = json::array();
        for (const RespondentAnswer& answer : outcome.respondents)
            out["respondents"].push_back(respondent_json(answer));
        out["spread"] = spread_json(outcome.spread);
    }
    return out;
}

json gap_json(const Gap& gap) {
    json out = {{"kind", gap.kind == GapKind::hold ? "hold" : "reach"}};
    out.update(outcome_json(gap));
    out["guidance"] = gap.guidance;
    return out;
}

json target_json(const Result& result, const TargetOutcome& target) {
    return {{"area", target.area.empty() ? json(nullptr) : json(target.area)},
            {"phase", target.phase},
            {"by", target.by.empty() ? json(nullptr) : json(target.by)},
            {"placed", phase_id_json(result, target_placement(result, target))},
            {"met", target.met},
            {"due", target.due},
            {"gaps", target.gaps}};
}

json exemption_json(const QuestionOutcome& question) {
    return {{"question", question.question},
            {"reason", question.reason},
            {"until", question.until.empty() ? json(nullptr) : json(question.until)}};
}

// `exemptions` and `not_applicable_without_reason`, when there are any.
void add_exemptions_json(json& report, const Result& result) {
    const ExemptionLists lists = exemption_lists(result);
    if (!lists.in_force.empty() || !lists.lapsed.empty()) {
        json exemptions = {{"in_force", json::array()}, {"lapsed", json::array()}};
        for (const QuestionOutcome* question : lists.in_force)
            exemptions["in_force"].push_back(exemption_json(*question));
        for (const QuestionOutcome* question : lists.lapsed)
            exemptions["lapsed"].push_back(exemption_json(*question));
        report["exemptions"] = std::move(exemptions);
    }
    if (lists.without_reason.empty()) return;
    report["not_applicable_without_reason"] = json::array();
    for (const QuestionOutcome* question : lists.without_reason)
        report["not_applicable_without_reason"].push_back(question->question);
}

std::string dump_json(const json& document) {
    return dump(document, 2) + "\n";
}

std::string json_text(const json& value) {
    return dump(value, -1);
}
json tool_json() {
    return {{"name", "gait"}, {"version", version}};
}

void JsonObjectWriter::open_member(const std::string& key) {
    text_ += empty_ ? "\n  " : ",\n  ";
    empty_ = false;
    text_ += json_text(key) + ": ";
}

void JsonObjectWriter::append_indented(std::string& text, const json& value, std::size_t indent) {
    const std::string lines = dump(value, 2);
    std::size_t start = 0;
    for (std::size_t end; (end = lines.find('\n', start)) != std::string::npos; start = end + 1) {
        text.append(lines, start, end + 1 - start);
        text.append(indent, ' ');
    }
    text.append(lines, start);
}

void JsonObjectWriter::member(const std::string& key, const json& value) {
    open_member(key);
    append_indented(text_, value, 2);
}

std::string JsonObjectWriter::finish() {
    text_ += empty_ ? "}\n" : "\n}\n";
    return std::move(text_);  // a large aggregate's text is megabytes: not copied
}

json report_to_json(const Result& result) {
    json report;
    report["schema_version"] = report_schema_version;
    report["tool"] = tool_json();
    report["rubric"] = {{"id", result.rubric.id},
                        {"version", result.rubric.version},
                        {"title", result.rubric.title}};
    report["team"] = result.team;
    report["date"] = result.date;
    report["respondent"] = result.respondent;
    // Only a team that has tags: other reports stay as they were.
    if (!result.tags.empty()) report["tags"] = result.tags;
    if (!result.respondents.empty()) {
        report["respondents"] = result.respondents;
        report["merge"] = result.merge;
    }
    report["placement"] = {{"phase", phase_id_json(result, result.placement)},
                           {"next", phase_id_json(result, result.next)}};
    report["phases"] = json::array();
    for (const PhaseScore& phase : result.phases)
        report["phases"].push_back(phase_json(phase));
    report["areas"] = json::array();
    for (const AreaScores& area : result.areas)
        report["areas"].push_back(area_json(result, area));
    report["gaps"] = json::array();
    for (const Gap& gap : result.gaps)
        report["gaps"].push_back(gap_json(gap));
    report["unanswered"] = json::array();
    for (const UnansweredQuestion& question : result.unanswered) {
        report["unanswered"].push_back(unanswered_json(question));
    }
    if (!result.respondents.empty()) report["discuss"] = result.discuss;
    if (!result.targets.empty()) {
        report["targets"] = json::array();
        for (const TargetOutcome& target : result.targets)
            report["targets"].push_back(target_json(result, target));
    }
    add_exemptions_json(report, result);
    report["questions"] = json::array();
    for (const QuestionOutcome& outcome : result.questions)
        report["questions"].push_back(outcome_json(outcome));
    return report;
}

std::string render_json(const Result& result) {
    std::string json = dump_json(report_to_json(result));
    // Every report gait writes, gait reads back.
    if (json.size() > limits::report_bytes) {
        throw Error({},
                    fmt::format("the JSON report would be {:.1f} MiB, more than the {} MiB "
                                "gait reads back",
                                static_cast<double>(json.size()) / (1024 * 1024),
                                limits::report_bytes / (1024 * 1024)),
                    "shorten the longest notes, evidence or rubric texts");
    }
    return json;
}

}  // namespace gait
