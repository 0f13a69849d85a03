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

// An empty repository in a temporary folder, and commits of files into it.
struct GitFolder {
    std::string folder;
    std::vector<std::string> commits;  // the answers file's commits, oldest first (short ids)

    explicit GitFolder(const std::string& name)
        : folder("/tmp/gait-e2e-trend-git-" + name + "-" + std::to_string(::getpid())) {
        shell("rm -rf '" + folder + "' && mkdir -p '" + folder + "' && cd '" + folder +
              "' && git init -q && git config user.name Tester && git config user.email "
              "tester@example.com && git config commit.gpgsign false");
    }
    ~GitFolder() { std::system(("rm -rf '" + folder + "'").c_str()); }

    void commit_file(const std::string& data, const std::string& date,
                     const std::string& file = "answers.yaml") {
        commit_text(
            file, gait::test::read_text(gait::test::source_path("tests/data/trend/" + data)), date);
    }

    void commit_text(const std::string& file, const std::string& text, const std::string& date) {
        shell("mkdir -p \"$(dirname '" + folder + "/" + file + "')\"");
        std::ofstream(folder + "/" + file) << text;
        commit(date);
    }

    void commit(const std::string& date) {
        shell("cd '" + folder + "' && git add -A && GIT_AUTHOR_DATE='" + date +
              "' GIT_COMMITTER_DATE='" + date + "' git commit -q -m 'answers of " + date + "'");
        commits.push_back(output_of("git -C '" + folder + "' rev-parse HEAD").substr(0, 7));
    }

    std::string answers() const { return folder + "/answers.yaml"; }
};

