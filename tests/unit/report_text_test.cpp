#include "gait/report_text.hpp"

#include <sstream>

#include <catch2/catch.hpp>

#include "gait/answers.hpp"
#include "gait/rubric.hpp"
#include "gait/scoring.hpp"

namespace {

gait::Result walk_team() {
    const gait::Rubric rubric = gait::builtin_rubric();
    const gait::Answers answers = gait::load_answers_file(
        std::string(GAIT_TEST_DATA) + "/../../data/examples/walk.yaml", rubric);
    return gait::score(rubric, answers);
}

}  // namespace

TEST_CASE("the text report fits the width it is given") {
    const gait::Result result = walk_team();
    const std::size_t width = GENERATE(40u, 80u, 120u);
    std::istringstream lines(gait::render_text(result, {width, false}));
    for (std::string line; std::getline(lines, line);) {
        INFO("width " << width << ": " << line);
        // Words are never split: only a line of one long word may overflow.
        const bool one_word = line.find_first_not_of(' ') == line.find_last_of(' ') + 1;
        CHECK((gait::display_width(line) <= width || one_word));
    }
}

TEST_CASE("the text report is colored only when asked") {
    const gait::Result result = walk_team();
    const std::string plain = gait::render_text(result, {80, false});
    const std::string colored = gait::render_text(result, {80, true});
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(colored.find("\x1b[1mWALK\x1b[0m") != std::string::npos);
}

TEST_CASE("the text report names the placement, the next phase and both gap lists") {
    const std::string text = gait::render_text(walk_team(), {80, false});
    CHECK(text.find("Placement: WALK") != std::string::npos);
    CHECK(text.find("Next: Run, scoring 0.43 of the 0.70 it needs, with 1 essential short.") !=
          std::string::npos);
    CHECK(text.find("To hold Walk: ") != std::string::npos);
    CHECK(text.find("To reach Run: ") != std::string::npos);
    CHECK(text.find("To hold Walk: ") < text.find("To reach Run: "));
}

TEST_CASE("the text report says when no phase is held") {
    gait::Result result = walk_team();
    result.placement.reset();
    result.next = 0;
    const std::string text = gait::render_text(result, {80, false});
    CHECK(text.find("Placement: none yet") != std::string::npos);
    CHECK(text.find("To hold") == std::string::npos);
}

TEST_CASE("the next phase says when only essentials stand in the way") {
    gait::Result result = walk_team();
    gait::PhaseScore& run = result.phases[*result.next];
    run.score = 0.9;
    const std::string text = gait::render_text(result, {200, false});
    CHECK(text.find("Next: Run. The score 0.90 reaches the 0.70 it needs, but 1 essential is "
                    "short.") != std::string::npos);
}

TEST_CASE("the next phase with no score names only the essentials it lacks") {
    gait::Result result = walk_team();
    gait::PhaseScore& run = result.phases[*result.next];
    run.score.reset();
    const std::string text = gait::render_text(result, {200, false});
    CHECK(text.find("Next: Run, with 1 essential short.") != std::string::npos);
}
