// What gait shows on a real terminal: color and width.

#include <sstream>

#include <catch2/catch.hpp>

#include "pty_session.hpp"
#include "run_gait.hpp"

using gait::test::PtySession;

namespace {

const std::vector<std::string> assess_walk = {"assess", "--answers", "data/examples/walk.yaml"};

}  // namespace

TEST_CASE("on a terminal the report is colored") {
    PtySession session(assess_walk, {"NO_COLOR=", "TERM=xterm"});
    CHECK(session.wait_for("Placement: \x1b[1mWalk\x1b[0m"));
    CHECK(session.wait_exit() == 0);
}

TEST_CASE("NO_COLOR and TERM=dumb turn color off on a terminal") {
    const std::string variable = GENERATE("NO_COLOR=1", "TERM=dumb");
    PtySession session(assess_walk, {variable});
    CHECK(session.wait_for("Placement: Walk"));
    CHECK(session.wait_exit() == 0);
    CHECK(session.output().find('\x1b') == std::string::npos);
}

TEST_CASE("on a terminal the report wraps to its width") {
    PtySession session(assess_walk, {"NO_COLOR=1"}, 50, 24);
    CHECK(session.wait_exit() == 0);
    std::istringstream lines(session.output());
    std::size_t longest = 0;
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::size_t columns = 0;
        for (const char c : line)
            columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        longest = std::max(longest, columns);
    }
    CHECK(longest <= 50);
    CHECK(longest >= 45);
}

TEST_CASE("assess --color never turns color off on a terminal") {
    auto args = assess_walk;
    args.insert(args.end(), {"--color", "never"});
    PtySession session(args, {"NO_COLOR=", "TERM=xterm"});
    CHECK(session.wait_for("Placement: Walk"));
    CHECK(session.wait_exit() == 0);
    CHECK(session.output().find('\x1b') == std::string::npos);
}

TEST_CASE(
    "assess --color always and CLICOLOR_FORCE color a pipe, and NO_COLOR wins over "
    "CLICOLOR_FORCE") {
    const auto [extra_args, env, colored] =
        GENERATE(table<std::vector<std::string>, std::vector<std::string>, bool>({
            {{"--color", "always"}, {"NO_COLOR="}, true},
            {{"--color", "always"}, {"NO_COLOR=1"}, true},
            {{}, {"NO_COLOR=", "CLICOLOR_FORCE=1"}, true},
            {{}, {"NO_COLOR=1", "CLICOLOR_FORCE=1"}, false},
            {{}, {"NO_COLOR=", "CLICOLOR_FORCE=0"}, false},
            {{"--color", "auto"}, {"NO_COLOR="}, false},
        }));
    auto args = assess_walk;
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    const auto run = gait::test::run_gait(args, env);
    INFO(Catch::Detail::stringify(args) << " " << Catch::Detail::stringify(env));
    CHECK(run.exit_code == 0);
    CHECK((run.out.find("\x1b[1mWalk\x1b[0m") != std::string::npos) == colored);
}

TEST_CASE("every command that prints takes --color and honours NO_COLOR and CLICOLOR_FORCE") {
    const std::vector<std::string> command = GENERATE(
        std::vector<std::string>{"report", "tests/golden/assess-walk.json"},
        std::vector<std::string>{"compare", "data/examples/crawl.yaml", "data/examples/walk.yaml"},
        std::vector<std::string>{"aggregate", "data/examples/walk.yaml"},
        std::vector<std::string>{"rubric", "show"}, std::vector<std::string>{"rubric", "list"},
        std::vector<std::string>{"rubric", "lint"});
    const auto [extra_args, env, colored] =
        GENERATE(table<std::vector<std::string>, std::vector<std::string>, bool>({
            {{"--color", "always"}, {"NO_COLOR=1"}, true},
            {{"--color", "never"}, {"CLICOLOR_FORCE=1"}, false},
            {{}, {"NO_COLOR=", "CLICOLOR_FORCE=1"}, true},
            {{}, {"NO_COLOR=1", "CLICOLOR_FORCE=1"}, false},
            {{}, {"NO_COLOR=", "CLICOLOR_FORCE="}, false},
        }));
    auto args = command;
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    const auto run = gait::test::run_gait(args, env);
    INFO(Catch::Detail::stringify(args) << " " << Catch::Detail::stringify(env));
    CHECK(run.exit_code == 0);
    CHECK((run.out.find("\x1b[") != std::string::npos) == colored);
}

TEST_CASE("on a terminal every command colors, and TERM=dumb or NO_COLOR turn it off") {
    const std::vector<std::string> command = GENERATE(
        std::vector<std::string>{"rubric", "list"},
        std::vector<std::string>{"aggregate", "data/examples/walk.yaml"},
        std::vector<std::string>{"compare", "data/examples/crawl.yaml", "data/examples/walk.yaml"});
    const std::string variable = GENERATE("TERM=xterm", "TERM=dumb", "NO_COLOR=1");
    std::vector<std::string> env = {variable};
    if (variable != "NO_COLOR=1") env.push_back("NO_COLOR=");
    PtySession session(command, env);
    CHECK(session.wait_exit() == 0);
    INFO(Catch::Detail::stringify(command) << " " << variable);
    CHECK((session.output().find("\x1b[") != std::string::npos) == (variable == "TERM=xterm"));
}
