#include "text_blocks.hpp"

#include <fmt/format.h>

namespace gait::detail {

std::string section_heading(const std::string& text, const TextStyle& style) {
    return "\n" + paint(text, Paint::bold, style) + "\n";
}

std::string list_marker(std::size_t number) {
    return fmt::format("  {:>2}. ", number);
}

std::string question_block(const std::string& marker, const std::string& text,
                           const QuestionPlace& place, const TextStyle& style) {
    const std::string indent(marker.size(), ' ');
    std::string where =
        paint(fmt::format("{} · {} · {}", place.id, place.phase, place.area), Paint::dim, style);
    if (place.essential) where += " · " + paint("essential", Paint::red, style);
    return wrap(text, style.width, marker, indent) + wrap(where, style.width, indent, indent);
}

}  // namespace gait::detail
