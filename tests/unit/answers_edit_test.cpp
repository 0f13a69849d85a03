#include "gait/load/answers_edit.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "gait/load/answers.hpp"
#include "gait/load/answers_template.hpp"
#include "gait/load/answers_writer.hpp"
#include "gait/load/rubric.hpp"
#include "gait/util/file_io.hpp"

#include "answer_builder.hpp"
#include "five_level.hpp"

namespace {

using gait::test::answer;

const gait::Rubric& rubric() {
    return gait::test::five_level();
}

gait::Answers load(const std::string& text) {
    return gait::load_answers(text, "answers.yaml", rubric());
}

// The answers `text` holds with `changes` made: each replaces the answer to its
// question, or is added when the file has none.
gait::Answers changed(const std::string& text, const std::vector<gait::Answer>& changes) {
    gait::Answers answers = load(text);
    for (const gait::Answer& change : changes) {
        const auto found =
            std::find_if(answers.answers.begin(), answers.answers.end(),
                         [&](const gait::Answer& a) { return a.question == change.question; });
        if (found == answers.answers.end()) {
            answers.answers.push_back(change);
        } else {
            *found = change;
        }
    }
    return answers;
}

std::string edit(const std::string& text, const gait::Answers& answers) {
    return gait::edit_answers_text(text, "answers.yaml", rubric(), answers);
}

// Every answer with something in it, by question: "choice|note|evidence".
std::map<std::string, std::string> answered(const gait::Answers& answers) {
    std::map<std::string, std::string> out;
    for (const gait::Answer& a : answers.answers) {
        if (a.choice.empty() && a.note.empty() && a.evidence.empty()) continue;
        out[a.question] = a.choice + "|" + a.note + "|" + a.evidence;
    }
    return out;
}

// Checks that `text` loads with the team, date, respondent and answers of `expected`.
void check_loads_as(const std::string& text, const gait::Answers& expected) {
    INFO(text);
    const gait::Answers read = load(text);
    CHECK(read.team == expected.team);
    CHECK(read.date == expected.date);
    CHECK(read.respondent == expected.respondent);
    CHECK(answered(read) == answered(expected));
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::size_t count_lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// The lines of `text` that are comments, in order.
std::vector<std::string> comment_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, end - start);
        const std::size_t first = line.find_first_not_of(' ');
        if (first != std::string::npos && line[first] == '#') lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

const std::string head = "rubric: platform-health\nteam: Payments\ndate: 2026-03-04\n";

// A `gait init` file for the five-level rubric with comments of the user's own.
std::string init_file() {
    std::string text = gait::render_answers_template(
        rubric(), "Payments", "2026-03-04", "../docs/schemas/answers.schema.json",
        "gait assess --rubric five-level.yaml --answers answers.yaml");
    text = replace_once(text, "  bronze.build.ci:\n",
                        "  # Ana: ask the release team first\n  bronze.build.ci:\n");
    return replace_once(text, "  bronze.operate.alerts:\n",
                        "  bronze.operate.alerts:  # the pager is new\n");
}

}  // namespace

TEST_CASE("edit_answers_text fills in a gait init file keeping every comment", "[answers_edit]") {
    const std::string original = init_file();
    REQUIRE(original.rfind("# yaml-language-server: $schema=../docs/schemas/answers.schema.json\n",
                           0) == 0);
    REQUIRE(comment_lines(original).size() > 10);

    SECTION("one answer changes one line") {
        const std::string text =
            edit(original, changed(original, {answer("bronze.build.ci", "half")}));
        CHECK(text ==
              replace_once(original, "  bronze.build.ci:\n", "  bronze.build.ci: \"half\"\n"));
    }
    SECTION("every answer, one by one, as the questionnaire saves them") {
        const std::vector<std::pair<std::string, std::string>> choices = {
            {"bronze.build.ci", "half"},        {"bronze.operate.alerts", "done"},
            {"bronze.operate.backups", "skip"}, {"silver.build.review", "none"},
            {"silver.operate.slo", "started"},  {"gold.build.canary", "mostly"},
            {"gold.operate.chaos", "skip"},
        };
        std::string text = original;
        std::string expected = original;
        for (const auto& [id, choice] : choices) {
            CAPTURE(id);
            text = edit(text, changed(text, {answer(id, choice)}));
            expected =
                replace_once(expected, "\n  " + id + ":", "\n  " + id + ": \"" + choice + "\"");
            CHECK(text == expected);
            CHECK(count_lines(text) == count_lines(original));
        }
        CHECK(text.find("  bronze.operate.alerts: \"done\"  # the pager is new\n") !=
              std::string::npos);
        CHECK(comment_lines(text) == comment_lines(original));
        gait::Answers all = load(original);
        for (const auto& [id, choice] : choices)
            all.answers.push_back(answer(id, choice));
        check_loads_as(text, all);
    }
    SECTION("the respondent") {
        gait::Answers answers = load(original);
        answers.respondent = "Ana";
        CHECK(edit(original, answers) ==
              replace_once(original, "respondent: \"\"\n", "respondent: \"Ana\"\n"));
    }
}

