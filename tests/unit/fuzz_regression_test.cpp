// Inputs the fuzz targets of tests/fuzz found to crash, hang or exhaust memory,
// kept in tests/fuzz/regressions/ and fed here to the same public API. Each
// loader must answer bad input with a gait::Error naming the file and the line,
// so each runs in a child process with a time and memory limit: a regression
// fails its test instead of hanging the suite.

#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <functional>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "gait/document/aggregate_document.hpp"
#include "gait/document/compare_document.hpp"
#include "gait/document/report_document.hpp"
#include "gait/format/html_writer.hpp"
#include "gait/format/markdown_writer.hpp"
#include "gait/format/report_json.hpp"
#include "gait/format/text_writer.hpp"
#include "gait/load/answers.hpp"
#include "gait/load/report_reader.hpp"
#include "gait/load/rubric.hpp"
#include "gait/model/result.hpp"
#include "gait/util/diagnostic.hpp"

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool limit_memory = false;  // AddressSanitizer reserves terabytes of address space
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool limit_memory = false;
#else
constexpr bool limit_memory = true;
#endif
#else
constexpr bool limit_memory = true;
#endif

constexpr int seconds_allowed = 10;
constexpr rlim_t bytes_allowed = rlim_t{256} << 20;

std::string regression(const std::string& name) {
    const std::string path = std::string(GAIT_TEST_DATA) + "/../fuzz/regressions/" + name;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// How a call ended, as the child process reports it.
struct Outcome {
    enum Kind { returned, error, other_exception, crashed, timed_out } kind = crashed;
    std::string message;  // format_diagnostic() for an error, what() for another exception
    int line = 0;         // of the error
};

// Runs `call` in a child process limited to seconds_allowed and bytes_allowed.
Outcome run_bounded(const std::function<void()>& call) {
    int pipe_fds[2];
    REQUIRE(pipe(pipe_fds) == 0);
    std::fflush(nullptr);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(pipe_fds[0]);
        if (limit_memory) {
            const rlimit limit{bytes_allowed, bytes_allowed};
            setrlimit(RLIMIT_AS, &limit);
        }
        std::string report;
        try {
            call();
            report = "R\n";
        } catch (const gait::Error& e) {
            report = "E" + std::to_string(e.diagnostic().where.line) + "\n" +
                     gait::format_diagnostic(e.diagnostic());
        } catch (const std::exception& e) {
            report = std::string("X\n") + e.what();
        } catch (...) {
            report = "X\nan exception of an unknown type";
        }
        for (std::size_t done = 0; done < report.size();) {
            const ssize_t n = write(pipe_fds[1], report.data() + done, report.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        _exit(0);
    }
    close(pipe_fds[1]);

    std::string report;
    bool timed_out = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds_allowed);
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            break;
        }
        pollfd fd{pipe_fds[0], POLLIN, 0};
        if (poll(&fd, 1, static_cast<int>(left.count())) <= 0) continue;
        char buffer[4096];
        const ssize_t n = read(pipe_fds[0], buffer, sizeof buffer);
        if (n <= 0) break;  // the child is done
        report.append(buffer, static_cast<std::size_t>(n));
    }
    close(pipe_fds[0]);
    if (timed_out) kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);

    Outcome outcome;
    if (timed_out) {
        outcome.kind = Outcome::timed_out;
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || report.empty()) {
        outcome.kind = Outcome::crashed;
        outcome.message = WIFSIGNALED(status) ? "signal " + std::to_string(WTERMSIG(status))
                                              : "exit status " + std::to_string(status);
    } else {
        const std::size_t newline = report.find('\n');
        outcome.message = report.substr(newline + 1);
        switch (report[0]) {
            case 'R':
                outcome.kind = Outcome::returned;
                break;
            case 'E':
                outcome.kind = Outcome::error;
                outcome.line = std::stoi(report.substr(1, newline - 1));
                break;
            default:
                outcome.kind = Outcome::other_exception;
        }
    }
    return outcome;
}

std::string describe(const Outcome& outcome) {
    switch (outcome.kind) {
        case Outcome::returned:
            return "returned normally";
        case Outcome::error:
            return "gait::Error: " + outcome.message;
        case Outcome::other_exception:
            return "another exception: " + outcome.message;
        case Outcome::crashed:
            return "crashed: " + outcome.message;
        case Outcome::timed_out:
            return "still running after " + std::to_string(seconds_allowed) + " s";
    }
    return {};
}

