// gait_bench: what each step of gait costs in-process, and what yaml-cpp alone
// needs to parse the files an aggregate reads. Used by tests/bench/run.sh; the
// method is in docs/performance.md. Only the public API of gait_core is used, so
// the figures hold however the default rubric is built into the binary.
//
//   gait_bench steps ANSWERS_FILE [--iterations N]
//   gait_bench parse-floor DIR [--jobs N] [--repeat R]

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <filesystem>
#include <functional>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "gait/document/aggregate_document.hpp"
#include "gait/document/compare_document.hpp"
#include "gait/document/report_document.hpp"
#include "gait/format/compare_json.hpp"
#include "gait/format/html_writer.hpp"
#include "gait/format/markdown_writer.hpp"
#include "gait/format/report_json.hpp"
#include "gait/format/text_writer.hpp"
#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/aggregate.hpp"
#include "gait/score/compare.hpp"
#include "gait/score/scoring.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"
#include "gait/util/text_format.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// Results fold into this, so that the compiler cannot drop the work.
volatile std::size_t sink = 0;

[[noreturn]] void usage() {
    std::fputs(
        "usage: gait_bench steps ANSWERS_FILE [--iterations N]\n"
        "       gait_bench parse-floor DIR [--jobs N] [--repeat R]\n",
        stderr);
    std::exit(2);
}

unsigned long parse_count(const std::string& text) {
    char* end = nullptr;
    const unsigned long value = std::strtoul(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || value == 0) usage();
    return value;
}

double micros(Clock::duration d) {
    return std::chrono::duration<double, std::micro>(d).count();
}

// CPU time of the whole process (every thread), in microseconds.
double process_cpu_us() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Step {
    std::string name;
    std::function<std::size_t()> run;  // returns a size to fold into the sink
};

int steps(const std::string& answers_path, unsigned long iterations) {
    const std::string answers_text = gait::read_file(answers_path);
    const std::vector<gait::BundledRubric> bundled = gait::bundled_rubrics();
    const std::string rubric_text(bundled.front().text);
    const std::string rubric_name = gait::bundled_file_name(bundled.front());

    // Inputs of the later steps, made once outside the timings.
    const gait::Rubric rubric = gait::builtin_rubric();
    const gait::Answers answers = gait::load_answers(answers_text, answers_path, rubric);
    const gait::Result result = gait::score(rubric, answers);
    const gait::Comparison comparison = gait::compare(result, result);
    const gait::TextStyle style{80, false};

    const std::vector<Step> all = {
        {"builtin_rubric()", [] { return gait::builtin_rubric().phases.size(); }},
        {"load_rubric(yaml text)",
         [&] { return gait::load_rubric(rubric_text, rubric_name).phases.size(); }},
        {"load_answers",
         [&] { return gait::load_answers(answers_text, answers_path, rubric).answers.size(); }},
        {"score", [&] { return gait::score(rubric, answers).questions.size(); }},
        {"document + write_text (80 cols)",
         [&] { return gait::write_text(gait::report_document(result), style).size(); }},
        {"document + write_markdown",
         [&] { return gait::write_markdown(gait::report_document(result)).size(); }},
        {"document + write_html",
         [&] { return gait::write_html(gait::report_document(result)).size(); }},
        {"render_json", [&] { return gait::render_json(result).size(); }},
        {"compare + render_compare_json",
         [&] { return gait::render_compare_json(gait::compare(result, result)).size(); }},
        {"summarize(report)", [&] { return gait::summarize(result, answers_path).gaps.size(); }},
        {"summarize(answers)",  // what aggregate does for each answers file
         [&] { return gait::summarize(rubric, answers, answers_path).gaps.size(); }},
    };
    sink = sink + comparison.improved.size();

    const unsigned long warmup = std::max(3ul, iterations / 10);
    std::size_t width = 4;
    for (const Step& step : all)
        width = std::max(width, step.name.size());
    fmt::print("{:<{}}  {:>10}  {:>10}\n", "step", width, "median_us", "min_us");
    double assess_json = 0;  // the steps of gait assess --format json
    for (const Step& step : all) {
        for (unsigned long i = 0; i < warmup; ++i)
            sink = sink + step.run();
        std::vector<double> times;
        times.reserve(iterations);
        for (unsigned long i = 0; i < iterations; ++i) {
            const Clock::time_point start = Clock::now();
            const std::size_t size = step.run();
            const Clock::time_point stop = Clock::now();
            sink = sink + size;
            times.push_back(micros(stop - start));
        }
        const double med = median(times);
        if (step.name == "builtin_rubric()" || step.name == "load_answers" ||
            step.name == "score" || step.name == "render_json")
            assess_json += med;
        fmt::print("{:<{}}  {:>10.1f}  {:>10.1f}\n", step.name, width, med,
                   *std::min_element(times.begin(), times.end()));
    }
    fmt::print("{:<{}}  {:>10.1f}\n", "rubric+answers+score+json", width, assess_json);
    fmt::print(
        "# {} iterations per step after {} warm-up runs; answers: {} ({} answers, "
        "{} questions scored)\n",
        iterations, warmup, answers_path, answers.answers.size(), result.questions.size());
    return 0;
}

