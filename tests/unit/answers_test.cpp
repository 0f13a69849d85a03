#include "gait/load/answers.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"
#include "gait/util/diagnostic.hpp"

namespace {

const gait::Rubric& five_level() {
    static const gait::Rubric rubric =
        gait::load_rubric_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
    return rubric;
}

// Four header lines, so the first answer stands on line 5.
const std::string header = "rubric: platform-health\nteam: t\ndate: 2026-01-01\nanswers:\n";

// The diagnostic load_answers throws for `text`; fails the test when it does not throw.
gait::Diagnostic load_error(const std::string& text, const gait::Rubric& rubric = five_level()) {
    try {
        gait::load_answers(text, "a.yaml", rubric);
    } catch (const gait::Error& e) {
        return e.diagnostic();
    }
    FAIL("load_answers accepted the text");
    return {};
}

const gait::Answer* find_answer(gait::Answers&& answers, const std::string& id) = delete;
const gait::Answer* find_answer(const gait::Answers& answers, const std::string& id) {
    for (const gait::Answer& answer : answers.answers) {
        if (answer.question == id) return &answer;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("YAML and JSON forms of the same answers read the same", "[answers]") {
    const std::string yaml = R"(rubric: {id: platform-health, version: "2"}
team: Payments
date: 2026-03-04
respondent: Ana
answers:
  bronze.build.ci: mostly
  bronze.operate.alerts:
    answer: done
    note: paged by an uptime probe
    evidence: https://wiki.example/alerts
  silver.operate.slo:
  gold.build.canary: skip
)";
    const std::string json = R"({
  "rubric": {"id": "platform-health", "version": "2"},
  "team": "Payments",
  "date": "2026-03-04",
  "respondent": "Ana",
  "answers": {
    "bronze.build.ci": "mostly",
    "bronze.operate.alerts": {
      "answer": "done",
      "note": "paged by an uptime probe",
      "evidence": "https://wiki.example/alerts"
    },
    "silver.operate.slo": null,
    "gold.build.canary": "skip"
  }
})";
    const gait::Answers from_yaml = gait::load_answers(yaml, "a.yaml", five_level());
    const gait::Answers from_json = gait::load_answers(json, "a.json", five_level());

    CHECK(from_yaml.rubric_id == "platform-health");
    CHECK(from_yaml.rubric_version == "2");
    CHECK(from_yaml.team == "Payments");
    CHECK(from_yaml.date == "2026-03-04");
    CHECK(from_yaml.respondent == "Ana");
    CHECK(from_yaml.warnings.empty());
    REQUIRE(from_yaml.answers.size() == 4);

    CHECK(from_json.rubric_id == from_yaml.rubric_id);
    CHECK(from_json.rubric_version == from_yaml.rubric_version);
    CHECK(from_json.team == from_yaml.team);
    CHECK(from_json.date == from_yaml.date);
    CHECK(from_json.respondent == from_yaml.respondent);
    CHECK(from_json.warnings.empty());
    REQUIRE(from_json.answers.size() == from_yaml.answers.size());
    for (std::size_t i = 0; i < from_yaml.answers.size(); ++i) {
        INFO("answer " << i);
        CHECK(from_json.answers[i].question == from_yaml.answers[i].question);
        CHECK(from_json.answers[i].choice == from_yaml.answers[i].choice);
        CHECK(from_json.answers[i].note == from_yaml.answers[i].note);
        CHECK(from_json.answers[i].evidence == from_yaml.answers[i].evidence);
    }
    // In file order, the blank one kept as blank.
    CHECK(from_yaml.answers[0].question == "bronze.build.ci");
    CHECK(from_yaml.answers[0].choice == "mostly");
    CHECK(from_yaml.answers[2].question == "silver.operate.slo");
    CHECK(from_yaml.answers[2].choice.empty());
    CHECK(from_yaml.answers[3].choice == "skip");

    const gait::Result a = gait::score(five_level(), from_yaml);
    const gait::Result b = gait::score(five_level(), from_json);
    REQUIRE(a.phases.size() == b.phases.size());
    for (std::size_t p = 0; p < a.phases.size(); ++p) {
        CHECK(a.phases[p].score == b.phases[p].score);
        CHECK(a.phases[p].achieved == b.phases[p].achieved);
    }
    CHECK(a.placement == b.placement);
    CHECK(a.gaps.size() == b.gaps.size());
    CHECK(a.unanswered.size() == b.unanswered.size());
}