TEST_CASE("edit_answers_text returns a file with nothing to change as it is", "[answers_edit]") {
    const std::string name = GENERATE(as<std::string>{}, "five-level-team.yaml", "same.json");
    const std::string text = gait::read_file(std::string(GAIT_TEST_DATA) + "/answers/" + name);
    CAPTURE(name);
    CHECK(edit(text, load(text)) == text);
    CHECK(edit(init_file(), load(init_file())) == init_file());
}

TEST_CASE("edit_answers_text keeps a trailing comment on a changed answer", "[answers_edit]") {
    const std::string text =
        head + "answers:\n  bronze.build.ci: half  # flaky runners\n  silver.build.review: done\n";
    CHECK(edit(text, changed(text, {answer("bronze.build.ci", "done")})) ==
          head +
              "answers:\n  bronze.build.ci: \"done\"  # flaky runners\n"
              "  silver.build.review: done\n");
}

TEST_CASE("edit_answers_text replaces plain and quoted scalars", "[answers_edit]") {
    std::string value;
    std::string replaced;
    std::tie(value, replaced) = GENERATE(table<std::string, std::string>({
        {"half", "\"done\""},
        {"'half'", "\"done\""},
        {"\"half\"", "\"done\""},
        {"\"h\\x61lf\"", "\"done\""},
        {"half # for now", "\"done\" # for now"},
        {"\t'half'\t# tabs", "\t\"done\"\t# tabs"},
    }));
    CAPTURE(value);
    const std::string text =
        head + "answers:\n  bronze.build.ci: " + value + "\n  silver.build.review: done\n";
    REQUIRE(load(text).answers.at(0).choice == "half");
    CHECK(edit(text, changed(text, {answer("bronze.build.ci", "done")})) ==
          head + "answers:\n  bronze.build.ci: " + replaced + "\n  silver.build.review: done\n");
}

TEST_CASE("edit_answers_text changes the team and date in place and adds a respondent",
          "[answers_edit]") {
    const std::string text =
        "# Payments\nrubric: platform-health\nteam: Payments  # the team\ndate: 2026-01-01\n"
        "answers:\n  bronze.build.ci: half\n";
    gait::Answers answers = load(text);
    answers.team = "Payments API";
    answers.date = "2026-03-04";
    answers.respondent = "Ana";
    CHECK(edit(text, answers) ==
          "# Payments\nrubric: platform-health\nteam: \"Payments API\"  # the team\n"
          "date: \"2026-03-04\"\nrespondent: \"Ana\"\nanswers:\n  bronze.build.ci: half\n");

    SECTION("a team over two lines") {
        const std::string two_lines =
            "rubric: platform-health\nteam: Payments\n  Platform\ndate: 2026-01-01\nanswers:\n";
        REQUIRE(load(two_lines).team == "Payments Platform");
        gait::Answers renamed = load(two_lines);
        renamed.team = "Payments API";
        CHECK(edit(two_lines, renamed) ==
              "rubric: platform-health\nteam: \"Payments API\"\ndate: 2026-01-01\nanswers:\n");
    }
    SECTION("a respondent cleared") {
        const std::string with = head + "respondent: Ana  # until May\nanswers:\n";
        gait::Answers cleared = load(with);
        cleared.respondent.clear();
        CHECK(edit(with, cleared) == head + "respondent: \"\"  # until May\nanswers:\n");
    }
}

