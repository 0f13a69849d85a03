#include "gait/load/report_reader.hpp"

#include <cstdio>
#include <string>
#include <unistd.h>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "gait/format/report_json.hpp"
#include "gait/score/respondents.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"

#include "five_level.hpp"
#include "five_level_targets.hpp"

using Catch::Matchers::StartsWith;

namespace {

using json = nlohmann::ordered_json;
using gait::test::score_five_level;

// bronze_team as "Payments" on 2026-01-01, answered by Ana (five_level.hpp).
gait::Result payments() {
    gait::Result result = score_five_level(gait::test::bronze_team, "Payments", "2026-01-01");
    result.respondent = "Ana";
    return result;
}

gait::Result read_back(const gait::Result& result) {
    return gait::load_report(gait::render_json(result), "r.json");
}

void check_same_outcome(const gait::QuestionOutcome& read, const gait::QuestionOutcome& written) {
    CHECK(read.question == written.question);
    CHECK(read.phase == written.phase);
    CHECK(read.area == written.area);
    CHECK(read.text == written.text);
    CHECK(read.answer == written.answer);
    CHECK(read.answer_label == written.answer_label);
    CHECK(read.value == written.value);
    CHECK(read.weight == written.weight);
    CHECK(read.essential == written.essential);
    CHECK(read.note == written.note);
    CHECK(read.evidence == written.evidence);
    CHECK(read.carried_from == written.carried_from);
}

// Every field of `read` equals that of `written`.
void check_same_result(const gait::Result& read, const gait::Result& written) {
    CHECK(read.rubric.id == written.rubric.id);
    CHECK(read.rubric.version == written.rubric.version);
    CHECK(read.rubric.title == written.rubric.title);
    CHECK(read.team == written.team);
    CHECK(read.date == written.date);
    CHECK(read.respondent == written.respondent);
    CHECK(read.placement == written.placement);
    CHECK(read.next == written.next);
    REQUIRE(read.phases.size() == written.phases.size());
    for (std::size_t p = 0; p < read.phases.size(); ++p) {
        CAPTURE(p);
        CHECK(read.phases[p].id == written.phases[p].id);
        CHECK(read.phases[p].name == written.phases[p].name);
        CHECK(read.phases[p].summary == written.phases[p].summary);
        CHECK(read.phases[p].score == written.phases[p].score);
        CHECK(read.phases[p].threshold == written.phases[p].threshold);
        CHECK(read.phases[p].achieved == written.phases[p].achieved);
        CHECK(read.phases[p].essentials_missing == written.phases[p].essentials_missing);
        CHECK(read.phases[p].areas_below_floor == written.phases[p].areas_below_floor);
        CHECK(read.phases[p].area_floor == written.phases[p].area_floor);
    }
    REQUIRE(read.areas.size() == written.areas.size());
    for (std::size_t a = 0; a < read.areas.size(); ++a) {
        CAPTURE(a);
        CHECK(read.areas[a].id == written.areas[a].id);
        CHECK(read.areas[a].name == written.areas[a].name);
        CHECK(read.areas[a].by_phase == written.areas[a].by_phase);
        CHECK(read.areas[a].overall == written.areas[a].overall);
        CHECK(read.areas[a].holds == written.areas[a].holds);
        CHECK(read.areas[a].placement == written.areas[a].placement);
    }
    REQUIRE(read.gaps.size() == written.gaps.size());
    for (std::size_t g = 0; g < read.gaps.size(); ++g) {
        CAPTURE(g);
        CHECK(read.gaps[g].kind == written.gaps[g].kind);
        CHECK(read.gaps[g].guidance == written.gaps[g].guidance);
        check_same_outcome(read.gaps[g], written.gaps[g]);
    }
    REQUIRE(read.unanswered.size() == written.unanswered.size());
    for (std::size_t u = 0; u < read.unanswered.size(); ++u) {
        CHECK(read.unanswered[u].question == written.unanswered[u].question);
        CHECK(read.unanswered[u].phase == written.unanswered[u].phase);
        CHECK(read.unanswered[u].area == written.unanswered[u].area);
        CHECK(read.unanswered[u].text == written.unanswered[u].text);
    }
    REQUIRE(read.questions.size() == written.questions.size());
    for (std::size_t q = 0; q < read.questions.size(); ++q) {
        CAPTURE(q);
        check_same_outcome(read.questions[q], written.questions[q]);
    }
}

// The Error load_report throws for `text`; fails the test when it does not throw.
gait::Diagnostic report_error(const std::string& text) {
    try {
        gait::load_report(text, "r.json");
    } catch (const gait::Error& e) {
        return e.diagnostic();
    }
    FAIL("load_report accepted the text");
    return {};
}

gait::Diagnostic report_error_of(const json& report) {
    return report_error(report.dump(2));
}

}  // namespace