TEST_CASE("an answer may be a mapping with answer, note and evidence", "[answers]") {
    const gait::Answers answers = gait::load_answers(header + R"(  bronze.build.ci:
    answer: half
    note: only the main branch
    evidence: https://ci.example/pipelines
  bronze.operate.alerts: {answer: done}
)",
                                                     "a.yaml", five_level());
    REQUIRE(answers.answers.size() == 2);
    const gait::Answer& ci = answers.answers[0];
    CHECK(ci.question == "bronze.build.ci");
    CHECK(ci.choice == "half");
    CHECK(ci.note == "only the main branch");
    CHECK(ci.evidence == "https://ci.example/pipelines");
    CHECK(ci.where.file == "a.yaml");
    CHECK(ci.where.line == 5);
    CHECK(ci.where.column == 3);
    CHECK(answers.answers[1].choice == "done");
    CHECK(answers.answers[1].note.empty());
    CHECK(answers.answers[1].evidence.empty());

    SECTION("an unknown key in the mapping is an error with a hint") {
        const auto diagnostic =
            load_error(header + "  bronze.build.ci: {answer: half, notes: x}\n");
        CHECK(diagnostic.message == "unknown key 'notes' in the answer to 'bronze.build.ci'");
        CHECK(diagnostic.hint == "did you mean 'note'?");
        CHECK(diagnostic.where.line == 5);
    }
}

TEST_CASE("YAML booleans read as yes and no on the built-in rubric", "[answers][builtin]") {
    const gait::Rubric rubric = gait::builtin_rubric();
    const std::vector<std::string> ids = gait::question_ids(rubric);
    REQUIRE(ids.size() >= 4);
    const std::string text = "rubric: sre-maturity\nteam: t\ndate: 2026-01-01\nanswers:\n  " +
                             ids[0] + ": true\n  " + ids[1] + ": false\n  " + ids[2] + ": yes\n  " +
                             ids[3] + ": no\n";
    const gait::Answers answers = gait::load_answers(text, "a.yaml", rubric);
    REQUIRE(answers.answers.size() == 4);
    CHECK(answers.answers[0].choice == "yes");
    CHECK(answers.answers[1].choice == "no");
    CHECK(answers.answers[2].choice == "yes");
    CHECK(answers.answers[3].choice == "no");
}

TEST_CASE("a blank answer is kept as unanswered, with its note", "[answers]") {
    const gait::Answers answers = gait::load_answers(header + R"(  bronze.build.ci:
    answer:
    note: waiting for a CI budget
  bronze.operate.alerts: done
)",
                                                     "a.yaml", five_level());
    const gait::Answer* ci = find_answer(answers, "bronze.build.ci");
    REQUIRE(ci != nullptr);
    CHECK(ci->choice.empty());
    CHECK(ci->note == "waiting for a CI budget");

    const gait::Result result = gait::score(five_level(), answers);
    REQUIRE_FALSE(result.unanswered.empty());
    CHECK(result.unanswered.front().question == "bronze.build.ci");
    // bronze: (2 * 0 + 1 + 0) / 4 = 0.25 < 0.5, so bronze is the phase to reach
    bool found = false;
    for (const gait::Gap& gap : result.gaps) {
        if (gap.question != "bronze.build.ci") continue;
        found = true;
        CHECK_FALSE(gap.answer.has_value());
        CHECK(gap.note == "waiting for a CI budget");
    }
    CHECK(found);
}

TEST_CASE("an unknown question id is an error with the closest id", "[answers]") {
    const auto diagnostic = load_error(header +
                                       "  bronze.operate.alerts: done\n"
                                       "  bronze.build.cj: done\n");
    CHECK(diagnostic.message == "unknown question id 'bronze.build.cj'");
    CHECK(diagnostic.hint == "did you mean 'bronze.build.ci'?");
    CHECK(diagnostic.where.file == "a.yaml");
    CHECK(diagnostic.where.line == 6);
    CHECK(diagnostic.where.column == 3);

    SECTION("no hint for an id nowhere near") {
        CHECK(load_error(header + "  completely.different: done\n").hint.empty());
    }
}

TEST_CASE("an unknown answer value lists the choices and hints the closest", "[answers]") {
    const auto diagnostic = load_error(header + "  bronze.build.ci: mostyl\n");
    CHECK(diagnostic.message ==
          "unknown answer 'mostyl' to 'bronze.build.ci'; expected one of none, started, half, "
          "mostly, done, skip");
    CHECK(diagnostic.hint == "did you mean 'mostly'?");
    CHECK(diagnostic.where.line == 5);
    CHECK(diagnostic.where.column == 20);

    SECTION("yes is not a choice of five-level") {
        const auto yes = load_error(header + "  bronze.build.ci: yes\n");
        CHECK_THAT(yes.message, Catch::Matchers::Contains("unknown answer 'yes'"));
    }
    SECTION("a list is not an answer") {
        const auto list = load_error(header + "  bronze.build.ci: [done]\n");
        CHECK_THAT(list.message, Catch::Matchers::Contains("must be one of none, started"));
    }
}

