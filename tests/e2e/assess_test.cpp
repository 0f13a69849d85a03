// gait assess on the bundled example teams and the test rubric: golden reports
// and exit codes.

#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using gait::test::check_golden;
using gait::test::read_text;
using gait::test::run_gait;

TEST_CASE("assess prints the golden report of each example team in each format") {
    const std::string team = GENERATE("pre-crawl", "crawl", "walk", "run");
    const auto [format, extension] = GENERATE(table<std::string, std::string>(
        {{"text", "txt"}, {"json", "json"}, {"markdown", "md"}, {"html", "html"}}));
    const auto run =
        run_gait({"assess", "--answers", "data/examples/" + team + ".yaml", "--format", format});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_golden("assess-" + team + "." + extension, run.out);
}

TEST_CASE("assess places each example team in the phase it was written for") {
    const auto [team, phase] = GENERATE(table<std::string, std::string>(
        {{"pre-crawl", "null"}, {"crawl", "\"crawl\""}, {"walk", "\"walk\""}, {"run", "\"run\""}}));
    const auto run =
        run_gait({"assess", "--answers", "data/examples/" + team + ".yaml", "--format", "json"});
    CHECK_THAT(run.out, Catch::Matchers::Contains("\"placement\": {\n    \"phase\": " + phase));
}

TEST_CASE("assess works the same on another rubric with another scale") {
    const std::vector<std::string> base = {"assess", "--rubric",
                                           "tests/data/rubrics/five-level.yaml", "--answers",
                                           "tests/data/answers/five-level-team.yaml"};
    auto text = base;
    const auto text_run = run_gait(text);
    CHECK(text_run.exit_code == 0);
    check_golden("assess-five-level.txt", text_run.out);
    for (const auto& [format, extension] : {std::pair<std::string, std::string>{"json", "json"},
                                            {"markdown", "md"},
                                            {"html", "html"}}) {
        auto args = base;
        args.insert(args.end(), {"--format", format});
        const auto run = run_gait(args);
        CHECK(run.exit_code == 0);
        check_golden("assess-five-level." + extension, run.out);
    }
}

