#include "gait/document/document.hpp"

namespace gait::doc {

Cell text_cell(std::string text) {
    return {CellKind::text, std::move(text), std::nullopt, std::nullopt};
}

Cell link_cell(std::string text, std::string target) {
    return {CellKind::link, std::move(text), std::nullopt, std::nullopt, std::move(target)};
}

Cell code_cell(std::string text) {
    return {CellKind::code, std::move(text), std::nullopt, std::nullopt};
}

Cell count_cell(std::size_t count) {
    return {CellKind::count, std::to_string(count), std::nullopt, std::nullopt};
}

Cell score_cell(std::optional<double> score) {
    return {CellKind::score, {}, score, std::nullopt};
}

Cell heat_cell(std::optional<double> score) {
    return {CellKind::heat, {}, score, std::nullopt};
}

Cell change_cell(std::optional<double> before, std::optional<double> after) {
    return {CellKind::change, {}, after, before};
}

Cell share_cell(double share) {
    return {CellKind::share, {}, share, std::nullopt};
}

Cell bar_cell(double share) {
    return {CellKind::bar, {}, share, std::nullopt};
}

}  // namespace gait::doc