TEST_CASE("not applicable only where the question allows it", "[answers]") {
    const auto diagnostic = load_error(header + "  bronze.operate.alerts: skip\n");
    CHECK(diagnostic.message ==
          "question 'bronze.operate.alerts' cannot be answered 'skip'; it applies to every team");
    CHECK(diagnostic.where.line == 5);
    CHECK(diagnostic.where.column == 26);
    // backups allows it
    const gait::Answers answers =
        gait::load_answers(header + "  bronze.operate.backups: skip\n", "a.yaml", five_level());
    CHECK(answers.answers.at(0).choice == "skip");
}

TEST_CASE("the answers must name the rubric they answer", "[answers]") {
    SECTION("another rubric's id is an error") {
        const auto diagnostic =
            load_error("rubric: sre-maturity\nteam: t\ndate: 2026-01-01\nanswers: {}\n");
        CHECK(diagnostic.message ==
              "answers are for rubric 'sre-maturity', but the rubric is 'platform-health'");
        CHECK_FALSE(diagnostic.hint.empty());
        CHECK(diagnostic.where.line == 1);
        CHECK(diagnostic.where.column == 9);
    }
    SECTION("another version is accepted with one warning") {
        const gait::Answers answers = gait::load_answers(
            "rubric: {id: platform-health, version: \"1\"}\nteam: t\n"
            "date: 2026-01-01\nanswers: {bronze.build.ci: done}\n",
            "a.yaml", five_level());
        REQUIRE(answers.warnings.size() == 1);
        CHECK(answers.warnings[0].message ==
              "answers are for version 1 of rubric 'platform-health', this is version 2");
        CHECK(answers.warnings[0].where.line == 1);
        CHECK(answers.rubric_version == "1");
        CHECK(answers.answers.size() == 1);
    }
    SECTION("no version: no warning") {
        const gait::Answers answers = gait::load_answers(header, "a.yaml", five_level());
        CHECK(answers.warnings.empty());
        CHECK(answers.rubric_version.empty());
        CHECK(answers.answers.empty());
    }
    SECTION("a missing rubric is an error") {
        const auto diagnostic = load_error("team: t\ndate: 2026-01-01\n");
        CHECK(diagnostic.message == "the answers file has no 'rubric'");
        CHECK_FALSE(diagnostic.hint.empty());
        CHECK(diagnostic.where.line == 1);
    }
}

TEST_CASE("the header fields are checked with their position", "[answers]") {
    SECTION("missing team") {
        const auto diagnostic = load_error("rubric: platform-health\ndate: 2026-01-01\n");
        CHECK(diagnostic.message == "the answers file has no 'team'");
        CHECK(diagnostic.where.file == "a.yaml");
        CHECK(diagnostic.where.line == 1);
        CHECK(diagnostic.where.column == 1);
    }
    SECTION("a month 13 is not a date") {
        const auto diagnostic = load_error("rubric: platform-health\nteam: t\ndate: 2026-13-01\n");
        CHECK(diagnostic.message == "date '2026-13-01' is not a date");
        CHECK(diagnostic.hint == "write it as YYYY-MM-DD");
        CHECK(diagnostic.where.line == 3);
        CHECK(diagnostic.where.column == 7);
    }
    SECTION("a date in another format") {
        CHECK(load_error("rubric: platform-health\nteam: t\ndate: 01/03/2026\n").message ==
              "date '01/03/2026' is not a date");
    }
    SECTION("an unknown top-level key, with a hint") {
        const auto diagnostic =
            load_error("rubric: platform-health\nteam: t\ndate: 2026-01-01\nrespondant: Ana\n");
        CHECK(diagnostic.message == "unknown key 'respondant' in the answers file");
        CHECK(diagnostic.hint == "did you mean 'respondent'?");
        CHECK(diagnostic.where.line == 4);
        CHECK(diagnostic.where.column == 1);
    }
    SECTION("the same question twice") {
        const auto diagnostic =
            load_error(header + "  bronze.build.ci: done\n  bronze.build.ci: none\n");
        CHECK(diagnostic.message == "duplicate key 'bronze.build.ci' (first on line 5)");
        CHECK(diagnostic.where.line == 6);
    }
    SECTION("not a mapping at all") {
        const auto diagnostic = load_error("- a\n- b\n");
        CHECK_THAT(diagnostic.message, Catch::Matchers::Contains("expected a mapping"));
    }
}