TEST_CASE("edit_answers_text turns an answer given a note into a mapping", "[answers_edit]") {
    SECTION("indented two deeper than the key") {
        const std::string text =
            head + "answers:\n  bronze.build.ci: half  # ask Ana\n  silver.build.review: done\n";
        CHECK(edit(text, changed(text, {answer("bronze.build.ci", "half", "flaky runners")})) ==
              head +
                  "answers:\n  bronze.build.ci:  # ask Ana\n    answer: \"half\"\n"
                  "    note: \"flaky runners\"\n  silver.build.review: done\n");
    }
    SECTION("indented as the file's other answers with a note") {
        const std::string text =
            "rubric: platform-health\nteam: t\ndate: 2026-03-04\nanswers:\n"
            "    bronze.build.ci: half\n    silver.build.review:\n        answer: done\n";
        const std::string expected =
            "rubric: platform-health\nteam: t\ndate: 2026-03-04\nanswers:\n"
            "    bronze.build.ci:\n        answer: \"half\"\n        evidence: \"https://ci\"\n"
            "    bronze.operate.alerts:\n        note: \"no pager yet\"\n"
            "    silver.build.review:\n        answer: done\n";
        CHECK(edit(text, changed(text, {answer("bronze.build.ci", "half", "", "https://ci"),
                                        answer("bronze.operate.alerts", "", "no pager yet")})) ==
              expected);
    }
    SECTION("an answer written on the line below its key") {
        const std::string text = head + "answers:\n  bronze.build.ci:  # ask Ana\n    half\n";
        CHECK(edit(text, changed(text, {answer("bronze.build.ci", "done", "n")})) ==
              head +
                  "answers:\n  bronze.build.ci:  # ask Ana\n    answer: \"done\"\n"
                  "    note: \"n\"\n");
    }
}

TEST_CASE("edit_answers_text changes an answer written as a mapping field by field",
          "[answers_edit]") {
    const std::string text = head +
                             "answers:\n"
                             "  bronze.build.ci:\n"
                             "    # asked the CI team\n"
                             "    answer: half  # for now\n"
                             "    note: flaky runners\n"
                             "  silver.build.review: done\n";
    SECTION("the choice") {
        CHECK(edit(text, changed(text, {answer("bronze.build.ci", "done", "flaky runners")})) ==
              replace_once(text, "answer: half", "answer: \"done\""));
    }
    SECTION("evidence added") {
        CHECK(edit(text, changed(text, {answer("bronze.build.ci", "half", "flaky runners",
                                               "https://ci.example/runs")})) ==
              replace_once(text, "    note: flaky runners\n",
                           "    note: flaky runners\n    evidence: \"https://ci.example/runs\"\n"));
    }
    SECTION("the note dropped, its comment kept") {
        CHECK(edit(text, changed(text, {answer("bronze.build.ci", "half")})) ==
              replace_once(text, "    note: flaky runners\n", ""));
    }
    SECTION("a choice added before the note") {
        const std::string only_note =
            head + "answers:\n  bronze.build.ci:\n    note: flaky runners  # why\n";
        CHECK(edit(only_note,
                   changed(only_note, {answer("bronze.build.ci", "mostly", "flaky runners")})) ==
              head +
                  "answers:\n  bronze.build.ci:\n    answer: \"mostly\"\n"
                  "    note: flaky runners  # why\n");
    }
}

TEST_CASE("edit_answers_text leaves an answer taken back blank", "[answers_edit]") {
    const std::string text = head +
                             "answers:\n"
                             "  bronze.build.ci: half  # flaky\n"
                             "  silver.build.review:\n"
                             "    # asked Ana\n"
                             "    answer: done\n"
                             "    note: two people\n"
                             "  silver.operate.slo:\n"
                             "  gold.build.canary: skip\n";
    const gait::Answers answers =
        changed(text, {answer("bronze.build.ci", ""), answer("silver.build.review", ""),
                       answer("silver.operate.slo", "")});
    const std::string edited = edit(text, answers);
    CHECK(edited == head +
                        "answers:\n"
                        "  bronze.build.ci:  # flaky\n"
                        "  silver.build.review:\n"
                        "    # asked Ana\n"
                        "  silver.operate.slo:\n"
                        "  gold.build.canary: skip\n");
    check_loads_as(edited, answers);
}

TEST_CASE("edit_answers_text leaves the answers it is not given as they are", "[answers_edit]") {
    const std::string text =
        head + "answers:\n  bronze.build.ci: half\n  silver.build.review: done  # yes\n";
    gait::Answers answers = load(text);
    answers.answers = {answer("bronze.build.ci", "mostly")};
    CHECK(edit(text, answers) ==
          head + "answers:\n  bronze.build.ci: \"mostly\"\n  silver.build.review: done  # yes\n");
}

