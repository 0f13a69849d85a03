#include "gait/document/document.hpp"

#include <optional>

#include <catch2/catch.hpp>

namespace doc = gait::doc;

TEST_CASE("text and code cells hold their text and no value", "[document]") {
    const doc::Cell text = doc::text_cell("Payments");
    CHECK(text.kind == doc::CellKind::text);
    CHECK(text.text == "Payments");
    CHECK_FALSE(text.value.has_value());
    CHECK_FALSE(text.before.has_value());

    const doc::Cell code = doc::code_cell("teams/a.yaml");
    CHECK(code.kind == doc::CellKind::code);
    CHECK(code.text == "teams/a.yaml");
    CHECK_FALSE(code.value.has_value());
    CHECK_FALSE(code.before.has_value());
}

TEST_CASE("a count cell holds its number as text", "[document]") {
    const doc::Cell zero = doc::count_cell(0);
    CHECK(zero.kind == doc::CellKind::count);
    CHECK(zero.text == "0");
    CHECK_FALSE(zero.value.has_value());
    CHECK(doc::count_cell(1234567).text == "1234567");
}

TEST_CASE("score and heat cells hold the score, or none", "[document]") {
    const doc::Cell score = doc::score_cell(0.4375);
    CHECK(score.kind == doc::CellKind::score);
    CHECK(score.value == 0.4375);
    CHECK(score.text.empty());
    CHECK_FALSE(score.before.has_value());
    CHECK_FALSE(doc::score_cell(std::nullopt).value.has_value());
    CHECK(doc::score_cell(std::nullopt).kind == doc::CellKind::score);

    const doc::Cell heat = doc::heat_cell(0.0);
    CHECK(heat.kind == doc::CellKind::heat);
    REQUIRE(heat.value.has_value());
    CHECK(*heat.value == 0.0);
    CHECK(heat.text.empty());
    CHECK_FALSE(doc::heat_cell(std::nullopt).value.has_value());
}

TEST_CASE("a change cell holds the score after as its value and the score before", "[document]") {
    const doc::Cell change = doc::change_cell(0.25, 0.75);
    CHECK(change.kind == doc::CellKind::change);
    CHECK(change.before == 0.25);
    CHECK(change.value == 0.75);
    CHECK(change.text.empty());

    const doc::Cell fresh = doc::change_cell(std::nullopt, 0.5);
    CHECK_FALSE(fresh.before.has_value());
    CHECK(fresh.value == 0.5);
    const doc::Cell gone = doc::change_cell(0.5, std::nullopt);
    CHECK(gone.before == 0.5);
    CHECK_FALSE(gone.value.has_value());
}

TEST_CASE("share and bar cells hold their share", "[document]") {
    const doc::Cell share = doc::share_cell(0.25);
    CHECK(share.kind == doc::CellKind::share);
    CHECK(share.value == 0.25);
    CHECK(share.text.empty());
    CHECK_FALSE(share.before.has_value());

    const doc::Cell bar = doc::bar_cell(1.0);
    CHECK(bar.kind == doc::CellKind::bar);
    CHECK(bar.value == 1.0);
    CHECK(bar.text.empty());
    CHECK_FALSE(bar.before.has_value());
}
