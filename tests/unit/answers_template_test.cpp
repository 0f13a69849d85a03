#include "gait/load/answers_template.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"

#include "five_level.hpp"

namespace {

using gait::test::five_level;

const char* const schema = "../docs/schemas/answers.schema.json";
const char* const score_command = "gait assess --rubric five-level.yaml --answers answers.yaml";

std::string five_level_template(const std::string& schema_path = schema) {
    return gait::render_answers_template(five_level(), "Payments", "2026-03-04", schema_path,
                                         score_command);
}

std::size_t occurrences(const std::string& text, const std::string& piece) {
    std::size_t count = 0;
    for (std::size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1))
        ++count;
    return count;
}

// The comment lines at the top of the file, without their "# ", joined by spaces:
// the header's sentences whatever the wrapping.
std::string header_text(const std::string& text) {
    std::string joined;
    std::size_t start = 0;
    while (start < text.size() && text.compare(start, 2, "# ") == 0) {
        const std::size_t end = text.find('\n', start);
        joined += (joined.empty() ? "" : " ") + text.substr(start + 2, end - start - 2);
        start = end + 1;
    }
    return joined;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

}  // namespace

TEST_CASE("render_answers_template lists every question id of the rubric once, in order",
          "[answers_template]") {
    const std::string text = five_level_template();
    std::size_t last = 0;
    for (const std::string& id : gait::question_ids(five_level())) {
        CAPTURE(id);
        CHECK(occurrences(text, "\n  " + id + ":\n") == 1);
        const std::size_t at = text.find("\n  " + id + ":\n");
        CHECK(at > last);
        last = at;
    }
    CHECK(text.find("\n  # ==== Phase 2: Silver ====\n") != std::string::npos);
    CHECK(text.find("\n  # ==== Phase 3: Gold ====\n") != std::string::npos);
}

TEST_CASE("render_answers_template groups a phase's questions by area, with flags",
          "[answers_template]") {
    const std::string text = five_level_template();
    CHECK(text.find("\n  # ==== Phase 1: Bronze ====\n"
                    "\n  # -- Build --\n"
                    "  # Does every change go through continuous integration?\n"
                    "  bronze.build.ci:\n"
                    "\n  # -- Operate --\n"
                    "  # Does someone get an alert when the platform is down? [essential]\n"
                    "  bronze.operate.alerts:\n"
                    "  # Are backups taken and restored in a test? [n/a allowed]\n"
                    "  bronze.operate.backups:\n"
                    "\n  # ==== Phase 2: Silver ====\n") != std::string::npos);
}

TEST_CASE("render_answers_template writes the header fields quoted, the answers blank",
          "[answers_template]") {
    const std::string text = five_level_template();
    CHECK(text.find("\nrubric:\n  id: \"platform-health\"\n  version: \"2\"\n"
                    "team: \"Payments\"\ndate: \"2026-03-04\"\nrespondent: \"\"\nanswers:\n") !=
          std::string::npos);
}

TEST_CASE("render_answers_template's header names the rubric, the scale and the command",
          "[answers_template]") {
    const std::string text = five_level_template();
    CHECK(text.rfind("# yaml-language-server: $schema=../docs/schemas/answers.schema.json\n", 0) ==
          0);
    const std::string header = header_text(text);
    CHECK(header.find("Answers for \"Platform Health Check\" (platform-health, version 2), made "
                      "by gait init.") != std::string::npos);
    CHECK(header.find("Answer each question with one of: none (Not at all), started (Started), "
                      "half (Half way), mostly (Mostly), done (Done), skip (Does not apply, where "
                      "a question allows it).") != std::string::npos);
    CHECK(text.find("\n#   bronze.build.ci: {answer: none, note: \"...\", evidence: "
                    "\"https://...\"}\n") != std::string::npos);
    CHECK(text.find("\n# Give skip and exempt a reason; an exemption may also end on a date:\n#   "
                    "bronze.build.ci: {answer: exempt, reason: \"...\", until: YYYY-MM-DD}\n") !=
          std::string::npos);
    CHECK(text.find("\n# A target for the team, on a line of its own next to team:\n#   target: "
                    "{phase: silver, by: YYYY-MM-DD}\n") != std::string::npos);
    CHECK(text.find("\n# Then score it: " + std::string(score_command) + "\n") !=
          std::string::npos);
    // Every line of a comment fits in 78 columns.
    for (const std::string& line : lines_of(text)) {
        if (line.rfind("# yaml-language-server", 0) == 0) continue;
        CAPTURE(line);
        CHECK(line.size() <= 78);
    }
}

