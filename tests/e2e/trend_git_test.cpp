// gait trend --git on a repository built here: an answers file committed on
// several dates (one commit broken, one that changes another file), read
// without checking anything out.

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using gait::test::run_gait;

namespace {

const std::string rubric = "tests/data/rubrics/five-level.yaml";

std::string output_of(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe))
        out += buffer;
    REQUIRE(::pclose(pipe) == 0);
    return out;
}

void shell(const std::string& command) {
    REQUIRE(std::system(command.c_str()) == 0);
}

// A repository in a temporary folder: answers.yaml committed on each date of
// `versions` (the file's content from tests/data/trend, or broken YAML), and
// a README committed in April, which changes no answers file.
struct Repository {
    std::string folder = "/tmp/gait-e2e-trend-git-" + std::to_string(::getpid());
    std::vector<std::string> commits;  // the answers file's commits, oldest first (short ids)

    Repository() {
        shell("rm -rf '" + folder + "' && mkdir -p '" + folder + "' && cd '" + folder +
              "' && git init -q && git config user.name Tester && git config user.email "
              "tester@example.com && git config commit.gpgsign false");
        commit_file("checkout-2026-01.yaml", "2026-01-15T10:00:00+00:00");
        commit_text("answers.yaml", "answers: [unclosed\n", "2026-02-10T10:00:00+00:00");
        commit_file("checkout-2026-03.yaml", "2026-03-15T10:00:00+00:00");
        commit_text("README", "the Checkout team's answers\n", "2026-04-01T10:00:00+00:00");
        commits.pop_back();  // the README's commit is no point of the trend
        commit_file("checkout-2026-06.yaml", "2026-06-15T10:00:00+00:00");
        commit_file("checkout-2026-09.yaml", "2026-09-15T23:30:00-02:00");  // the 16th in UTC
    }
    ~Repository() { std::system(("rm -rf '" + folder + "'").c_str()); }

    void commit_file(const std::string& data, const std::string& date) {
        commit_text("answers.yaml",
                    gait::test::read_text(gait::test::source_path("tests/data/trend/" + data)),
                    date);
    }

    void commit_text(const std::string& file, const std::string& text, const std::string& date) {
        std::ofstream(folder + "/" + file) << text;
        shell("cd '" + folder + "' && git add -A && GIT_AUTHOR_DATE='" + date +
              "' GIT_COMMITTER_DATE='" + date + "' git commit -q -m 'answers of " + date + "'");
        commits.push_back(output_of("git -C '" + folder + "' rev-parse HEAD").substr(0, 7));
    }

    std::string answers() const { return folder + "/answers.yaml"; }
};

std::vector<std::string> values_of(const nlohmann::json& points, const char* key) {
    std::vector<std::string> values;
    for (const auto& point : points)
        values.push_back(point[key].get<std::string>());
    return values;
}

}  // namespace

TEST_CASE("trend --git makes a point of each commit that changed the file", "[git]") {
    const Repository repository;
    const auto run =
        run_gait({"trend", "--git", repository.answers(), "--rubric", rubric, "-f", "json"});
    REQUIRE(run.exit_code == 0);
    const std::vector<std::string>& c = repository.commits;  // Jan, broken, Mar, Jun, Sep
    // The broken commit is skipped with a warning naming it; the trend goes on.
    CHECK_THAT(run.err, Contains("gait: warning: " + repository.answers() + "@" + c[1]));
    CHECK_THAT(run.err, Contains("commit " + c[1] + " is left out of the trend"));
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json["teams"].size() == 1);
    const auto& points = json["points"];
    CHECK(values_of(points, "commit") == std::vector<std::string>{c[0], c[2], c[3], c[4]});
    // The commit's date in its own zone, not the file's date line and not UTC.
    CHECK(values_of(points, "date") ==
          std::vector<std::string>{"2026-01-15", "2026-03-15", "2026-06-15", "2026-09-15"});
    CHECK(points[0]["file"] == repository.answers() + "@" + c[0]);
    CHECK(points[3]["placement"] == "silver");
    REQUIRE(json["skipped"].size() == 1);

    const auto text = run_gait({"trend", "--git", repository.answers(), "--rubric", rubric});
    CHECK(text.exit_code == 0);
    CHECK_THAT(text.out, Contains("2026-06-15  " + c[3] + "  Silver"));
}

TEST_CASE("trend --git --since and --max choose the commits", "[git]") {
    const Repository repository;
    const std::vector<std::string>& c = repository.commits;
    const auto since = run_gait({"trend", "--git", repository.answers(), "--rubric", rubric,
                                 "--since", "2026-03-15", "-f", "json"});
    REQUIRE(since.exit_code == 0);
    CHECK(values_of(nlohmann::json::parse(since.out)["points"], "commit") ==
          std::vector<std::string>{c[2], c[3], c[4]});
    const auto most = run_gait({"trend", "--git", repository.answers(), "--rubric", rubric, "--max",
                                "2", "-f", "json", "--fail-on-regression"});
    // The last two: Jun and Sep, where Build fell from Gold to Silver.
    CHECK(most.exit_code == 1);
    CHECK(values_of(nlohmann::json::parse(most.out)["points"], "commit") ==
          std::vector<std::string>{c[3], c[4]});
    CHECK(most.err ==
          "gait: Checkout: area Build fell from Gold to Silver, the --fail-on-regression gate\n");
    // A directory: every answers file under it.
    const auto folder = run_gait(
        {"trend", "--git", repository.folder, "--rubric", rubric, "--max", "1", "-f", "json"});
    CHECK(folder.exit_code == 0);
    CHECK(values_of(nlohmann::json::parse(folder.out)["points"], "commit") ==
          std::vector<std::string>{c[4]});
}

TEST_CASE("trend --git outside a git repository is an error on one line", "[git]") {
    const std::string folder = "/tmp/gait-e2e-trend-nogit-" + std::to_string(::getpid());
    shell("rm -rf '" + folder + "' && mkdir -p '" + folder + "'");
    std::ofstream(folder + "/answers.yaml") << "rubric: platform-health\n";
    const auto run = run_gait({"trend", "--git", folder + "/answers.yaml", "--rubric", rubric});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, StartsWith("gait: error: " + folder + "/answers.yaml"));
    CHECK(run.err.find('\n') == run.err.size() - 1);
    std::system(("rm -rf '" + folder + "'").c_str());
}