TEST_CASE("edit_answers_text inserts new answers in rubric order", "[answers_edit]") {
    SECTION("between the answers there are, before their comments") {
        const std::string text = head +
                                 "answers:\n"
                                 "  bronze.build.ci: half\n"
                                 "\n"
                                 "  # SLOs: agreed with product in March\n"
                                 "  silver.operate.slo: started\n"
                                 "  # chaos: not yet\n"
                                 "  gold.operate.chaos: none\n";
        const gait::Answers answers = changed(
            text, {answer("gold.build.canary", "skip"), answer("silver.build.review", "done"),
                   answer("bronze.operate.alerts", "none")});
        CHECK(edit(text, answers) == head +
                                         "answers:\n"
                                         "  bronze.build.ci: half\n"
                                         "  bronze.operate.alerts: \"none\"\n"
                                         "  silver.build.review: \"done\"\n"
                                         "\n"
                                         "  # SLOs: agreed with product in March\n"
                                         "  silver.operate.slo: started\n"
                                         "  gold.build.canary: \"skip\"\n"
                                         "  # chaos: not yet\n"
                                         "  gold.operate.chaos: none\n");
    }
    SECTION("before the first answer and its comment") {
        const std::string text =
            head + "answers:\n  # reviewed by Ana\n  silver.build.review: done\n";
        CHECK(edit(text, changed(text, {answer("bronze.build.ci", "half", "n")})) ==
              head +
                  "answers:\n  bronze.build.ci:\n    answer: \"half\"\n    note: \"n\"\n"
                  "  # reviewed by Ana\n  silver.build.review: done\n");
    }
    SECTION("after the last answer, before what follows the answers") {
        const std::string text =
            "rubric: platform-health\nanswers:\n  bronze.build.ci: half\n"
            "# who\nteam: t\ndate: 2026-03-04\n";
        CHECK(edit(text, changed(text, {answer("gold.operate.chaos", "skip")})) ==
              "rubric: platform-health\nanswers:\n  bronze.build.ci: half\n"
              "  gold.operate.chaos: \"skip\"\n# who\nteam: t\ndate: 2026-03-04\n");
    }
}

TEST_CASE("edit_answers_text adds to a flow mapping of answers", "[answers_edit]") {
    const std::string text = head + "answers: {bronze.operate.alerts: done}  # so far\n";
    const gait::Answers answers = changed(
        text, {answer("gold.operate.chaos", "skip"), answer("bronze.build.ci", "half", "flaky")});
    const std::string edited = edit(text, answers);
    CHECK(edited == head +
                        "answers: {bronze.build.ci: {answer: \"half\", note: \"flaky\"}, "
                        "bronze.operate.alerts: done, gold.operate.chaos: \"skip\"}  # so far\n");
    check_loads_as(edited, answers);
}

TEST_CASE("edit_answers_text fills in empty answers as a block mapping", "[answers_edit]") {
    std::string empty;
    std::string key_line;
    std::tie(empty, key_line) = GENERATE(table<std::string, std::string>({
        {"answers: {}\n", "answers:\n"},
        {"answers:\n", "answers:\n"},
        {"answers: ~  # none yet\n", "answers:  # none yet\n"},
        {"answers: null\n", "answers:\n"},
        {"", "answers:\n"},
    }));
    CAPTURE(empty);
    const std::string text = head + empty;
    const gait::Answers answers = changed(text, {answer("silver.operate.slo", "started", "one SLO"),
                                                 answer("bronze.build.ci", "half")});
    const std::string edited = edit(text, answers);
    CHECK(edited == head + key_line +
                        "  bronze.build.ci: \"half\"\n"
                        "  silver.operate.slo:\n"
                        "    answer: \"started\"\n"
                        "    note: \"one SLO\"\n");
    check_loads_as(edited, answers);
}

