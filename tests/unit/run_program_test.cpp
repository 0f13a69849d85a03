#include "util/run_program.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "gait/util/diagnostic.hpp"

using gait::run_program;

TEST_CASE("a program's output and status come back whole", "[run_program]") {
    const auto output =
        run_program({"sh", "-c", "printf 'out'; printf 'err' >&2; exit 3"}, {}, {}, 1024, "test");
    CHECK(output.out == "out");
    CHECK(output.err == "err");
    CHECK(output.exit_status == 3);
}

TEST_CASE("input larger than a pipe holds goes in while the output comes out", "[run_program]") {
    // cat echoes as it reads: writing all the input first would deadlock once both
    // pipes are full, which one poll loop over both avoids.
    const std::string input(8 << 20, 'x');
    const auto output = run_program({"cat"}, input, {}, 16 << 20, "test");
    CHECK(output.exit_status == 0);
    CHECK(output.out.size() == input.size());
    CHECK(output.out == input);
}

TEST_CASE("a program that stops reading its input is no error for gait", "[run_program]") {
    const std::string input(4 << 20, 'x');
    const auto output = run_program({"sh", "-c", "head -c 3; exit 0"}, input, {}, 1024, "test");
    CHECK(output.out == "xxx");
    CHECK(output.exit_status == 0);
}

TEST_CASE("the added environment reaches the program and replaces gait's own", "[run_program]") {
    const auto output =
        run_program({"sh", "-c", "printf '%s' \"$HOME\""}, {}, {"HOME=/elsewhere"}, 1024, "test");
    CHECK(output.out == "/elsewhere");
}

TEST_CASE("a program that writes too much is stopped and named", "[run_program]") {
    try {
        run_program({"sh", "-c", "yes"}, {}, {}, 1 << 20, "what");
        FAIL("no error");
    } catch (const gait::Error& e) {
        CHECK(e.diagnostic().where.file == "what");
        CHECK(e.diagnostic().message == "sh wrote more than 1 MiB");
    }
}

TEST_CASE("a program that is not installed is an error naming it", "[run_program]") {
    try {
        run_program({"gait-no-such-program"}, {}, {}, 1024, "what");
        FAIL("no error");
    } catch (const gait::Error& e) {
        CHECK(e.diagnostic().message ==
              "cannot run gait-no-such-program: No such file or directory");
    }
}

TEST_CASE("standard error keeps its first kilobytes only", "[run_program]") {
    const auto output =
        run_program({"sh", "-c", "head -c 100000 /dev/zero >&2"}, {}, {}, 1024, "t");
    CHECK(output.err.size() == 4096);
    CHECK(output.exit_status == 0);
}
