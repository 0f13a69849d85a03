#include "gait/rubric_show.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace gait {
namespace {

std::string choice_text(const ScaleChoice& choice) {
    if (!choice.value)
        return fmt::format("{} = {} (not scored)", choice.id, printable(choice.label));
    return fmt::format("{} = {} ({})", choice.id, printable(choice.label), *choice.value);
}

std::string question_flags(const Question& question) {
    std::vector<std::string> flags;
    if (question.essential) flags.push_back("essential");
    if (question.weight != 1.0) flags.push_back(fmt::format("weight {}", question.weight));
    if (question.allow_na) flags.push_back("n/a allowed");
    return flags.empty() ? std::string{} : fmt::format(" ({})", fmt::join(flags, ", "));
}

std::string render_areas(const Rubric& rubric, const TextStyle& style) {
    std::size_t id_width = 0;
    for (const Area& area : rubric.areas)
        id_width = std::max(id_width, area.id.size());
    std::string out = "\n" + paint("Areas", Paint::bold, style) + "\n";
    for (const Area& area : rubric.areas) {
        out += wrap(printable(area.name), style.width, "  " + pad_right(area.id, id_width) + "  ",
                    std::string(id_width + 4, ' '));
    }
    return out;
}

std::string render_phase(const Rubric& rubric, const Phase& phase, std::size_t number,
                         const TextStyle& style) {
    std::string out =
        "\n" +
        paint(fmt::format("Phase {}: {}", number, printable(phase.name)), Paint::bold, style) +
        fmt::format(" ({}), threshold {:.2f}, {}\n", phase.id, phase.threshold,
                    count_of(phase.questions.size(), "question"));
    if (!phase.summary.empty()) out += wrap(printable(phase.summary), style.width, "  ", "  ");
    for (const Question& question : phase.questions) {
        const Area* area = find_area(rubric, question.area);
        out += "\n  " + paint(question.id, Paint::cyan, style) + " · " +
               printable(area ? area->name : question.area) + question_flags(question) + "\n";
        out += wrap(printable(question.text), style.width, "    ", "    ");
    }
    return out;
}

}  // namespace

std::string render_rubric(const Rubric& rubric, const TextStyle& style) {
    std::string out = paint(printable(rubric.title), Paint::bold, style) +
                      fmt::format(" ({}, version {})\n", rubric.id, printable(rubric.version));
    if (!rubric.description.empty())
        out += wrap(printable(rubric.description), style.width, "", "");
    std::vector<std::string> choices;
    for (const ScaleChoice& choice : rubric.scale)
        choices.push_back(choice_text(choice));
    out += "\n" + wrap(fmt::format("Scale: {}", fmt::join(choices, ", ")), style.width, "", "  ");
    out += render_areas(rubric, style);
    for (std::size_t p = 0; p < rubric.phases.size(); ++p) {
        out += render_phase(rubric, rubric.phases[p], p + 1, style);
    }
    return out;
}

}  // namespace gait
