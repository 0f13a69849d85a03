// gait aggregate's progress counter: on standard error on a terminal when it
// reads 200 files or more, overwriting itself and cleared at the end; nothing
// when standard error is not a terminal.

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "pty_session.hpp"
#include "run_gait.hpp"

using gait::test::PtySession;
using gait::test::run_gait;

namespace {

namespace fs = std::filesystem;

// `count` answers files of the five-level rubric, one team each, in a fresh folder.
std::string many_teams(const std::string& name, std::size_t count) {
    const fs::path folder = fs::temp_directory_path() /
                            ("gait-e2e-progress-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    for (std::size_t i = 0; i < count; ++i) {
        std::ofstream(folder / ("team-" + std::to_string(i) + ".yaml"))
            << "rubric: platform-health\nteam: team " << i
            << "\ndate: 2026-01-01\nanswers:\n  bronze.build.ci: done\n";
    }
    return folder.string();
}

const std::string rubric = "tests/data/rubrics/five-level.yaml";

}  // namespace

TEST_CASE("aggregate of 250 files counts them on a terminal and clears the count") {
    const std::string folder = many_teams("pty", 250);
    const std::string out = folder + ".txt";
    PtySession session({"aggregate", folder, "--rubric", rubric, "-o", out});
    CHECK(session.wait_for(" of 250 files"));
    CHECK(session.wait_exit() == 0);
    const std::string& shown = session.output();
    CHECK(shown.find("\rread 250 of 250 files") != std::string::npos);
    // Cleared: the last thing drawn is a carriage return after blanks.
    const std::string cleared =
        "\r" + std::string(std::string("read 250 of 250 files").size(), ' ');
    CHECK(shown.find(cleared) != std::string::npos);
    fs::remove_all(folder);
    fs::remove(out);
}

TEST_CASE("aggregate of 250 files writes nothing on stderr when it is not a terminal") {
    const std::string folder = many_teams("pipe", 250);
    const auto run = run_gait({"aggregate", folder, "--rubric", rubric});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    fs::remove_all(folder);
}

TEST_CASE("aggregate of a few files draws no counter even on a terminal") {
    const std::string folder = many_teams("few", 20);
    const std::string out = folder + ".txt";
    PtySession session({"aggregate", folder, "--rubric", rubric, "-o", out});
    CHECK(session.wait_exit() == 0);
    CHECK(session.output().find("files") == std::string::npos);
    fs::remove_all(folder);
    fs::remove(out);
}
