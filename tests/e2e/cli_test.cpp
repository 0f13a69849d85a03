// The command line around assess: version, help, init, rubric show and lint.

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using gait::test::check_golden;
using gait::test::lines_of;
using gait::test::read_text;
using gait::test::run_gait;

namespace {

std::string scratch_path(const std::string& name) {
    return "/tmp/gait-e2e-" + std::to_string(::getpid()) + "-" + name;
}

}  // namespace

TEST_CASE("gait --version prints the version") {
    const auto run = run_gait({"--version"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, StartsWith("gait 0."));
    CHECK(lines_of(run.out).size() == 1);
}

TEST_CASE("gait version prints what gait --version prints") {
    const auto run = run_gait({"version"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out == run_gait({"--version"}).out);
}

const std::vector<std::vector<std::string>> every_command = {
    {},        {"assess"},  {"init"},   {"report"},         {"compare"},        {"aggregate"},
    {"trend"}, {"migrate"}, {"rubric"}, {"rubric", "show"}, {"rubric", "lint"}, {"rubric", "list"},
    {"help"},  {"version"}};

TEST_CASE("every command has --help written for people and ending in examples") {
    for (const std::vector<std::string>& command : every_command) {
        auto args = command;
        args.push_back("--help");
        const auto run = run_gait(args);
        INFO("gait " << Catch::Detail::stringify(args));
        CHECK(run.exit_code == 0);
        CHECK(run.err.empty());
        CHECK_THAT(run.out, Contains("\nExample"));
        CHECK_THAT(run.out, Contains("gait "));
        // None of CLI11's own notation.
        for (const char* leftover :
             {"TEXT", "UINT", "REQUIRED", "Excludes", "{", "=text", "SUBCOMMAND"})
            CHECK_THAT(run.out, !Contains(leftover));
    }
}

TEST_CASE("gait help COMMAND and gait -h COMMAND print the command's help") {
    for (const std::vector<std::string>& command : every_command) {
        auto asked = command;
        asked.push_back("--help");
        const std::string help = run_gait(asked).out;
        auto help_command = command;
        help_command.insert(help_command.begin(), "help");
        auto dash_h = command;
        dash_h.insert(dash_h.begin(), "-h");
        for (const auto& args : {help_command, dash_h}) {
            INFO("gait " << Catch::Detail::stringify(args));
            const auto run = run_gait(args);
            CHECK(run.exit_code == 0);
            CHECK(run.err.empty());
            CHECK(run.out == help);
        }
    }
}

TEST_CASE("gait alone prints gait's help on stdout and exits 0") {
    const auto run = run_gait({});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out == run_gait({"--help"}).out);
    CHECK_THAT(run.out, StartsWith("gait places an SRE team"));
    CHECK_THAT(run.out, Contains("\nUsage: gait [OPTIONS] COMMAND\n"));
    CHECK_THAT(run.out, Contains("\n  assess  "));
}

TEST_CASE("a command that groups others prints its help when named alone") {
    const auto run = run_gait({"rubric"});
    CHECK(run.exit_code == 0);
    CHECK(run.out == run_gait({"rubric", "--help"}).out);
}

TEST_CASE("an option's help names its argument and its values in words") {
    const auto run = run_gait({"assess", "--help"});
    CHECK_THAT(run.out, Contains("\n  -f, --format FORMAT         Output format: text, markdown, "
                                 "html or json"));
    CHECK_THAT(run.out, Contains("\n  --color WHEN                Color: auto, always or never"));
    CHECK_THAT(run_gait({"report", "--help"}).out,
               Contains("Usage: gait report [OPTIONS] REPORT.json\n"));
    CHECK_THAT(run_gait({"aggregate", "--help"}).out,
               Contains("\n  -j, --jobs N                Files to read at once, 1 to 1024"));
}

TEST_CASE("an option given an empty value is refused rather than ignored") {
    const std::string walk = "data/examples/walk.yaml";
    const std::string empty = ": is empty; give a value, or leave the option out; run 'gait ";
    gait::test::check_refused({"aggregate", walk, "--by", ""},
                              "--by" + empty + "aggregate --help'");
    gait::test::check_refused({"aggregate", walk, "--reports-dir", ""},
                              "--reports-dir" + empty + "aggregate --help'");
    gait::test::check_refused({"assess", walk, "-o", ""}, "--output" + empty + "assess --help'");
    gait::test::check_refused({"assess", walk, "--rubric", ""},
                              "--rubric" + empty + "assess --help'");
    gait::test::check_refused({"plan", walk, "--plan", ""}, "--plan" + empty + "plan --help'");
    gait::test::check_refused({"init", "--team", ""}, "--team" + empty + "init --help'");
}

TEST_CASE("a count option names the whole numbers it takes") {
    const std::string walk = "data/examples/walk.yaml";
    gait::test::check_refused(
        {"aggregate", walk, "--top", "-1"},
        "--top: takes a whole number of at least 0, not '-1'; run 'gait aggregate "
        "--help'");
    gait::test::check_refused(
        {"aggregate", walk, "--top", "1.5"},
        "--top: takes a whole number of at least 0, not '1.5'; run 'gait aggregate "
        "--help'");
    gait::test::check_refused(
        {"aggregate", walk, "-j", "0"},
        "--jobs: takes a whole number from 1 to 1024, not '0'; run 'gait aggregate "
        "--help'");
    CHECK(gait::test::run_gait({"aggregate", walk, "--top", "0"}).exit_code == 0);
}

TEST_CASE("init writes a template that gait reads back, every question unanswered") {
    const std::string path = scratch_path("init.yaml");
    std::remove(path.c_str());
    const auto init = run_gait({"init", "--team", "Payments \"API\"", "-o", path});
    REQUIRE(init.exit_code == 0);
    CHECK(init.out.empty());
    const std::string text = read_text(path);
    CHECK_THAT(text, Contains("team: \"Payments \\\"API\\\"\""));
    CHECK_THAT(text, Contains("  crawl.oncall.schedule:\n"));
    CHECK_THAT(text, Contains("[essential]"));
    CHECK_THAT(text, StartsWith("# yaml-language-server: $schema=/"));
    CHECK_THAT(text, Contains("/share/gait/schemas/answers.schema.json\n"));
    CHECK_THAT(text, Contains("# Then score it: gait assess --answers " + path + "\n"));

    const auto assess = run_gait({"assess", "--answers", path, "--format", "json"});
    CHECK(assess.exit_code == 0);
    CHECK_THAT(assess.out, Contains("\"team\": \"Payments \\\"API\\\"\""));
    CHECK_THAT(assess.out, Contains("\"phase\": null"));

    SECTION("and refuses to overwrite it without --force") {
        const auto again = run_gait({"init", "-o", path});
        CHECK(again.exit_code == 2);
        CHECK(again.err == "gait: error: " + path +
                               ": already exists; gait init does not overwrite it; pass --force "
                               "to replace it\n");
        CHECK(read_text(path) == text);
        CHECK(run_gait({"init", "-o", path, "--force"}).exit_code == 0);
    }
    std::remove(path.c_str());
}

TEST_CASE("init follows the rubric it is given") {
    const auto run =
        run_gait({"init", "--rubric", "tests/data/rubrics/five-level.yaml", "--team", "T"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Contains("none (Not at all), started (Started)"));
    CHECK_THAT(run.out, Contains("  gold.operate.chaos:\n"));
    CHECK_THAT(run.out, Contains("# Then score it: gait assess --rubric "
                                 "tests/data/rubrics/five-level.yaml --answers THIS-FILE\n"));
}

TEST_CASE("init takes no --color: a template has none to give") {
    const auto run = run_gait({"init", "--team", "Ops", "--color", "always"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Contains("--color"));
}

TEST_CASE("init's header names its file so that a shell reads it back") {
    SECTION("quoted when it has a space or a quote") {
        const std::string path = scratch_path("it's an init.yaml");
        std::remove(path.c_str());
        REQUIRE(run_gait({"init", "-o", path}).exit_code == 0);
        CHECK_THAT(read_text(path),
                   Contains("# Then score it: gait assess --answers '" +
                            path.substr(0, path.size() - 17) + "it'\\''s an init.yaml'\n"));
        std::remove(path.c_str());
    }
    SECTION("a placeholder when it has a line break, and the file still reads back") {
        const std::string path = scratch_path("two\nlines.yaml");
        std::remove(path.c_str());
        REQUIRE(run_gait({"init", "--team", "T", "-o", path}).exit_code == 0);
        CHECK_THAT(read_text(path), Contains("# Then score it: gait assess --answers THIS-FILE\n"));
        CHECK(run_gait({"assess", "--answers", path}).exit_code == 0);
        std::remove(path.c_str());
    }
}

TEST_CASE("rubric show prints the rubric with its question ids") {
    const auto run = run_gait({"rubric", "show", "tests/data/rubrics/five-level.yaml"});
    CHECK(run.exit_code == 0);
    check_golden("rubric-show-five-level.txt", run.out);
    const auto builtin = run_gait({"rubric", "show"});
    CHECK(builtin.exit_code == 0);
    CHECK_THAT(builtin.out, Contains("crawl.oncall.schedule"));
    CHECK_THAT(builtin.out, Contains("Phase 3: Run"));
}

TEST_CASE("rubric lint passes a sound rubric and lists every problem of a broken one") {
    const auto sound = run_gait({"rubric", "lint"});
    CHECK(sound.exit_code == 0);
    CHECK(sound.out == "sre.yaml (built in): ok, 3 phases, 8 areas, 88 questions\n");

    const std::string file = "tests/data/bad/rubric-many-problems.yaml";
    const auto broken = run_gait({"rubric", "lint", file});
    CHECK(broken.exit_code == 2);
    CHECK(broken.out.empty());
    const std::string e = "gait: error: " + file + ":";
    CHECK(broken.err ==
          e + "5:5: the scale has no full-credit choice; give one choice the value 1\n" + e +
              "6:5: scale choice 'bad' has value 1.5, outside [0,1]\n" + e +
              "10:5: phase 'one' has threshold 1.2, outside [0,1]\n" + e +
              "14:9: question 'one.a' names unknown area 'biuld'; did you mean 'build'?\n" + e +
              "17:9: duplicate question id 'one.a' (first on line 14)\n" + e +
              "17:9: question 'one.a' has negative weight -1\n" + e +
              "23:9: unknown key 'txt' in the question 'one.c'; did you mean 'text'?\n" + e +
              "27:16: the phase 'two' has no questions\n" + "gait: " + file + ": 8 problems\n");
}
