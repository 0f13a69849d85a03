#include "gait/document/rubric_document.hpp"

#include <catch2/catch.hpp>

#include "document_checks.hpp"
#include "five_level.hpp"

using gait::test::block_of;
using gait::test::headings_of;

TEST_CASE("rubric show lists the scale, the areas and each phase's questions",
          "[rubric_document]") {
    const gait::doc::Document document = gait::rubric_document(gait::test::five_level());
    const auto& title = block_of<gait::doc::Title>(document);
    CHECK(title.text == "Platform Health Check");
    CHECK(title.sentence == "A deliberately small rubric for gait's tests.");
    CHECK(block_of<gait::doc::Paragraph>(document).text.rfind(
              "Scale: none = Not at all (0), started = Started (0.25)", 0) == 0);
    CHECK(
        headings_of(document) ==
        std::vector<std::string>{"Areas: ", "Phase 1: Bronze (bronze): threshold 0.50, 3 questions",
                                 "Phase 2: Silver (silver): threshold 0.60, 2 questions",
                                 "Phase 3: Gold (gold): threshold 0.90, 2 questions"});
    const auto& bronze = block_of<gait::doc::Items>(document);
    REQUIRE(bronze.items.size() == 3);
    CHECK(bronze.items[0].flags == std::vector<std::string>{"weight 2"});
    CHECK(bronze.items[1].flags == std::vector<std::string>{"essential"});
    CHECK(bronze.items[2].flags == std::vector<std::string>{"n/a allowed"});
}
