// -o never replaces a file the command reads: an answers file, a report, a
// rubric or the questionnaire's --save file, by any spelling or link.

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using gait::test::check_refused;
using gait::test::read_text;
using gait::test::run_gait;
using gait::test::source_path;

namespace {

// A copy of a file of the source tree in a scratch folder of this run.
std::string scratch_copy(const std::string& from, const std::string& name) {
    const std::string path = "/tmp/gait-e2e-output-" + std::to_string(::getpid()) + "-" + name;
    std::ofstream(path, std::ios::binary) << read_text(source_path(from));
    return path;
}

std::string refusal(const std::string& output, const std::string& input) {
    return "-o '" + output + "' is the input '" + input +
           "': the output would replace it; write the output to another file";
}

}  // namespace

TEST_CASE("an -o naming a file the command reads is refused and the file kept") {
    const std::string answers = scratch_copy("data/examples/walk.yaml", "walk.yaml");
    const std::string report = scratch_copy("tests/golden/assess-walk.json", "walk.json");
    const std::string rubric = scratch_copy("data/rubrics/sre.yaml", "sre.yaml");
    const std::string crawl = "data/examples/crawl.yaml";
    const std::string kept_answers = read_text(answers);
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"assess", answers, "-o", answers}, refusal(answers, answers)},
        {{"report", report, "-o", report}, refusal(report, report)},
        {{"compare", crawl, answers, "-o", answers}, refusal(answers, answers)},
        {{"aggregate", crawl, answers, "-f", "json", "-o", answers}, refusal(answers, answers)},
        {{"trend", crawl, answers, "-f", "json", "-o", answers}, refusal(answers, answers)},
        {{"plan", answers, "-o", answers}, refusal(answers, answers)},
        {{"assess", answers, "--rubric", rubric, "-f", "json", "-o", rubric},
         refusal(rubric, rubric)},
        {{"init", "--rubric", rubric, "-o", rubric, "--force"}, refusal(rubric, rubric)},
        // The questionnaire's answers and its report: the report would replace the answers.
        {{"assess", "--save", answers, "-o", answers}, refusal(answers, answers)},
    };
    for (const auto& [args, message] : cases) {
        check_refused(args, message);
        CHECK(read_text(answers) == kept_answers);
    }
    CHECK(read_text(report) == read_text(source_path("tests/golden/assess-walk.json")));
    CHECK(read_text(rubric) == read_text(source_path("data/rubrics/sre.yaml")));
    for (const std::string& path : {answers, report, rubric})
        std::remove(path.c_str());
}

TEST_CASE("an -o naming an input through a link or another spelling is refused") {
    const std::string answers = scratch_copy("data/examples/walk.yaml", "spelled.yaml");
    const std::string link = answers + ".link.yaml";
    REQUIRE(::symlink(answers.c_str(), link.c_str()) == 0);
    check_refused({"assess", link, "-o", answers}, refusal(answers, link));
    const std::string dotted = "/tmp/../tmp/" + answers.substr(5);
    check_refused({"assess", answers, "-o", dotted}, refusal(dotted, answers));
    CHECK(run_gait({"assess", answers, "-o", answers + ".txt"}).exit_code == 0);
    for (const std::string& path : {link, answers, answers + ".txt"})
        std::remove(path.c_str());
}