TEST_CASE("load_report of a JSON report gives back the result it was rendered from",
          "[report_reader]") {
    const gait::Result written = payments();
    const gait::Result read = read_back(written);
    check_same_result(read, written);

    // What the report says, worked out from five_level.hpp.
    CHECK(read.team == "Payments");
    CHECK(read.date == "2026-01-01");
    CHECK(read.respondent == "Ana");
    CHECK(read.rubric.id == "platform-health");
    CHECK(read.rubric.version == "2");
    CHECK(read.placement == std::optional<std::size_t>(0));  // bronze
    CHECK(read.next == std::optional<std::size_t>(1));       // silver
    REQUIRE(read.phases.size() == 3);
    CHECK(read.phases[0].score == 0.5);
    CHECK(read.phases[0].achieved);
    CHECK(read.phases[1].score == 0.4375);
    CHECK(read.phases[1].threshold == 0.6);
    CHECK_FALSE(read.phases[1].achieved);
    CHECK(read.phases[2].score == 0.0);
    REQUIRE(read.areas.size() == 2);
    CHECK(read.areas[1].id == "operate");
    CHECK(read.areas[1].by_phase ==
          std::vector<std::optional<double>>{0.5, 0.25, 0.0});  // alerts 1, backups 0; slo; chaos
    CHECK(read.areas[1].overall == 0.2917);

    // hold ci (2 x 0.5) and backups (1 x 1); reach slo (3 x 0.75)
    REQUIRE(read.gaps.size() == 3);
    CHECK(read.gaps[0].kind == gait::GapKind::hold);
    CHECK(read.gaps[0].question == "bronze.build.ci");
    CHECK(read.gaps[0].answer == std::optional<std::string>("half"));
    CHECK(read.gaps[0].answer_label == "Half way");
    CHECK(read.gaps[0].value == 0.5);
    CHECK(read.gaps[0].weight == 2.0);
    CHECK(read.gaps[0].note == "flaky runners");
    CHECK(read.gaps[0].guidance == "Add a CI pipeline that builds and tests every merge request.");
    CHECK(read.gaps[1].question == "bronze.operate.backups");
    CHECK(read.gaps[2].kind == gait::GapKind::reach);
    CHECK(read.gaps[2].question == "silver.operate.slo");
    REQUIRE(read.unanswered.size() == 2);
    CHECK(read.unanswered[0].question == "gold.build.canary");
    CHECK(read.unanswered[1].question == "gold.operate.chaos");
    REQUIRE(read.questions.size() == 7);
    CHECK_FALSE(read.questions[5].answer.has_value());
    CHECK_FALSE(read.questions[5].value.has_value());
}

