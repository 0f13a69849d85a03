#include "gait/document/report_document.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/score/exemptions.hpp"
#include "gait/util/text_format.hpp"

#include "document/report_wording.hpp"
#include "document/respondents_wording.hpp"
#include "document/targets_wording.hpp"

namespace gait {
namespace {

// How many of the next phase's gaps the placement names, for the reader who
// reads nothing else.
constexpr std::size_t first_gaps_named = 3;

doc::Title title_of(const Result& result) {
    doc::Title title{result.rubric.title + " " + result.rubric.version,
                     {{"Team", result.team}, {"Date", result.date}},
                     {}};
    if (!result.respondents.empty()) {
        title.fields.push_back({"Respondents", respondents_field(result)});
    } else if (!result.respondent.empty()) {
        title.fields.push_back({"Respondent", result.respondent});
    }
    return title;
}

doc::Callout placement_of(const Result& result) {
    doc::Callout callout;
    callout.label = "Placement";
    callout.name = placement_name(result, result.placement);
    const PlacementWords words = placement_words(result);
    for (const std::string& sentence : {words.summary, words.next}) {
        if (!sentence.empty()) callout.sentences.push_back(sentence);
    }
    callout.sentences.insert(callout.sentences.end(), words.notes.begin(), words.notes.end());
    if (!result.next) return callout;
    for (const Gap* gap : gaps_of_kind(result, GapKind::reach)) {
        if (callout.points.size() == first_gaps_named) break;
        callout.points.push_back(gap->text);
    }
    if (!callout.points.empty()) {
        callout.points_label =
            fmt::format("First to close for {}:", result.phases[*result.next].name);
    }
    return callout;
}

doc::Meters meters_of(const Result& result) {
    doc::Meters meters;
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        const PhaseScore& phase = result.phases[p];
        std::string tag;
        if (result.placement == p) tag = "Placement";
        if (result.next == p) tag = "Next";
        meters.meters.push_back({phase.name, phase.score, phase.threshold, phase.achieved,
                                 phase_status(phase), tag, phase.summary,
                                 phase.essentials_missing});
    }
    return meters;
}

doc::Radar radar_of(const Result& result) {
    doc::Radar radar;
    for (const AreaScores& area : result.areas)
        radar.axes.push_back(area.name);
    for (std::size_t p = 0; p < result.phases.size(); ++p) {
        radar.series.push_back(result.phases[p].name);
        std::vector<std::optional<double>> values;
        for (const AreaScores& area : result.areas)
            values.push_back(p < area.by_phase.size() ? area.by_phase[p] : std::nullopt);
        radar.values.push_back(std::move(values));
    }
    return radar;
}

// Whether every area carries its own placement (a report saved before gait had
// per-area placement carries none).
bool areas_placed(const Result& result) {
    return !result.areas.empty() &&
           std::all_of(result.areas.begin(), result.areas.end(), [&](const AreaScores& area) {
               return area.holds.size() == result.phases.size();
           });
}

doc::Table matrix_of(const Result& result) {
    doc::Table table{"matrix", {{"Area", doc::Align::left}}, {}, {}, "area"};
    for (const PhaseScore& phase : result.phases)
        table.columns.push_back({phase.name, doc::Align::right});
    const bool placed = areas_placed(result);
    if (placed) table.columns.push_back({"Placed", doc::Align::left});
    for (const AreaScores& area : result.areas) {
        std::vector<doc::Cell> row = {doc::text_cell(area.name)};
        for (std::size_t p = 0; p < result.phases.size(); ++p)
            row.push_back(
                doc::heat_cell(p < area.by_phase.size() ? area.by_phase[p] : std::nullopt));
        if (placed) row.push_back(doc::text_cell(placement_name(result, area.placement)));
        table.rows.push_back(std::move(row));
    }
    std::vector<doc::Cell> whole = {doc::text_cell("Whole phase")};
    for (const PhaseScore& phase : result.phases)
        whole.push_back(doc::heat_cell(phase.score));
    if (placed) whole.push_back(doc::text_cell(placement_name(result, result.placement)));
    table.footer.push_back(std::move(whole));
    return table;
}

std::vector<std::string> flags_of(const QuestionOutcome& question) {
    std::vector<std::string> flags;
    if (question.essential) flags.push_back("essential");
    if (!question.carried_from.empty()) flags.push_back("to confirm");
    return flags;
}

// "Yes (1.00)", or "unanswered (counted as 0)"; a merged answer says how it was merged.
std::string answer_fact(const Result& result, const QuestionOutcome& question) {
    if (!question.respondents.empty()) return merged_answer_fact(result, question);
    return question.answer
               ? fmt::format("{} ({})", question.answer_label, format_score(question.value))
               : std::string("unanswered (counted as 0)");
}

// A question, where it stands, its flags and its answer.
doc::Item question_item(const Result& result, const QuestionOutcome& question) {
    doc::Item item{question.text,
                   question.question,
                   phase_name(result, question.phase),
                   area_name(result, question.area),
                   flags_of(question),
                   {}};
    item.facts.push_back({"Answer", answer_fact(result, question), doc::FactKind::brief});
    return item;
}

doc::Item gap_item(const Result& result, const Gap& gap) {
    doc::Item item = question_item(result, gap);
    item.facts.push_back({"Weight", fmt::format("{}", gap.weight), doc::FactKind::brief});
    if (gap.lapsed) item.facts.push_back({"Exemption", lapsed_words(gap), doc::FactKind::brief});
    const std::vector<doc::Fact> respondents = respondent_facts(gap);
    item.facts.insert(item.facts.end(), respondents.begin(), respondents.end());
    if (!gap.note.empty()) item.facts.push_back({"Note", gap.note, doc::FactKind::long_text});
    if (!gap.evidence.empty())
        item.facts.push_back({"Evidence", gap.evidence, doc::FactKind::link});
    if (!gap.guidance.empty()) {
        item.facts.push_back({"To do", gap.guidance, doc::FactKind::long_text});
    }
    return item;
}

void add_gaps(doc::Document& document, const Result& result, GapKind kind, std::size_t phase) {
    const bool hold = kind == GapKind::hold;
    const std::vector<const Gap*> gaps = gaps_of_kind(result, kind);
    document.blocks.push_back(
        doc::Heading{hold ? "hold" : "reach",
                     fmt::format("{} {}", hold ? "To hold" : "To reach", result.phases[phase].name),
                     count_of(gaps.size(), "gap")});
    doc::Items items{{}, "Every question has full credit.", "gap"};
    for (const Gap* gap : gaps)
        items.items.push_back(gap_item(result, *gap));
    document.blocks.push_back(std::move(items));
}

// Answers carried over from a question a newer rubric version split: each part
// starts from the old answer, which the team should confirm.
void add_to_confirm(doc::Document& document, const Result& result) {
    doc::Items items;
    for (const QuestionOutcome& question : result.questions) {
        if (question.carried_from.empty()) continue;
        doc::Item item = question_item(result, question);
        item.facts.push_back({"Carried from", question.carried_from, doc::FactKind::brief});
        items.items.push_back(std::move(item));
    }
    if (items.items.empty()) return;
    document.blocks.push_back(doc::Heading{
        "to-confirm", "To confirm",
        count_of(items.items.size(), "answer") + " carried over from a question now split"});
    document.blocks.push_back(std::move(items));
}

// Questions the respondents should talk over: far apart, or split on n/a.
void add_discuss(doc::Document& document, const Result& result) {
    if (result.respondents.empty()) return;
    doc::Items items{{}, "The respondents agree on every question.", "question"};
    for (const QuestionOutcome& question : result.questions) {
        if (!question.spread.to_discuss()) continue;
        doc::Item item = question_item(result, question);
        item.facts.push_back({"Spread", spread_fact(question), doc::FactKind::brief});
        const std::vector<doc::Fact> respondents = respondent_facts(question);
        item.facts.insert(item.facts.end(), respondents.begin(), respondents.end());
        items.items.push_back(std::move(item));
    }
    document.blocks.push_back(doc::Heading{
        "discuss", "Discuss these",
        count_of(items.items.size(), "question") + " the respondents see differently"});
    document.blocks.push_back(std::move(items));
}

// Each target beside the placement it is measured against, and what stands between.
void add_targets(doc::Document& document, const Result& result) {
    if (result.targets.empty()) return;
    std::size_t missed = 0;
    doc::Lines lines;
    for (const TargetOutcome& target : result.targets) {
        missed += !target.met;
        lines.lines.push_back(target_sentence(result, target));
    }
    document.blocks.push_back(doc::Heading{
        "targets", "Targets",
        fmt::format("{}, {} not met", count_of(result.targets.size(), "target"), missed)});
    document.blocks.push_back(std::move(lines));
}

// Exemptions in force and lapsed, and not-applicable answers that give no reason.
void add_exemptions(doc::Document& document, const Result& result) {
    const ExemptionLists lists = exemption_lists(result);
    if (lists.empty()) return;
    document.blocks.push_back(doc::Heading{
        "exemptions", "Exemptions and not applicable",
        exemptions_count(lists.in_force.size(), lists.lapsed.size(), lists.without_reason.size())});
    doc::Items items;
    for (const std::vector<const QuestionOutcome*>* list :
         {&lists.in_force, &lists.lapsed, &lists.without_reason}) {
        for (const QuestionOutcome* question : *list) {
            doc::Item item = question_item(result, *question);
            item.facts.push_back({"Status", exemption_status(*question), doc::FactKind::brief});
            if (!question->reason.empty())
                item.facts.push_back({"Reason", question->reason, doc::FactKind::long_text});
            items.items.push_back(std::move(item));
        }
    }
    document.blocks.push_back(std::move(items));
}

void add_unanswered(doc::Document& document, const Result& result) {
    if (result.unanswered.empty()) return;
    document.blocks.push_back(
        doc::Heading{"unanswered", "Unanswered",
                     count_of(result.unanswered.size(), "question") + " (counted as 0)"});
    doc::Items items;
    for (const UnansweredQuestion& question : result.unanswered) {
        items.items.push_back({question.text,
                               question.question,
                               phase_name(result, question.phase),
                               area_name(result, question.area),
                               {},
                               {}});
    }
    document.blocks.push_back(std::move(items));
}

}  // namespace

doc::Document report_document(const Result& result) {
    doc::Document document;
    document.title = fmt::format("{} · {} {} · {}", result.team, result.rubric.title,
                                 result.rubric.version, result.date);
    document.blocks.push_back(title_of(result));
    document.blocks.push_back(placement_of(result));
    document.blocks.push_back(doc::Heading{"phases", "Phases", {}});
    document.blocks.push_back(meters_of(result));
    document.blocks.push_back(doc::Heading{"areas", "Areas by phase", {}});
    if (result.areas.size() >= 3) document.blocks.push_back(radar_of(result));
    document.blocks.push_back(matrix_of(result));
    add_targets(document, result);
    add_discuss(document, result);
    if (result.placement) add_gaps(document, result, GapKind::hold, *result.placement);
    if (result.next) add_gaps(document, result, GapKind::reach, *result.next);
    add_to_confirm(document, result);
    add_exemptions(document, result);
    add_unanswered(document, result);
    return document;
}

}  // namespace gait
