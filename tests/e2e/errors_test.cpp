// Bad input of every kind: exit code 2, nothing on stdout, and exactly one line
// on stderr naming the file, the line and the column.

#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using gait::test::check_refused;
using gait::test::run_gait;

TEST_CASE("a bad answers file is refused with one line naming FILE:LINE:COL") {
    const auto [file, message] = GENERATE(table<std::string, std::string>({
        {"syntax-error.yaml", "4:5: invalid YAML: end of sequence flow not found"},
        {"empty.yaml", " file is empty"},
        {"only-comment.yaml", " file is empty"},
        {"two-documents.yaml", "5:1: more than one YAML document; gait reads one per file"},
        {"not-utf8.yaml", "3:10: invalid UTF-8; save the file as UTF-8"},
        {"nul-byte.yaml", "3:8: contains a NUL byte; not a text file"},
        {"not-a-mapping.yaml", "1:1: expected a mapping for the answers file, found a list"},
        {"unknown-question.yaml",
         "6:3: unknown question id 'crawl.oncal.schedule'; did you mean 'crawl.oncall.schedule'?"},
        {"unknown-answer.yaml",
         "6:26: unknown answer 'yess' to 'crawl.oncall.schedule'; expected one of yes, partly, "
         "no, na; did you mean 'yes'?"},
        {"unknown-answer.json",
         "1:111: unknown answer 'maybe' to 'crawl.oncall.schedule'; expected one of yes, partly, "
         "no, na"},
        {"na-not-allowed.yaml",
         "6:26: question 'crawl.oncall.schedule' cannot be answered 'na'; it applies to every "
         "team"},
        {"duplicate-answer.yaml", "7:3: duplicate key 'crawl.oncall.schedule' (first on line 6)"},
        {"answers-not-a-map.yaml", "6:3: 'answers' must map question ids to answers, not a list"},
        {"answer-is-a-list.yaml",
         "6:26: the answer to 'crawl.oncall.schedule' must be one of yes, partly, no, na, not a "
         "list"},
        {"unknown-answer-key.yaml",
         "6:40: unknown key 'notes' in the answer to 'crawl.oncall.schedule'; did you mean "
         "'note'?"},
        {"unknown-key.yaml", "3:1: unknown key 'tem' in the answers file; did you mean 'team'?"},
        {"missing-team.yaml", "1:1: the answers file has no 'team'"},
        {"empty-team.yaml", "3:7: 'team' of the answers file is empty"},
        {"bad-date.yaml", "4:7: date '2026-13-03' is not a date; write it as YYYY-MM-DD"},
        {"missing-rubric.yaml",
         "1:1: the answers file has no 'rubric'; add 'rubric: {id: RUBRIC-ID}' naming the rubric "
         "it answers"},
        {"other-rubric.yaml",
         "2:3: answers are for rubric 'db-maturity', but the rubric is 'sre-maturity'; pass "
         "--rubric with the rubric these answers were written for (the bundled rubrics' ids are "
         "sre-maturity, sre-health-check)"},
    }));
    const std::string path = "tests/data/bad/" + file;
    check_refused({"assess", "--answers", path}, path + ":" + message);
}

TEST_CASE("a missing path or a directory is refused naming it") {
    check_refused({"assess", "--answers", "tests/data/bad/no-such-file.yaml"},
                  "tests/data/bad/no-such-file.yaml: cannot open: No such file or directory");
    check_refused({"report", "tests/data/bad"}, "tests/data/bad: is a directory, not a file");
    // gait assess reads a directory as several respondents' files: one with none is refused.
    const std::string empty = "/tmp/gait-e2e-errors-empty-" + std::to_string(::getpid());
    REQUIRE(::mkdir(empty.c_str(), 0700) == 0);
    check_refused({"assess", "--answers", empty},
                  empty + ": holds no answers file (.yaml, .yml or .json)");
    ::rmdir(empty.c_str());
    check_refused({"assess", "--answers", "data/examples/walk.yaml", "--rubric", "nowhere.yaml"},
                  "nowhere.yaml: cannot open: No such file or directory");
}