TEST_CASE("an answers file names a choice by id or label or letter or n/a in any case",
          "[answers]") {
    const auto [written, choice] =
        GENERATE(table<std::string, std::string>({{"Done", "done"},
                                                  {"DONE", "done"},
                                                  {"Half way", "half"},
                                                  {"HALF WAY", "half"},
                                                  {"h", "half"},
                                                  {"M", "mostly"},
                                                  {"n/a", "skip"},
                                                  {"NA", "skip"},
                                                  {"N/A", "skip"},
                                                  {"x", "skip"},
                                                  {"Does not apply", "skip"}}));
    INFO(written);
    const gait::Answers answers = gait::load_answers(
        header + "  bronze.operate.backups: \"" + written + "\"\n", "a.yaml", five_level());
    CHECK(answers.answers.at(0).choice == choice);
}

TEST_CASE("the built-in rubric reads Partly and PARTLY and p and NA", "[answers][builtin]") {
    const gait::Rubric rubric = gait::builtin_rubric();
    const std::vector<std::string> ids = gait::question_ids(rubric);
    std::string text = "rubric: sre-maturity\nteam: t\ndate: 2026-01-01\nanswers:\n";
    const std::vector<std::string> written = {"Partly", "PARTLY", "p", "Y", "N"};
    for (std::size_t i = 0; i < written.size(); ++i)
        text += "  " + ids[i] + ": " + written[i] + "\n";
    const gait::Answers answers = gait::load_answers(text, "a.yaml", rubric);
    REQUIRE(answers.answers.size() == written.size());
    CHECK(answers.answers[0].choice == "partly");
    CHECK(answers.answers[1].choice == "partly");
    CHECK(answers.answers[2].choice == "partly");
    CHECK(answers.answers[3].choice == "yes");
    CHECK(answers.answers[4].choice == "no");
}

TEST_CASE("an unknown answer gets a suggestion from labels too and no wild guess", "[answers]") {
    CHECK(load_error(header + "  bronze.build.ci: half wya\n").hint == "did you mean 'half'?");
    const auto one = load_error(header + "  bronze.build.ci: 1\n");
    CHECK(one.message ==
          "unknown answer '1' to 'bronze.build.ci'; expected one of none, started, half, mostly, "
          "done, skip");
    CHECK(one.hint.empty());
}

TEST_CASE("an answers file's rubric id picks the bundled rubric it names", "[answers]") {
    CHECK(gait::named_rubric_id("rubric: sre-health-check\n", "a.yaml") == "sre-health-check");
    CHECK(gait::named_rubric_id("rubric: {id: platform-health, version: \"2\"}\n", "a.yaml") ==
          "platform-health");
    CHECK(gait::named_rubric_id("team: t\n", "a.yaml").empty());
    CHECK(gait::named_rubric_id("rubric: [\n", "a.yaml").empty());  // not YAML
    const auto health = gait::bundled_rubric_for("rubric: sre-health-check\n", "a.yaml");
    REQUIRE(health.has_value());
    CHECK(health->name == "health-check");
    CHECK(gait::bundled_rubric_for("rubric: {id: sre-maturity}\n", "a.yaml")->name == "sre");
    CHECK_FALSE(gait::bundled_rubric_for(header, "a.yaml").has_value());  // platform-health
}

TEST_CASE("tags are read as a list or as one text", "[answers][tags]") {
    const std::string head = "rubric: platform-health\nteam: t\ndate: 2026-01-01\n";
    const std::string body = "answers:\n  bronze.build.ci: done\n";
    CHECK(gait::load_answers(head + "tags: [org:payments, tier:1]\n" + body, "a.yaml", five_level())
              .tags == std::vector<std::string>{"org:payments", "tier:1"});
    CHECK(gait::load_answers(head + "tags: org:payments\n" + body, "a.yaml", five_level()).tags ==
          std::vector<std::string>{"org:payments"});
    CHECK(gait::load_answers(head + body, "a.yaml", five_level()).tags.empty());
}

TEST_CASE("a tag with a space or repeated or too long is an error at its line", "[answers][tags]") {
    const std::string head = "rubric: platform-health\nteam: t\ndate: 2026-01-01\ntags:\n";
    const std::string body = "answers:\n  bronze.build.ci: done\n";
    const gait::Diagnostic spaced = load_error(head + "  - org:payments\n  - org pay\n" + body);
    CHECK(spaced.where.line == 6);
    CHECK(spaced.message == "tag 'org pay' holds a space or a control character");
    const gait::Diagnostic twice = load_error(head + "  - tier:1\n  - tier:1\n" + body);
    CHECK(twice.where.line == 6);
    CHECK(twice.message == "tag 'tier:1' is given twice");
    const gait::Diagnostic long_tag =
        load_error(head + "  - " + std::string(65, 'x') + "\n" + body);
    CHECK(long_tag.message.find("is longer than 64 bytes") != std::string::npos);
    std::string many;
    for (int i = 0; i < 33; ++i)
        many += "  - t" + std::to_string(i) + "\n";
    CHECK(load_error(head + many + body).message == "more than 32 tags");
    CHECK(load_error(head + "  - {a: b}\n" + body).where.line == 5);
}
