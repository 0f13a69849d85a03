#include "gait/document/rubric_document.hpp"

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait {
namespace {

std::string choice_text(const ScaleChoice& choice) {
    if (!choice.value) return fmt::format("{} = {} (not scored)", choice.id, choice.label);
    return fmt::format("{} = {} ({})", choice.id, choice.label, *choice.value);
}

std::vector<std::string> flags_of(const Question& question) {
    std::vector<std::string> flags;
    if (question.essential) flags.push_back("essential");
    if (question.weight != 1.0) flags.push_back(fmt::format("weight {}", question.weight));
    if (question.allow_na) flags.push_back("n/a allowed");
    return flags;
}

void add_areas(doc::Document& document, const Rubric& rubric) {
    document.blocks.push_back(doc::Heading{"areas", "Areas", {}});
    doc::Table table{
        "areas", {{"Id", doc::Align::left}, {"Name", doc::Align::left}}, {}, {}, "area"};
    for (const Area& area : rubric.areas)
        table.rows.push_back({doc::code_cell(area.id), doc::text_cell(area.name)});
    document.blocks.push_back(std::move(table));
}

void add_phase(doc::Document& document, const Rubric& rubric, std::size_t number) {
    const Phase& phase = rubric.phases[number];
    document.blocks.push_back(
        doc::Heading{phase.id, fmt::format("Phase {}: {} ({})", number + 1, phase.name, phase.id),
                     fmt::format("threshold {:.2f}, {}", phase.threshold,
                                 count_of(phase.questions.size(), "question"))});
    if (!phase.summary.empty()) document.blocks.push_back(doc::Paragraph{phase.summary});
    doc::Items items;
    for (const Question& question : phase.questions) {
        const Area* area = find_area(rubric, question.area);
        items.items.push_back({question.text,
                               question.id,
                               {},
                               area ? area->name : question.area,
                               flags_of(question),
                               {}});
    }
    document.blocks.push_back(std::move(items));
}

}  // namespace

doc::Document rubric_document(const Rubric& rubric) {
    doc::Document document;
    document.title = fmt::format("{} {}", rubric.title, rubric.version);
    document.blocks.push_back(doc::Title{
        rubric.title, {{"Id", rubric.id}, {"Version", rubric.version}}, rubric.description});
    std::vector<std::string> choices;
    for (const ScaleChoice& choice : rubric.scale)
        choices.push_back(choice_text(choice));
    document.blocks.push_back(doc::Paragraph{fmt::format("Scale: {}", fmt::join(choices, ", "))});
    add_areas(document, rubric);
    for (std::size_t p = 0; p < rubric.phases.size(); ++p)
        add_phase(document, rubric, p);
    return document;
}

}  // namespace gait