TEST_CASE("a bad rubric is refused with its first problem") {
    check_refused({"assess", "--answers", "data/examples/walk.yaml", "--rubric",
                   "tests/data/bad/rubric-unknown-area.yaml"},
                  "tests/data/bad/rubric-unknown-area.yaml:14:9: question 'one.build.ci' names "
                  "unknown area 'biuld'; did you mean 'build'?");
    check_refused({"assess", "--answers", "data/examples/walk.yaml", "--rubric",
                   "tests/data/bad/rubric-syntax-error.yaml"},
                  "tests/data/bad/rubric-syntax-error.yaml:4:1: invalid YAML: end of sequence "
                  "flow not found");
}

TEST_CASE("answers for the default rubric are refused by another rubric") {
    check_refused({"assess", "--answers", "data/examples/walk.yaml", "--rubric",
                   "tests/data/rubrics/five-level.yaml"},
                  "data/examples/walk.yaml:4:3: answers are for rubric 'sre-maturity', but the "
                  "rubric is 'platform-health'; pass --rubric sre");
}

TEST_CASE("answers for a rubric gait does not bundle say to pass that rubric") {
    check_refused({"assess", "--answers", "tests/data/answers/five-level-team.yaml"},
                  "tests/data/answers/five-level-team.yaml:3:3: answers are for rubric "
                  "'platform-health', but the rubric is 'sre-maturity'; pass --rubric with the "
                  "rubric these answers were written for (the bundled rubrics' ids are "
                  "sre-maturity, sre-health-check)");
}

TEST_CASE("usage errors exit 2 with one line") {
    const auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"asses"}, "unknown command 'asses'; did you mean 'assess'? run 'gait --help'"},
        {{"frobnicate"},
         "unknown command 'frobnicate'; the commands are assess, init, report, compare, aggregate, "
         "trend, "
         "migrate, plan, rubric, help, version; run 'gait --help'"},
        {{"assess", "--format", "pdf", "--answers", "data/examples/walk.yaml"},
         "--format: unknown format 'pdf'; the formats are text, markdown, html or json"},
        {{"assess", "--bogus"},
         "unknown option '--bogus' for 'gait assess'; run 'gait assess --help'"},
        {{"assess"},
         "no answers file, and no terminal to ask the questions on; pass an answers file: gait "
         "assess FILE ('gait init' makes one)"},
    }));
    check_refused(args, message);
}

// Each case a new user met (issue 19): one line naming what was not understood,
// the nearest valid spelling, and the help to read.
TEST_CASE("a mistyped command or option gets the nearest spelling and the help to read") {
    const auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"asess"}, "unknown command 'asess'; did you mean 'assess'? run 'gait --help'"},
        {{"rubric", "shwo"},
         "unknown command 'shwo' for 'gait rubric'; did you mean 'show'? run 'gait rubric --help'"},
        {{"--verison"},
         "unknown option '--verison' for 'gait'; did you mean '--version'? run 'gait --help'"},
        {{"-v"}, "unknown option '-v' for 'gait'; did you mean '--version'? run 'gait --help'"},
        {{"assess", "--answer", "f.yaml"},
         "unknown option '--answer' for 'gait assess'; did you mean '--answers'? run 'gait "
         "assess --help'"},
        {{"assess", "--answers", "f.yaml", "--fail-belw=crawl"},
         "unknown option '--fail-belw' for 'gait assess'; did you mean '--fail-below'? run 'gait "
         "assess --help'"},
        {{"aggregate", "-kx", "answers/"},
         "unknown option '-x' for 'gait aggregate'; run 'gait aggregate --help'"},
        {{"help", "asess"}, "unknown command 'asess'; did you mean 'assess'? run 'gait --help'"},
    }));
    check_refused(args, message);
}

TEST_CASE("an error message never passes an escape sequence from a file to the terminal") {
    const auto run = run_gait({"assess", "--answers", "tests/data/bad/hostile-id.yaml"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find('\x1b') == std::string::npos);
    CHECK(run.err ==
          "gait: error: tests/data/bad/hostile-id.yaml:11:3: unknown question id "
          "'crawl.oncall.^[[2Jescalation'; did you mean 'crawl.oncall.escalation'?\n");
}