TEST_CASE("assess --fail-below gates on the placement") {
    const std::string walk = "data/examples/walk.yaml";
    SECTION("at or above the gate: exit 0") {
        CHECK(run_gait({"assess", "--answers", walk, "--fail-below", "walk"}).exit_code == 0);
        CHECK(run_gait({"assess", "--answers", walk, "--fail-below", "crawl"}).exit_code == 0);
    }
    SECTION("below the gate: exit 1, the report is still written, the reason on stderr") {
        const auto run = run_gait({"assess", "--answers", walk, "--fail-below", "run"});
        CHECK(run.exit_code == 1);
        CHECK_THAT(run.out, Catch::Matchers::Contains("Placement: Walk"));
        CHECK(run.err == "gait: placement is below Run, the --fail-below gate\n");
    }
    SECTION("in every format, the report is written and the gate still fails") {
        const std::string format = GENERATE("text", "json", "markdown", "html");
        const auto run =
            run_gait({"assess", "--answers", walk, "--fail-below", "run", "--format", format});
        CHECK(run.exit_code == 1);
        CHECK(run.out.size() > 1000);
        CHECK(run.err == "gait: placement is below Run, the --fail-below gate\n");
    }
    SECTION("no placement is below every gate") {
        const auto run = run_gait({"assess", "--answers", "data/examples/pre-crawl.yaml",
                                   "--fail-below", "crawl", "--format", "json"});
        CHECK(run.exit_code == 1);
        CHECK_THAT(run.out, Catch::Matchers::StartsWith("{"));
    }
    SECTION("an unknown phase is a usage error with a suggestion") {
        const auto run = run_gait({"assess", "--answers", walk, "--fail-below", "wlak"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err ==
              "gait: error: --fail-below names unknown phase 'wlak'; did you mean 'walk'?\n");
    }
}

TEST_CASE("assess -o writes the report to a file, and nothing on error") {
    const std::string path = "/tmp/gait-e2e-report-" + std::to_string(::getpid()) + ".json";
    std::remove(path.c_str());
    SECTION("the file holds what stdout would") {
        const auto to_file = run_gait(
            {"assess", "--answers", "data/examples/crawl.yaml", "--format", "json", "-o", path});
        CHECK(to_file.exit_code == 0);
        CHECK(to_file.out.empty());
        const auto to_stdout =
            run_gait({"assess", "--answers", "data/examples/crawl.yaml", "--format", "json"});
        CHECK(read_text(path) == to_stdout.out);
    }
    SECTION("bad input leaves no file") {
        const auto run =
            run_gait({"assess", "--answers", "tests/data/bad/unknown-question.yaml", "-o", path});
        CHECK(run.exit_code == 2);
        CHECK(std::fopen(path.c_str(), "r") == nullptr);
    }
    std::remove(path.c_str());
}

TEST_CASE("assess --strict refuses unanswered questions") {
    const std::string partial = "tests/data/answers/partial.yaml";
    const auto lenient = run_gait({"assess", "--answers", partial});
    CHECK(lenient.exit_code == 0);
    CHECK_THAT(lenient.out, Catch::Matchers::Contains("Unanswered: 86 questions (counted as 0)"));
    const auto strict = run_gait({"assess", "--answers", partial, "--strict"});
    CHECK(strict.exit_code == 2);
    CHECK(strict.out.empty());
    CHECK(strict.err ==
          "gait: error: tests/data/answers/partial.yaml: 86 questions unanswered, the first "
          "'crawl.people.sre-advocate'; answer every question, or drop --strict\n");
}

TEST_CASE("answers for another version of the rubric are scored with a warning") {
    const auto run = run_gait({"assess", "--answers", "tests/data/answers/old-version.yaml"});
    CHECK(run.exit_code == 0);
    CHECK(run.err ==
          "gait: warning: tests/data/answers/old-version.yaml:3:3: answers are for version 0.9 "
          "of rubric 'sre-maturity', this is version 2.0; check that every question still means "
          "what it meant\n");
    CHECK_THAT(run.out, Catch::Matchers::Contains("Placement:"));
}

TEST_CASE("the text report has no color when stdout is not a terminal") {
    const auto run = run_gait({"assess", "--answers", "data/examples/walk.yaml"});
    CHECK(run.out.find('\x1b') == std::string::npos);
}

TEST_CASE("text from the answers never drives the terminal") {
    const auto run = run_gait({"assess", "--answers", "tests/data/answers/hostile-notes.yaml"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find('\x1b') == std::string::npos);
    CHECK(run.out.find('\a') == std::string::npos);
    CHECK(run.out.find("\u202E") == std::string::npos);
    CHECK_THAT(run.out, Catch::Matchers::Contains("Evil ^[]0;pwned^G Team"));
    CHECK_THAT(run.out,
               Catch::Matchers::Contains("red ^[[31malert^[[0m and <U+202E>right-to-left"));
    CHECK_THAT(run.out, Catch::Matchers::Contains("<U+009B>31m C1"));
}

TEST_CASE("assess -o through a symbolic link replaces the file it points to") {
    const std::string target = "/tmp/gait-e2e-target-" + std::to_string(::getpid()) + ".txt";
    const std::string link = target + ".link";
    std::remove(target.c_str());
    std::remove(link.c_str());
    std::ofstream(target) << "old report\n";
    REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);
    const auto run = run_gait({"assess", "--answers", "data/examples/run.yaml", "-o", link});
    CHECK(run.exit_code == 0);
    char buffer[4096];
    const ssize_t length = ::readlink(link.c_str(), buffer, sizeof buffer);
    CHECK(std::string(buffer, length > 0 ? static_cast<std::size_t>(length) : 0) == target);
    CHECK_THAT(read_text(target), Catch::Matchers::Contains("Placement: Run"));
    std::remove(link.c_str());
    std::remove(target.c_str());
}

TEST_CASE("text from the answers cannot break the Markdown report or add markup") {
    const auto run = run_gait({"assess", "--answers", "tests/data/answers/hostile-markdown.yaml",
                               "--format", "markdown"});
    CHECK(run.exit_code == 0);
    // The note: a pipe, backticks, HTML, a link and emphasis, all shown as text.
    CHECK_THAT(run.out, Catch::Matchers::Contains(
                            "**Note:** a \\| b \\`code\\` &lt;img src=x onerror=alert(1)&gt; "
                            "\\[link\\](javascript:alert(1)) \\*bold\\*"));
    CHECK(run.out.find("<img") == std::string::npos);
    CHECK(run.out.find("\x1b") == std::string::npos);
    // The team name is in the title, escaped, and the table rows keep their columns.
    CHECK_THAT(run.out, Catch::Matchers::Contains("**Team:** Team \\| &lt;b&gt;"));
    for (const std::string& line : gait::test::lines_of(run.out)) {
        if (line.rfind("| ", 0) != 0 || line.rfind("| Phase", 0) == 0) continue;
        std::size_t unescaped_pipes = 0;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++unescaped_pipes;
        }
        INFO(line);
        // Four columns, or five in the area table (its last one, Placed).
        CHECK((unescaped_pipes >= 4 && unescaped_pipes <= 6));
    }
}

TEST_CASE("assess -o that cannot be written is an error with the path, and the old file stays") {
    const std::string dir = "/tmp/gait-e2e-full-" + std::to_string(::getpid());
    ::mkdir(dir.c_str(), 0755);
    const std::string path = dir + "/report.json";
    std::ofstream(path) << "the old report\n";
    // Writes past 1000 bytes fail, as they would on a full disk; SIGXFSZ is left at
    // its default (it kills), as under `ulimit -f`: gait ignores it itself.
    const auto run =
        run_gait({"assess", "--answers", "data/examples/walk.yaml", "--format", "json", "-o", path},
                 {}, 1000);
    CHECK(run.exit_code == 2);
    CHECK(run.err == "gait: error: " + path + ": cannot write: File too large\n");
    CHECK(read_text(path) == "the old report\n");
    // No temporary file is left beside it: the directory holds report.json alone.
    std::vector<std::string> entries;
    if (DIR* listing = ::opendir(dir.c_str())) {
        while (const dirent* entry = ::readdir(listing)) {
            const std::string name = entry->d_name;
            if (name != "." && name != "..") entries.push_back(name);
        }
        ::closedir(listing);
    }
    CHECK(entries == std::vector<std::string>{"report.json"});
    std::remove(path.c_str());
    ::rmdir(dir.c_str());
}

TEST_CASE("assess -o into a directory that does not exist names the path") {
    const auto run = run_gait(
        {"assess", "--answers", "data/examples/walk.yaml", "-o", "/nonexistent-dir/report.txt"});
    CHECK(run.exit_code == 2);
    CHECK(run.err ==
          "gait: error: /nonexistent-dir/report.txt: cannot create a file beside it: No such "
          "file or directory\n");
}
