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
            placement_name(comparison.before, comparison.before.placement),
            placement_name(comparison.after, comparison.after.placement),
            steps > 0   ? doc::Tone::good
            : steps < 0 ? doc::Tone::bad
                        : doc::Tone::plain,
            {placement_change_sentence(comparison)},
            {},
            {}};
}

doc::Table scores_table(const char* id, const char* column,
                        const std::vector<ScoreChange>& changes) {
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
    return table;
}

std::string area_placement_text(const Result& side, const AreaPlacement& placement) {
    if (!placement.known) return "-";
    return placement.phase ? phase_name(side, *placement.phase) : "none yet";
}

// Each area's overall score, and its own placement before and after when both sides place areas.
void add_areas(doc::Document& document, const Comparison& comparison) {
    document.blocks.push_back(doc::Heading{"areas", "Areas (every phase's questions)", {}});
    doc::Table table = scores_table("areas", "Area", comparison.areas);
    bool placed = false;
    for (const auto& [before, after] : comparison.area_placements)
        placed = placed || before.known || after.known;
    if (placed) {
        table.columns.push_back({"Placed", doc::Align::left});
        for (std::size_t a = 0; a < table.rows.size(); ++a) {
            const auto& [before, after] = comparison.area_placements[a];
            const std::string then = area_placement_text(comparison.before, before);
            const std::string now = area_placement_text(comparison.after, after);
            table.rows[a].push_back(doc::text_cell(then == now ? now : then + " → " + now));
        }
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
    document.blocks.push_back(doc::Heading{"phases", "Phases", {}});
    document.blocks.push_back(scores_table("phases", "Phase", comparison.phases));
    add_areas(document, comparison);
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