TEST_CASE("edit_answers_text keeps a JSON file JSON", "[answers_edit]") {
    const std::string text = R"({
  "rubric": {"id": "platform-health", "version": "2"},
  "team": "Payments",
  "date": "2026-03-04",
  "answers": {
    "bronze.build.ci": "half",
    "silver.build.review": "done",
    "silver.operate.slo": {"answer": "started", "note": "one SLO"}
  }
}
)";
    gait::Answers answers =
        changed(text, {answer("bronze.build.ci", "done"), answer("bronze.operate.alerts", "none"),
                       answer("silver.build.review", "done", "two reviewers"),
                       answer("silver.operate.slo", ""),
                       answer("gold.operate.chaos", "skip", "", "https://wiki.example/chaos")});
    answers.respondent = "Ana";
    const std::string edited = edit(text, answers);
    CHECK(edited == R"({
  "rubric": {"id": "platform-health", "version": "2"},
  "team": "Payments",
  "date": "2026-03-04",
  "respondent": "Ana",
  "answers": {
    "bronze.build.ci": "done",
    "bronze.operate.alerts": "none",
    "silver.build.review": {"answer": "done", "note": "two reviewers"},
    "silver.operate.slo": null,
    "gold.operate.chaos": {"answer": "skip", "evidence": "https://wiki.example/chaos"}
  }
}
)");
    const nlohmann::json json = nlohmann::json::parse(edited);
    CHECK(json["respondent"] == "Ana");
    CHECK(json["answers"]["bronze.build.ci"] == "done");
    CHECK(json["answers"]["silver.operate.slo"].is_null());
    CHECK(json["answers"]["gold.operate.chaos"]["evidence"] == "https://wiki.example/chaos");
    check_loads_as(edited, answers);

    SECTION("on one line, with no answers yet") {
        const std::string one_line =
            R"({"rubric": "platform-health", "team": "t", "date": "2026-03-04", "answers": {}})";
        const gait::Answers first = changed(one_line, {answer("bronze.build.ci", "done"),
                                                       answer("silver.build.review", "half", "n")});
        const std::string filled = edit(one_line, first);
        CHECK(filled == R"({"rubric": "platform-health", "team": "t", "date": "2026-03-04", )"
                        R"("answers": {"bronze.build.ci": "done", )"
                        R"("silver.build.review": {"answer": "half", "note": "n"}}})");
        CHECK_NOTHROW(nlohmann::json::parse(filled));
        check_loads_as(filled, first);
    }
}

TEST_CASE("edit_answers_text keeps CRLF line ends", "[answers_edit]") {
    const std::string text =
        "# answers\r\nrubric: platform-health\r\nteam: Payments\r\ndate: 2026-03-04\r\n"
        "answers:\r\n  bronze.build.ci: half  # c\r\n  silver.build.review: done\r\n";
    gait::Answers answers = changed(
        text, {answer("bronze.build.ci", "done", "n"), answer("bronze.operate.alerts", "none"),
               answer("gold.operate.chaos", "skip")});
    answers.respondent = "Ana";
    const std::string edited = edit(text, answers);
    CHECK(edited ==
          "# answers\r\nrubric: platform-health\r\nteam: Payments\r\ndate: 2026-03-04\r\n"
          "respondent: \"Ana\"\r\nanswers:\r\n  bronze.build.ci:  # c\r\n    answer: \"done\"\r\n"
          "    note: \"n\"\r\n  bronze.operate.alerts: \"none\"\r\n  silver.build.review: done\r\n"
          "  gold.operate.chaos: \"skip\"\r\n");
    for (std::size_t i = 0; i < edited.size(); ++i) {
        if (edited[i] == '\n') CHECK((i > 0 && edited[i - 1] == '\r'));
    }
    check_loads_as(edited, answers);
}

TEST_CASE("edit_answers_text keeps a file without a final line break without one",
          "[answers_edit]") {
    const std::string text =
        head + "answers:\n  bronze.build.ci: half\n  silver.build.review: done";
    const std::string body = head + "answers:\n  bronze.build.ci: half\n";
    std::vector<gait::Answer> changes;
    std::string expected;
    std::tie(changes, expected) = GENERATE_COPY(table<std::vector<gait::Answer>, std::string>({
        {{answer("silver.build.review", "none")}, body + "  silver.build.review: \"none\""},
        {{answer("gold.operate.chaos", "skip")},
         body + "  silver.build.review: done\n  gold.operate.chaos: \"skip\""},
        {{answer("silver.build.review", "done", "n")},
         body + "  silver.build.review:\n    answer: \"done\"\n    note: \"n\""},
        {{answer("silver.build.review", "")}, body + "  silver.build.review:"},
    }));
    const gait::Answers answers = changed(text, changes);
    const std::string edited = edit(text, answers);
    CHECK(edited == expected);
    check_loads_as(edited, answers);
}