// Parses files[i] for every i taken in turn by `jobs` threads; the count of
// top-level keys goes to the sink. Returns the failures.
std::size_t parse_all(const std::vector<std::string>& files, unsigned jobs) {
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> failures{0};
    std::atomic<std::size_t> nodes{0};
    const auto work = [&] {
        std::size_t local = 0;
        for (std::size_t i = next++; i < files.size(); i = next++) {
            try {
                const YAML::Node document = YAML::Load(gait::read_file(files[i]));
                local += document.size();
            } catch (const std::exception&) {
                ++failures;
            }
        }
        nodes += local;
    };
    std::vector<std::thread> threads;
    for (unsigned j = 1; j < jobs; ++j)
        threads.emplace_back(work);
    work();
    for (std::thread& thread : threads)
        thread.join();
    sink = sink + nodes.load();
    return failures.load();
}

int parse_floor(const std::string& directory, unsigned jobs, unsigned long repeat) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml")
            files.push_back(entry.path().generic_string());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        fmt::print(stderr, "gait_bench: no .yaml file under {}\n", directory);
        return 1;
    }
    const double n = static_cast<double>(files.size());

    // With `jobs` threads: the wall time, as gait aggregate's is measured.
    std::vector<double> walls;
    std::vector<double> cpus;
    std::size_t failures = 0;
    for (unsigned long r = 0; r < repeat; ++r) {
        const double cpu_start = process_cpu_us();
        const Clock::time_point start = Clock::now();
        failures = parse_all(files, jobs);
        walls.push_back(micros(Clock::now() - start));
        cpus.push_back(process_cpu_us() - cpu_start);
    }
    const double wall = median(walls);
    const auto line = [](const char* key, const std::string& value) {
        fmt::print("{:<24}{:>10}\n", key, value);
    };
    line("files", fmt::format("{}", files.size()));
    line("jobs", fmt::format("{}", jobs));
    line("wall_ms", fmt::format("{:.1f}", wall / 1e3));
    line("wall_us_per_file", fmt::format("{:.1f}", wall / n));
    const auto sum = [](const std::vector<double>& v) {
        return std::accumulate(v.begin(), v.end(), 0.0);
    };
    line("cpu_use", fmt::format("{:.2f}", sum(cpus) / sum(walls)));  // (user+sys)/wall
    fmt::print("# read_file + YAML::Load only; median of {} runs; {} file(s) failed to parse\n",
               repeat, failures);
    return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() < 2) usage();
    try {
        if (args[0] == "steps") {
            unsigned long iterations = 200;
            for (std::size_t i = 2; i < args.size(); ++i) {
                if (args[i] == "--iterations" && i + 1 < args.size()) {
                    iterations = parse_count(args[++i]);
                } else {
                    usage();
                }
            }
            return steps(args[1], iterations);
        }
        if (args[0] == "parse-floor") {
            unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
            unsigned long repeat = 3;
            for (std::size_t i = 2; i < args.size(); ++i) {
                if (args[i] == "--jobs" && i + 1 < args.size()) {
                    jobs = static_cast<unsigned>(std::min(1024ul, parse_count(args[++i])));
                } else if (args[i] == "--repeat" && i + 1 < args.size()) {
                    repeat = parse_count(args[++i]);
                } else {
                    usage();
                }
            }
            return parse_floor(args[1], jobs, repeat);
        }
    } catch (const gait::Error& e) {
        fmt::print(stderr, "gait_bench: {}\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "gait_bench: {}\n", e.what());
        return 1;
    }
    usage();
}
