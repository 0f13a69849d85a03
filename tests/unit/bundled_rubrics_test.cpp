#include <string>

#include <catch2/catch.hpp>

#include "gait/load/rubric.hpp"

namespace {

void check_same_location(const gait::SourceLocation& a, const gait::SourceLocation& b) {
    CHECK(a.file == b.file);
    CHECK(a.line == b.line);
    CHECK(a.column == b.column);
}

// Every field, so a generator that drops or swaps one is caught.
void check_same_rubric(const gait::Rubric& built, const gait::Rubric& parsed) {
    CHECK(built.id == parsed.id);
    CHECK(built.version == parsed.version);
    CHECK(built.title == parsed.title);
    CHECK(built.description == parsed.description);
    check_same_location(built.where, parsed.where);
    REQUIRE(built.scale.size() == parsed.scale.size());
    for (std::size_t i = 0; i < built.scale.size(); ++i) {
        CHECK(built.scale[i].id == parsed.scale[i].id);
        CHECK(built.scale[i].label == parsed.scale[i].label);
        CHECK(built.scale[i].value == parsed.scale[i].value);
        check_same_location(built.scale[i].where, parsed.scale[i].where);
    }
    REQUIRE(built.areas.size() == parsed.areas.size());
    for (std::size_t i = 0; i < built.areas.size(); ++i) {
        CHECK(built.areas[i].id == parsed.areas[i].id);
        CHECK(built.areas[i].name == parsed.areas[i].name);
        CHECK(built.areas[i].description == parsed.areas[i].description);
        check_same_location(built.areas[i].where, parsed.areas[i].where);
    }
    REQUIRE(built.phases.size() == parsed.phases.size());
    for (std::size_t p = 0; p < built.phases.size(); ++p) {
        const gait::Phase& a = built.phases[p];
        const gait::Phase& b = parsed.phases[p];
        CHECK(a.id == b.id);
        CHECK(a.name == b.name);
        CHECK(a.summary == b.summary);
        CHECK(a.threshold == b.threshold);
        check_same_location(a.where, b.where);
        REQUIRE(a.questions.size() == b.questions.size());
        for (std::size_t q = 0; q < a.questions.size(); ++q) {
            const gait::Question& x = a.questions[q];
            const gait::Question& y = b.questions[q];
            CHECK(x.id == y.id);
            CHECK(x.area == y.area);
            CHECK(x.text == y.text);
            CHECK(x.help == y.help);
            CHECK(x.guidance == y.guidance);
            CHECK(x.weight == y.weight);
            CHECK(x.essential == y.essential);
            CHECK(x.allow_na == y.allow_na);
            check_same_location(x.where, y.where);
        }
    }
}

}  // namespace

TEST_CASE("each bundled rubric, compiled at build time, is what the loader reads from its YAML",
          "[bundled]") {
    for (const gait::BundledRubric& bundled : gait::bundled_rubrics()) {
        INFO(bundled.name);
        const gait::Rubric parsed =
            gait::load_rubric(bundled.text, gait::bundled_file_name(bundled));
        check_same_rubric(gait::load_bundled_rubric(bundled), parsed);
    }
}

TEST_CASE("the bundled rubrics are sre, the default, and health-check", "[bundled]") {
    const auto bundled = gait::bundled_rubrics();
    REQUIRE(bundled.size() == 2);
    CHECK(bundled[0].name == "sre");
    CHECK(bundled[1].name == "health-check");
    CHECK(gait::builtin_rubric().id == "sre-maturity");
    CHECK(gait::find_bundled_rubric("health-check").has_value());
    CHECK_FALSE(gait::find_bundled_rubric("sre.yaml").has_value());
    CHECK(gait::bundled_rubric_hint("helth-check") == "did you mean 'health-check'?");
}