TEST_CASE("load_report gives back no placement, an essential missing, and no next phase",
          "[report_reader]") {
    SECTION("placed nowhere: the essential alerts is unanswered") {
        const gait::Result written = score_five_level("  bronze.build.ci: none\n");
        const gait::Result read = read_back(written);
        check_same_result(read, written);
        CHECK_FALSE(read.placement.has_value());
        CHECK(read.next == std::optional<std::size_t>(0));
        CHECK(read.phases[0].essentials_missing ==
              std::vector<std::string>{"bronze.operate.alerts"});
    }
    SECTION("placed in the last phase: nothing next") {
        const gait::Result written = score_five_level(R"(
  bronze.build.ci: done
  bronze.operate.alerts: done
  bronze.operate.backups: done
  silver.build.review: done
  silver.operate.slo: done
  gold.build.canary: skip
  gold.operate.chaos: done
)");
        const gait::Result read = read_back(written);
        check_same_result(read, written);
        CHECK(read.placement == std::optional<std::size_t>(2));
        CHECK_FALSE(read.next.has_value());
        CHECK(read.gaps.empty());
        CHECK(read.questions[5].answer == std::optional<std::string>("skip"));
        CHECK_FALSE(read.questions[5].value.has_value());  // not applicable
    }
}

TEST_CASE("load_report reads a report of keys it does not know, and one with no questions",
          "[report_reader]") {
    const gait::Result written = payments();
    json report = gait::report_to_json(written);
    report["made_with"] = "a newer gait";
    report["phases"][0]["colour"] = "bronze";
    report["gaps"][0]["owner"] = "Ana";
    check_same_result(gait::load_report(report.dump(2), "r.json"), written);

    report.erase("questions");  // reports written before the list was added
    const gait::Result read = gait::load_report(report.dump(2), "r.json");
    CHECK(read.questions.empty());
    CHECK(read.gaps.size() == 3);
}

TEST_CASE("load_report reads a report saved before per-area placement, and derives it from holds",
          "[report_reader]") {
    json report = gait::report_to_json(payments());
    SECTION("no holds: no area placement, and a phase not blocked by any area") {
        for (json& area : report["areas"]) {
            area.erase("holds");
            area.erase("placement");
        }
        for (json& phase : report["phases"]) {
            phase.erase("area_floor");
            phase.erase("areas_below_floor");
        }
        const gait::Result read = gait::load_report(report.dump(2), "r.json");
        for (const gait::AreaScores& area : read.areas) {
            CHECK(area.holds.empty());
            CHECK_FALSE(area.placement);
        }
        CHECK(read.phases[0].area_floor == 0.0);
        CHECK(read.phases[0].areas_below_floor.empty());
    }
    SECTION("the placement written is not trusted: the run of phases held is") {
        report["areas"][0]["holds"] = {{"bronze", true}, {"silver", false}, {"gold", true}};
        report["areas"][0]["placement"] = "gold";
        const gait::Result read = gait::load_report(report.dump(2), "r.json");
        CHECK(read.areas[0].holds == std::vector<bool>{true, false, true});
        CHECK(read.areas[0].placement == std::optional<std::size_t>(0));
    }
}

TEST_CASE("load_report reads an area score left out for a phase as no score", "[report_reader]") {
    json report = gait::report_to_json(payments());
    report["areas"][0]["scores"].erase("gold");
    const gait::Result read = gait::load_report(report.dump(2), "r.json");
    CHECK(read.areas[0].by_phase == std::vector<std::optional<double>>{0.5, 1.0, std::nullopt});
    CHECK(read.areas[1].by_phase == std::vector<std::optional<double>>{0.5, 0.25, 0.0});
}