// The call must end, promptly, in a gait::Error on `line` of `file`.
void require_error_at(const Outcome& outcome, const std::string& file, int line) {
    INFO(describe(outcome));
    REQUIRE(outcome.kind == Outcome::error);
    CHECK(outcome.message.rfind(file + ":" + std::to_string(line) + ":", 0) == 0);
    CHECK(outcome.line == line);
}

// The call must end, promptly, in a gait::Error or by returning.
void require_prompt_answer(const Outcome& outcome) {
    INFO(describe(outcome));
    REQUIRE((outcome.kind == Outcome::error || outcome.kind == Outcome::returned));
}

}  // namespace

// YAML::LoadAll of yaml-cpp 0.7 never returns on text with a ',' where a new
// node would start at the top level: it reports an empty document there again
// and again, keeping each, until memory runs out. A JSON object followed by a
// comma, as when one is copied out of an array, was enough. Fixed in
// src/yaml_reader.cpp by parsing with YAML::Load.
TEST_CASE("fuzz: a rubric of a quoted scalar and a comma is an error, not a hang", "[fuzz]") {
    const std::string text = regression("rubric-loadall-loop-quoted-comma.yaml");
    require_error_at(run_bounded([&] { gait::load_rubric(text, "r.yaml"); }), "r.yaml", 1);
}

TEST_CASE("fuzz: linting a rubric of a quoted scalar and a comma gives a problem, not a hang",
          "[fuzz]") {
    const std::string text = regression("rubric-loadall-loop-quoted-comma.yaml");
    const Outcome outcome = run_bounded([&] {
        const auto problems = gait::lint_rubric(text, "r.yaml");
        if (problems.empty()) return;
        throw gait::Error(problems.front());  // so the child reports the first problem
    });
    require_error_at(outcome, "r.yaml", 1);
}

TEST_CASE("fuzz: a JSON answers file with a trailing comma does not hang", "[fuzz]") {
    const std::string text = regression("answers-loadall-loop-trailing-comma.json");
    require_prompt_answer(
        run_bounded([&] { gait::load_answers(text, "a.json", gait::builtin_rubric()); }));
}

TEST_CASE("fuzz: a saved report with a trailing comma does not hang", "[fuzz]") {
    const std::string text = regression("report-loadall-loop-trailing-comma.json");
    require_prompt_answer(run_bounded([&] { gait::load_report(text, "r.json"); }));
}

// Once YAML::Load replaced LoadAll, a second document with no "---" line was
// dropped without a word: two JSON objects one after the other read as the
// first alone. docs/limits.md: gait refuses several documents.
TEST_CASE("fuzz: an answers file of two JSON objects is an error, not the first alone", "[fuzz]") {
    const std::string text = regression("answers-two-json-objects.json");
    require_error_at(
        run_bounded([&] { gait::load_answers(text, "a.json", gait::builtin_rubric()); }), "a.json",
        2);
}

// A saved report may list any number of phases and areas, and every renderer
// draws the area x phase matrix: with aliases, 8 KB of YAML make a million
// cells (and 3,000 of each, 24 KB, a 1.4 GB HTML page). docs/limits.md: a
// rubric has at most 20 phases and 100 areas, and a crafted file must not
// exhaust memory: the report reader applies the rubric's limits.
TEST_CASE("fuzz: a report of a thousand phases and a thousand areas is an error, not a hang",
          "[fuzz]") {
    const std::string text = regression("report-phases-times-areas.yaml");
    const Outcome outcome = run_bounded([&] {
        const gait::Result result = gait::load_report(text, "r.yaml");
        (void)gait::write_text(gait::report_document(result), {80, false});
        (void)gait::render_json(result);
        (void)gait::write_markdown(gait::report_document(result));
        (void)gait::write_html(gait::report_document(result));
    });
    INFO(describe(outcome));
    REQUIRE(outcome.kind == Outcome::error);
    CHECK(outcome.message.rfind("r.yaml:", 0) == 0);
}

// The weights of a phase are added up as they are: two questions of weight
// 1e308 make the weighted mean inf/inf, a NaN score that the text report shows
// as "-nan", that fails every threshold, and that JSON writes as null (which
// means "nothing applies"). The linter now refuses weights over limits::weight.
TEST_CASE("fuzz: a weight too large to add up is refused", "[fuzz]") {
    const std::string text = regression("rubric-huge-weights.yaml");
    try {
        gait::load_rubric(text, "r.yaml");
        FAIL("a weight of 1e308 was accepted");
    } catch (const gait::Error& e) {
        CHECK(gait::format_diagnostic(e.diagnostic()) ==
              "r.yaml:14:9: question 'one.a' has weight 1e+308, more than the 1000 gait reads");
    }
}