TEST_CASE("render_answers_template writes no schema line without a schema", "[answers_template]") {
    const std::string text = five_level_template("");
    CHECK(text.rfind("# Answers for \"Platform Health Check\"", 0) == 0);
    CHECK(text.find("yaml-language-server") == std::string::npos);
}

TEST_CASE("render_answers_template reads back with every question unanswered",
          "[answers_template]") {
    const gait::Answers answers =
        gait::load_answers(five_level_template(), "answers.yaml", five_level());
    CHECK(answers.rubric_id == "platform-health");
    CHECK(answers.rubric_version == "2");
    CHECK(answers.team == "Payments");
    CHECK(answers.date == "2026-03-04");
    CHECK(answers.respondent.empty());
    CHECK(answers.warnings.empty());
    REQUIRE(answers.answers.size() == 7);
    const std::vector<std::string> ids = gait::question_ids(five_level());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        CAPTURE(ids[i]);
        CHECK(answers.answers[i].question == ids[i]);
        CHECK(answers.answers[i].choice.empty());
        CHECK(answers.answers[i].note.empty());
    }
    const gait::Result result = gait::score(five_level(), answers);
    CHECK(result.unanswered.size() == 7);
    CHECK_FALSE(result.placement.has_value());
}

TEST_CASE("render_answers_template keeps rubric text inside its comments", "[answers_template]") {
    gait::Rubric rubric = five_level();
    rubric.title = "Health\nteam: Title";
    rubric.phases[0].name = "Bronze\nanswers: {}";
    rubric.areas[0].name = "Build\n\x1b[2J";
    std::string long_text;
    for (int i = 0; i < 40; ++i)
        long_text += "word ";
    rubric.phases[0].questions[0].text = "Evil\nteam: Hacked\n" + long_text;
    const std::string text =
        gait::render_answers_template(rubric, "O'Brien \"x\"", "2026-03-04", "", score_command);
    CHECK(text.find("\nteam: Hacked") == std::string::npos);
    CHECK(text.find("\x1b") == std::string::npos);
    CHECK(text.find("  # ==== Phase 1: Bronze answers: {} ====\n") != std::string::npos);
    CHECK(text.find("  # -- Build ^[[2J --\n") != std::string::npos);
    CHECK(text.find("  # Evil team: Hacked word word") != std::string::npos);
    for (const std::string& line : lines_of(text)) {
        if (line.find("word") == std::string::npos) continue;
        CAPTURE(line);
        CHECK(line.rfind("  # ", 0) == 0);
        CHECK(line.size() <= 78);
    }
    const gait::Answers answers = gait::load_answers(text, "answers.yaml", rubric);
    CHECK(answers.team == "O'Brien \"x\"");
    CHECK(answers.answers.size() == 7);
}

TEST_CASE("render_answers_template of a rubric with no questions or scale still explains",
          "[answers_template]") {
    gait::Rubric rubric;
    rubric.id = "empty";
    rubric.version = "1";
    rubric.title = "Empty";
    const std::string text = gait::render_answers_template(rubric, "t", "2026-01-01", "", "gait");
    CHECK(text.find("\n#   phase.area.question: {answer: ..., note: \"...\", evidence: "
                    "\"https://...\"}\n") != std::string::npos);
    CHECK(text.find("\n# Then score it: gait\n") != std::string::npos);
    // No not-applicable choice to exempt with, and no phase after the first to aim for.
    CHECK(text.find("exempt") == std::string::npos);
    CHECK(text.find("target") == std::string::npos);
    CHECK(text.size() > text.find("\nanswers:\n"));
    CHECK(text.substr(text.find("\nanswers:\n")) == "\nanswers:\n");
}