TEST_CASE("load_report refuses a file that is not a report this gait reads", "[report_reader]") {
    const std::string text = gait::render_json(payments());
    REQUIRE(text.rfind("{\n  \"schema_version\": 1,\n", 0) == 0);
    const std::string rest = text.substr(text.find(",\n"));
    SECTION("no schema_version") {
        const gait::Diagnostic diagnostic = report_error("{\"team\": \"x\"}\n");
        CHECK(diagnostic.message == "not a gait JSON report: no 'schema_version'");
        CHECK(diagnostic.where.file == "r.json");
        CHECK(diagnostic.where.line == 1);
        CHECK(diagnostic.where.column == 1);
    }
    SECTION("a newer schema_version, at its value") {
        const gait::Diagnostic diagnostic = report_error("{\n  \"schema_version\": 2" + rest);
        CHECK(diagnostic.message ==
              "report has schema_version 2, newer than the 1 this gait reads");
        CHECK(diagnostic.hint == "use a newer gait to read it");
        CHECK(diagnostic.where.line == 2);
        CHECK(diagnostic.where.column == 21);
    }
    SECTION("a schema_version gait never writes") {
        CHECK(report_error("{\n  \"schema_version\": \"two\"" + rest).message ==
              "schema_version 'two' is not one gait writes");
        CHECK(report_error("{\n  \"schema_version\": 0" + rest).message ==
              "schema_version '0' is not one gait writes");
    }
    SECTION("not a mapping") {
        const gait::Diagnostic diagnostic = report_error("[1, 2]\n");
        CHECK(diagnostic.message == "expected a mapping for the report, found a list");
    }
}

TEST_CASE("load_report names the first thing wrong in a report", "[report_reader]") {
    json report = gait::report_to_json(payments());
    SECTION("a placement in a phase the report does not have") {
        report["placement"]["phase"] = "platinum";
        const gait::Diagnostic diagnostic = report_error_of(report);
        CHECK(diagnostic.message == "placement names unknown phase 'platinum'");
        CHECK(diagnostic.where.line == 16);  // "phase" under "placement"
        CHECK(diagnostic.where.column == 14);
    }
    SECTION("a score outside [0,1]") {
        report["phases"][1]["score"] = 1.7;
        CHECK(report_error_of(report).message == "'score' is 1.7, outside [0,1]");
    }
    SECTION("a weight past the limit a rubric has") {
        report["gaps"][0]["weight"] = 1e308;
        CHECK(report_error_of(report).message == "'weight' is 1e+308, outside [0,1000]");
    }
    SECTION("a negative weight") {
        report["questions"][0]["weight"] = -2;
        CHECK(report_error_of(report).message == "'weight' is -2, outside [0,1000]");
    }
    SECTION("a gap neither hold nor reach") {
        report["gaps"][0]["kind"] = "maybe";
        CHECK(report_error_of(report).message == "gap kind 'maybe' is neither hold nor reach");
    }
    SECTION("no team") {
        report.erase("team");
        CHECK(report_error_of(report).message == "the report has no 'team'");
    }
    // With no phases read, the placement names an unknown phase too, and stands
    // earlier in the file: these cases place the team nowhere to see the list's problem.
    SECTION("phases that are not a list") {
        report["placement"] = json{{"phase", nullptr}, {"next", nullptr}};
        report["phases"] = json{{"bronze", 1}};
        CHECK(report_error_of(report).message == "'phases' must be a list, not a mapping");
    }
    SECTION("more phases than a rubric may have") {
        report["placement"] = json{{"phase", nullptr}, {"next", nullptr}};
        const json phase = report["phases"][0];
        for (int i = 0; i < 18; ++i)
            report["phases"].push_back(phase);
        CHECK(report_error_of(report).message ==
              "'phases' has 21 entries, more than the 20 gait reads");
    }
}

TEST_CASE("load_report_file reads a saved report and names the file in errors", "[report_reader]") {
    const std::string path =
        "/tmp/gait-unit-report-reader-" + std::to_string(::getpid()) + "-payments.json";
    const gait::Result written = payments();
    gait::write_file_atomically(path, gait::render_json(written));
    check_same_result(gait::load_report_file(path), written);

    gait::write_file_atomically(path, "{\"team\": \"x\"}\n");
    CHECK_THROWS_WITH(gait::load_report_file(path),
                      path + ":1:1: not a gait JSON report: no 'schema_version'");
    std::remove(path.c_str());
    CHECK_THROWS_WITH(gait::load_report_file(path), StartsWith(path + ": "));
}

