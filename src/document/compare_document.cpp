#include "gait/document/compare_document.hpp"

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "document/compare_wording.hpp"
#include "document/report_wording.hpp"

namespace gait {
namespace {

doc::Callout placement_of(const Comparison& comparison) {
    const int steps = comparison.placement_steps;
    return {"Placement",
            placement_name(comparison.before),
            placement_name(comparison.after),
            steps > 0   ? doc::Tone::good
            : steps < 0 ? doc::Tone::bad
                        : doc::Tone::plain,
            {placement_change_sentence(comparison)},
            {},
            {}};
}

void add_scores(doc::Document& document, const char* id, const char* title, const char* column,
                const std::vector<ScoreChange>& changes) {
    document.blocks.push_back(doc::Heading{id, title, {}});
    doc::Table table{id,
                     {{column, doc::Align::left},
                      {"Before", doc::Align::right},
                      {"After", doc::Align::right},
                      {"Change", doc::Align::right}},
                     {},
                     {}};
    for (const ScoreChange& change : changes) {
        table.rows.push_back({doc::text_cell(change.name), doc::score_cell(change.before),
                              doc::score_cell(change.after),
                              doc::change_cell(change.before, change.after)});
    }
    document.blocks.push_back(std::move(table));
}

// A question as a list item, placed by the names of `side`.
doc::Item item_of(const Result& side, const QuestionOutcome& question) {
    doc::Item item{question.text,
                   question.question,
                   phase_name(side, question.phase),
                   area_name(side, question.area),
                   {},
                   {}};
    if (question.essential) item.flags.push_back("essential");
    return item;
}

void add_list(doc::Document& document, const char* id, const char* title, const char* noun,
              doc::Items items) {
    document.blocks.push_back(doc::Heading{id, title, count_of(items.items.size(), noun)});
    document.blocks.push_back(std::move(items));
}

void add_changes(doc::Document& document, const Comparison& comparison, const char* id,
                 const char* title, const std::vector<QuestionChange>& changes) {
    if (changes.empty()) return;
    doc::Items items;
    for (const QuestionChange& change : changes) {
        doc::Item item = item_of(comparison.after, change.after);
        item.facts.push_back({"Answer",
                              answer_text(change.before) + " → " + answer_text(change.after),
                              doc::FactKind::brief});
        if (shows_note_before(change)) {
            item.facts.push_back({"Note before", change.before.note, doc::FactKind::long_text});
        }
        if (!change.after.note.empty()) {
            item.facts.push_back({"Note", change.after.note, doc::FactKind::long_text});
        }
        items.items.push_back(std::move(item));
    }
    add_list(document, id, title, "question", std::move(items));
}

void add_gaps(doc::Document& document, const Result& side, const char* id, const char* title,
              const std::vector<Gap>& gaps, bool with_guidance) {
    doc::Items items{{}, "None.", "gap"};
    for (const Gap& gap : gaps) {
        doc::Item item = item_of(side, gap);
        if (with_guidance && !gap.guidance.empty()) {
            item.facts.push_back({"To do", gap.guidance, doc::FactKind::long_text});
        }
        items.items.push_back(std::move(item));
    }
    add_list(document, id, title, "gap", std::move(items));
}

void add_only(doc::Document& document, const Result& side, const char* id, const char* title,
              const std::vector<QuestionOutcome>& questions) {
    if (questions.empty()) return;
    doc::Items items;
    for (const QuestionOutcome& question : questions)
        items.items.push_back(item_of(side, question));
    add_list(document, id, title, "question", std::move(items));
}

}  // namespace

doc::Document compare_document(const Comparison& comparison) {
    const Result& before = comparison.before;
    const Result& after = comparison.after;
    doc::Document document;
    document.title =
        fmt::format("{} · {} · {} → {}", after.team, after.rubric.title, before.date, after.date);
    document.blocks.push_back(doc::Title{
        after.rubric.title, {{"Before", side_text(before)}, {"After", side_text(after)}}, {}});
    document.blocks.push_back(placement_of(comparison));
    add_scores(document, "phases", "Phases", "Phase", comparison.phases);
    add_scores(document, "areas", "Areas (every phase's questions)", "Area", comparison.areas);
    add_changes(document, comparison, "improved", "Improved", comparison.improved);
    add_changes(document, comparison, "regressed", "Regressed", comparison.regressed);
    add_changes(document, comparison, "answer-changed-same-credit", "Answer changed, same credit",
                comparison.changed);
    add_gaps(document, before, "gaps-closed", "Gaps closed", comparison.gaps_closed, false);
    add_gaps(document, after, "gaps-opened", "Gaps opened", comparison.gaps_opened, true);
    add_only(document, before, "only-in-the-old-rubric-version", "Only in the old rubric version",
             comparison.only_before);
    add_only(document, after, "only-in-the-new-rubric-version", "Only in the new rubric version",
             comparison.only_after);
    return document;
}

}  // namespace gait