// answers.yaml committed on each date of `versions` (the file's content from
// tests/data/trend, or broken YAML), and a README committed in April, which
// changes no answers file.
struct Repository : GitFolder {
    Repository() : GitFolder("history") {
        commit_file("checkout-2026-01.yaml", "2026-01-15T10:00:00+00:00");
        commit_text("answers.yaml", "answers: [unclosed\n", "2026-02-10T10:00:00+00:00");
        commit_file("checkout-2026-03.yaml", "2026-03-15T10:00:00+00:00");
        commit_text("README", "the Checkout team's answers\n", "2026-04-01T10:00:00+00:00");
        commits.pop_back();  // the README's commit is no point of the trend
        commit_file("checkout-2026-06.yaml", "2026-06-15T10:00:00+00:00");
        commit_file("checkout-2026-09.yaml", "2026-09-15T23:30:00-02:00");  // the 16th in UTC
    }
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

namespace {

std::string respondent_file(const std::string& name) {
    return gait::test::read_text(gait::test::source_path("tests/data/respondents/" + name));
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// tests/data/respondents committed as the reviewer did: Ana and Ben, then
// Chloe the same day, then a later change to Ana's file alone.
struct TeamFolder : GitFolder {
    TeamFolder() : GitFolder("team") {
        std::ofstream(folder + "/README") << "not answers\n";
        shell("mkdir -p '" + folder + "/payments'");
        std::ofstream(folder + "/payments/ana.yaml") << respondent_file("ana.yaml");
        std::ofstream(folder + "/payments/ben.yaml") << respondent_file("ben.yaml");
        commit("2026-11-18T09:00:00+00:00");
        commit_text("payments/chloe.yaml", respondent_file("chloe.yaml"),
                    "2026-11-18T15:00:00+00:00");
        const std::string ana =
            replaced(replaced(respondent_file("ana.yaml"), "date: 2026-11-18", "date: 2026-12-01"),
                     "    answer: \"partly\"\n    note: \"Interviews",
                     "    answer: \"yes\"\n    note: \"Interviews");
        commit_text("payments/ana.yaml", ana, "2026-12-01T10:00:00+00:00");
    }
    std::string team() const { return folder + "/payments"; }
};

}  // namespace

TEST_CASE("trend --git on a folder makes each commit a point of the whole team", "[git]") {
    const TeamFolder repository;
    const auto run = run_gait({"trend", "--git", repository.team(), "-f", "json"});
    REQUIRE(run.exit_code == 0);
    const auto json = nlohmann::json::parse(run.out);
    const auto& points = json["points"];
    CHECK(values_of(points, "commit") == repository.commits);
    const std::vector<std::string> all = {"Ana Lima", "Ben Okafor", "Chloe Martin"};
    CHECK(points[0]["respondents"] == std::vector<std::string>{"Ana Lima", "Ben Okafor"});
    CHECK(points[1]["respondents"] == all);
    // Ana's commit alone: still the three of them, Ben's and Chloe's files as they stood.
    CHECK(points[2]["respondents"] == all);
    CHECK(points[2]["date"] == "2026-12-01");
    // The latest point is the team gait assess sees in the folder now.
    const auto now = run_gait({"assess", repository.team(), "-f", "json"});
    const auto assessed = nlohmann::json::parse(now.out);
    CHECK(points[2]["placement"] == assessed["placement"]["phase"]);
    CHECK(json["teams"][0]["placement"] == assessed["placement"]["phase"]);
    for (std::size_t p = 0; p < assessed["phases"].size(); ++p) {
        CHECK(points[2]["phases"][p]["score"].get<double>() ==
              Approx(assessed["phases"][p]["score"].get<double>()).margin(0.00005));
    }
    // The gate sees no fall: Ana's one better answer is no regression of the team.
    const auto gate = run_gait({"trend", "--git", repository.team(), "--fail-on-regression"});
    CHECK(gate.exit_code == 0);
    CHECK(gate.err.empty());
    // --max 1 reads the latest commit, with the other files as they stood before it.
    const auto latest = run_gait({"trend", "--git", repository.team(), "--max", "1", "-f", "json"});
    REQUIRE(latest.exit_code == 0);
    CHECK(nlohmann::json::parse(latest.out)["points"][0]["respondents"] == all);
}

TEST_CASE("trend --git on a folder drops a deleted file from the team's later points", "[git]") {
    TeamFolder repository;
    std::remove((repository.folder + "/payments/ben.yaml").c_str());
    repository.commit("2026-12-02T10:00:00+00:00");
    const auto run = run_gait({"trend", "--git", repository.team(), "-f", "json"});
    REQUIRE(run.exit_code == 0);
    const auto json = nlohmann::json::parse(run.out);
    const auto& points = json["points"];
    REQUIRE(points.size() == 4);
    CHECK(points[3]["commit"] == repository.commits.back());
    CHECK(points[3]["respondents"] == std::vector<std::string>{"Ana Lima", "Chloe Martin"});
}

TEST_CASE("trend --git --max counts versions that read, past a broken one", "[git]") {
    // Jun, then Sep (area Build fell from Gold to Silver), then a broken commit.
    GitFolder broken_last("broken-last");
    broken_last.commit_file("checkout-2026-06.yaml", "2026-06-15T10:00:00+00:00");
    broken_last.commit_file("checkout-2026-09.yaml", "2026-09-15T10:00:00+00:00");
    broken_last.commit_text("answers.yaml", "answers: [unclosed\n", "2026-10-01T10:00:00+00:00");
    const std::vector<std::string>& c = broken_last.commits;
    for (const bool most : {false, true}) {
        std::vector<std::string> args = {"trend",    "--git", broken_last.answers(),
                                         "--rubric", rubric,  "--fail-on-regression",
                                         "-f",       "json"};
        if (most) args.insert(args.end(), {"--max", "2"});
        // The latest version cannot be read: the gate cannot pass, exit 2, naming it.
        const auto run = run_gait(args);
        CHECK(run.exit_code == 2);
        CHECK_THAT(run.err, StartsWith("gait: error: " + broken_last.answers() + "@" + c[2]));
        CHECK_THAT(run.err, Contains("the latest version of 1 file cannot be read"));
        const auto json = nlohmann::json::parse(run.out);
        CHECK(values_of(json["points"], "commit") == std::vector<std::string>{c[0], c[1]});
        CHECK(json["skipped"].size() == 1);
        // With --keep-going it is a warning, and the gate judges the versions that read.
        args.push_back("--keep-going");
        const auto kept = run_gait(args);
        CHECK(kept.exit_code == 1);
        CHECK_THAT(kept.err, StartsWith("gait: warning: " + broken_last.answers() + "@" + c[2]));
        CHECK_THAT(kept.err, Contains("area Build fell from Gold to Silver"));
    }

    // Jun, a broken commit, then Sep: --max 2 reads Jun and Sep, as the whole history does.
    GitFolder broken_between("broken-between");
    broken_between.commit_file("checkout-2026-06.yaml", "2026-06-15T10:00:00+00:00");
    broken_between.commit_text("answers.yaml", "answers: [unclosed\n", "2026-07-01T10:00:00+00:00");
    broken_between.commit_file("checkout-2026-09.yaml", "2026-09-15T10:00:00+00:00");
    const auto most = run_gait({"trend", "--git", broken_between.answers(), "--rubric", rubric,
                                "--max", "2", "--fail-on-regression", "-f", "json"});
    CHECK(most.exit_code == 1);
    CHECK(values_of(nlohmann::json::parse(most.out)["points"], "commit") ==
          std::vector<std::string>{broken_between.commits[0], broken_between.commits[2]});
    CHECK_THAT(most.err, Contains("gait: warning: " + broken_between.answers() + "@" +
                                  broken_between.commits[1]));
}

TEST_CASE("trend --git follows a file across a rename", "[git]") {
    GitFolder repository("rename");
    repository.commit_file("checkout-2026-06.yaml", "2026-06-15T10:00:00+00:00", "old.yaml");
    shell("cd '" + repository.folder + "' && git mv old.yaml answers.yaml");
    repository.commit("2026-07-01T10:00:00+00:00");
    repository.commit_file("checkout-2026-09.yaml", "2026-09-15T10:00:00+00:00");
    const auto run = run_gait({"trend", "--git", repository.answers(), "--rubric", rubric,
                               "--fail-on-regression", "-f", "json"});
    // The regression from June (under the old name) to September is seen.
    CHECK(run.exit_code == 1);
    CHECK(values_of(nlohmann::json::parse(run.out)["points"], "commit") == repository.commits);
}

TEST_CASE("trend --git names a path with no history in plain words", "[git]") {
    const Repository repository;
    const auto missing =
        run_gait({"trend", "--git", repository.folder + "/nonexist.yaml", "--rubric", rubric});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "gait: error: " + repository.folder +
                             "/nonexist.yaml: does not exist and has no committed version; name "
                             "an answers file or folder committed to git\n");
    const auto since = run_gait(
        {"trend", "--git", repository.answers(), "--rubric", rubric, "--since", "2027-01-01"});
    CHECK(since.exit_code == 2);
    CHECK_THAT(since.err, Contains("has no committed version that reads in the commits chosen; "
                                   "widen --since or --max"));
}