TEST_CASE("edit_answers_text removes a field on the last line keeping no final line break",
          "[answers_edit]") {
    const std::string text = head + "answers:\n  bronze.build.ci:\n    answer: half\n    note: n";
    CHECK(edit(text, changed(text, {answer("bronze.build.ci", "half")})) ==
          head + "answers:\n  bronze.build.ci:\n    answer: half");
}

TEST_CASE("edit_answers_text writes a note with line breaks that reads back", "[answers_edit]") {
    const std::string note = "first line\nsecond: \"quoted\" # not a comment\r\n\tend\\";
    const std::string text =
        head + "answers:\n  bronze.build.ci:\n    answer: half\n    note: old\n";
    const gait::Answers answers =
        changed(text, {answer("bronze.build.ci", "half", note),
                       answer("silver.build.review", "done", note, note)});
    const std::string edited = edit(text, answers);
    const std::string quoted =
        "\"first line\\x0asecond: \\\"quoted\\\" # not a comment\\x0d\\x0a\\x09end\\\\\"";
    CHECK(edited == head + "answers:\n  bronze.build.ci:\n    answer: half\n    note: " + quoted +
                        "\n  silver.build.review:\n    answer: \"done\"\n    note: " + quoted +
                        "\n    evidence: " + quoted + "\n");
    check_loads_as(edited, answers);
}

TEST_CASE("edit_answers_text keeps a byte order mark", "[answers_edit]") {
    const std::string bom = "\xEF\xBB\xBF";
    const std::string text = bom + head + "answers:\n  bronze.build.ci: half\n";
    CHECK(edit(text, changed(text, {answer("bronze.build.ci", "done")})) ==
          bom + head + "answers:\n  bronze.build.ci: \"done\"\n");
}

TEST_CASE("edit_answers_text changes one line of a file with one answer changed",
          "[answers_edit]") {
    const std::string text =
        gait::read_file(std::string(GAIT_TEST_DATA) + "/answers/five-level-team.yaml");
    const std::string edited =
        edit(text, changed(text, {answer("silver.operate.slo", "half", "One draft SLO for the API.",
                                         "https://wiki.example.com/slo")}));
    CHECK(edited == replace_once(text, "    answer: started\n", "    answer: \"half\"\n"));
}

TEST_CASE("edit_answers_text renders the file anew where it cannot edit in place",
          "[answers_edit]") {
    std::string text;
    gait::Answers answers;
    SECTION("an answer with an anchor another answer refers to") {
        text = head + "answers:\n  bronze.build.ci: &same half\n  silver.build.review: *same\n";
        answers = changed(text, {answer("bronze.build.ci", "done")});
        REQUIRE(answered(answers).at("silver.build.review") == "half||");
    }
    SECTION("an answer that is an alias") {
        text = head + "answers:\n  bronze.build.ci: &same half\n  silver.build.review: *same\n";
        answers = changed(text, {answer("silver.build.review", "done", "n")});
    }
    SECTION("a tagged team") {
        text = "rubric: platform-health\nteam: !!str Payments\ndate: 2026-03-04\nanswers:\n";
        answers = load(text);
        answers.team = "Payments API";
    }
    SECTION("a complex key") {
        text = head + "answers:\n  ? bronze.build.ci\n  : half\n";
        answers = changed(text, {answer("gold.operate.chaos", "skip")});
    }
    const std::string edited = edit(text, answers);
    CHECK(edited == gait::render_answers(rubric(), answers));
    check_loads_as(edited, answers);
}

TEST_CASE("edit_answers_text edits in place what it can of a file with anchors", "[answers_edit]") {
    const std::string text =
        head + "answers:\n  bronze.build.ci: &same half\n  silver.build.review: *same\n";
    CHECK(edit(text, changed(text, {answer("gold.build.canary", "skip")})) ==
          text + "  gold.build.canary: \"skip\"\n");
}

TEST_CASE("edit_answers_text renders an empty text", "[answers_edit]") {
    gait::Answers answers;
    answers.team = "Payments";
    answers.date = "2026-03-04";
    answers.answers = {answer("bronze.build.ci", "done")};
    CHECK(gait::edit_answers_text("", "new.yaml", rubric(), answers) ==
          gait::render_answers(rubric(), answers));
}