TEST_CASE("a report saved before per-area placement writes and reads back the same",
          "[report_reader]") {
    // Found by fuzz_report: the areas' placement was written as `"holds": {}`,
    // which read back as every phase held.
    const std::string path = std::string(GAIT_TEST_DATA) +
                             "/../fuzz/regressions/report-saved-before-area-placement.json";
    const gait::Result first = gait::load_report_file(path);
    const std::string json = gait::render_json(first);
    CHECK(json.find("\"holds\"") == std::string::npos);
    const gait::Result second = gait::load_report(json, "again.json");
    check_same_result(second, first);
    CHECK(gait::render_json(second) == json);
}

TEST_CASE("load_report reads back a report merged from several respondents", "[report_reader]") {
    std::vector<gait::Answers> files = {
        gait::test::five_level_answers(gait::test::bronze_team, "Ops"),
        gait::test::five_level_answers(gait::test::silver_team, "Ops")};
    files[0].respondent = "Ana";
    files[1].where.file = "other.yaml";  // no respondent: its name is ""
    const gait::Result written = gait::score_merged(
        gait::test::five_level(),
        gait::merge_respondents(gait::test::five_level(), files, gait::MergeRule::mean));
    const gait::Result read = read_back(written);
    check_same_result(read, written);
    CHECK(read.respondents == std::vector<std::string>{"Ana", ""});
    CHECK(read.merge == "mean");
    CHECK(read.discuss == written.discuss);
    CHECK_FALSE(read.discuss.empty());
    REQUIRE(read.questions.size() == written.questions.size());
    for (std::size_t q = 0; q < read.questions.size(); ++q) {
        const gait::QuestionOutcome& in = read.questions[q];
        const gait::QuestionOutcome& out = written.questions[q];
        REQUIRE(in.respondents.size() == 2);
        for (std::size_t r = 0; r < 2; ++r) {
            CHECK(in.respondents[r].respondent == out.respondents[r].respondent);
            CHECK(in.respondents[r].answer == out.respondents[r].answer);
            CHECK(in.respondents[r].answer_label == out.respondents[r].answer_label);
            CHECK(in.respondents[r].value == out.respondents[r].value);
            CHECK(in.respondents[r].note == out.respondents[r].note);
        }
        CHECK(in.spread.steps == out.spread.steps);
        CHECK(in.spread.min == out.spread.min);
        CHECK(in.spread.max == out.spread.max);
        CHECK(in.spread.not_applicable == out.spread.not_applicable);
    }
    CHECK(gait::render_json(read) == gait::render_json(written));
}

TEST_CASE("load_report gives back each target as measured", "[report_reader][targets]") {
    const gait::Result written = gait::test::bronze_with_targets();
    const gait::Result read = read_back(written);
    REQUIRE(read.targets.size() == 3);
    for (std::size_t t = 0; t < 3; ++t) {
        CHECK(read.targets[t].area == written.targets[t].area);
        CHECK(read.targets[t].phase == written.targets[t].phase);
        CHECK(read.targets[t].by == written.targets[t].by);
        CHECK(read.targets[t].met == written.targets[t].met);
        CHECK(read.targets[t].due == written.targets[t].due);
        CHECK(read.targets[t].gaps == written.targets[t].gaps);
    }
    CHECK(gait::render_json(read) == gait::render_json(written));
}

TEST_CASE("load_report gives back the team's tags and refuses a bad one", "[report_reader]") {
    gait::Result written = payments();
    CHECK(read_back(written).tags.empty());
    written.tags = {"org:payments", "tier:1"};
    CHECK(read_back(written).tags == std::vector<std::string>{"org:payments", "tier:1"});
    json report = json::parse(gait::render_json(written));
    report["tags"] = {"org pay"};
    CHECK(report_error_of(report).message == "tag 'org pay' holds a space or a control character");
}
