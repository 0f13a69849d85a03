#include "gait/load/answers_store.hpp"

#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"
#include "gait/util/limits.hpp"

namespace {

std::string scratch(const std::string& name) {
    const std::string path = "/tmp/gait-unit-store-" + std::to_string(::getpid()) + "-" + name;
    std::remove(path.c_str());
    return path;
}

gait::Rubric five_level() {
    return gait::load_rubric_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
}

const char* const commented =
    "# our team's answers\n"
    "rubric: platform-health\n"
    "team: Ops\n"
    "date: 2026-11-01\n"
    "answers:\n"
    "  bronze.build.ci: done  # since March\n";

// A store opened on `commented`, written at a scratch path removed at the end.
struct Opened {
    gait::Rubric rubric = five_level();
    std::string path;
    std::optional<gait::Answers> answers;
    gait::AnswersStore store;

    explicit Opened(const std::string& name) : path(scratch(name)) {
        std::ofstream(path) << commented;
        store = gait::open_answers_store(path, rubric, answers);
        REQUIRE(answers);
    }
    ~Opened() { std::remove(path.c_str()); }
};

}  // namespace

TEST_CASE("a store with no file yet reads no answers and writes a new file", "[answers_store]") {
    const gait::Rubric rubric = five_level();
    const std::string path = scratch("new.yaml");
    std::optional<gait::Answers> answers;
    gait::AnswersStore store = gait::open_answers_store(path, rubric, answers);
    CHECK_FALSE(answers);
    CHECK_FALSE(store.known);
    gait::Answers mine;
    mine.team = "Ops";
    mine.date = "2026-11-30";
    mine.answers.push_back({"bronze.build.ci", "half", "", "", {}});
    gait::save_answers(store, rubric, mine);
    CHECK(store.saves == 1);
    REQUIRE(store.known);
    CHECK(gait::read_file(path) == *store.known);
    CHECK(gait::load_answers_file(path, rubric).answers.at(0).choice == "half");
    std::remove(path.c_str());
}

TEST_CASE("a store saves in place, keeping comments, save after save", "[answers_store]") {
    Opened o("commented.yaml");
    auto& [rubric, path, answers, store] = o;
    CHECK(answers->team == "Ops");
    answers->answers.push_back({"bronze.operate.alerts", "half", "", "", {}});
    gait::save_answers(store, rubric, *answers);
    answers->answers.back().choice = "done";
    gait::save_answers(store, rubric, *answers);
    CHECK(store.saves == 2);
    CHECK(gait::read_file(path) ==
          "# our team's answers\n"
          "rubric: platform-health\n"
          "team: Ops\n"
          "date: 2026-11-01\n"
          "answers:\n"
          "  bronze.build.ci: done  # since March\n"
          "  bronze.operate.alerts: \"done\"\n");
}

TEST_CASE("a store never overwrites a file someone else changed", "[answers_store]") {
    Opened o("theirs.yaml");
    auto& [rubric, path, answers, store] = o;
    const std::string theirs = std::string(commented) + "  bronze.operate.backups: skip\n";
    std::ofstream(path) << theirs;  // an editor saves meanwhile
    answers->answers.push_back({"bronze.operate.alerts", "half", "", "", {}});
    CHECK_THROWS_WITH(gait::save_answers(store, rubric, *answers),
                      path +
                          ": changed by someone else since gait last saved it, so gait left it "
                          "as it is and saved your answers in " +
                          path + ".mine; compare the two, keep what is right in " + path +
                          ", then run the questionnaire again to go on");
    CHECK(gait::read_file(path) == theirs);
    CHECK(gait::read_file(path + ".mine") ==
          std::string(commented) + "  bronze.operate.alerts: \"half\"\n");
    CHECK(store.saves == 0);
    // A second conflict takes the next side file, never replacing the first.
    CHECK_THROWS_WITH(gait::save_answers(store, rubric, *answers),
                      Catch::Matchers::Contains("saved your answers in " + path + ".mine-2;"));
    std::remove((path + ".mine").c_str());
    std::remove((path + ".mine-2").c_str());
}

TEST_CASE("a store counts a deleted file as changed", "[answers_store]") {
    Opened o("deleted.yaml");
    auto& [rubric, path, answers, store] = o;
    std::remove(path.c_str());
    CHECK_THROWS_WITH(gait::save_answers(store, rubric, *answers),
                      Catch::Matchers::Contains("changed by someone else"));
    CHECK(::access(path.c_str(), F_OK) != 0);
    CHECK(gait::read_file(path + ".mine") == commented);
    std::remove((path + ".mine").c_str());
}

TEST_CASE("a store refuses a file of another rubric at open", "[answers_store]") {
    const gait::Rubric rubric = five_level();
    const std::string path = scratch("other.yaml");
    std::ofstream(path) << "rubric: sre-maturity\nteam: Ops\ndate: 2026-11-01\nanswers: {}\n";
    std::optional<gait::Answers> answers;
    CHECK_THROWS_WITH(gait::open_answers_store(path, rubric, answers),
                      Catch::Matchers::Contains("answers are for rubric 'sre-maturity'"));
    std::remove(path.c_str());
}

TEST_CASE("a store writes nothing gait could not read back, and keeps what was saved",
          "[answers_store]") {
    Opened o("long-note.yaml");
    auto& [rubric, path, answers, store] = o;
    answers->answers.push_back(
        {"bronze.operate.alerts", "half", std::string(gait::limits::text_bytes + 1, 'x'), "", {}});
    CHECK_THROWS_WITH(
        gait::save_answers(store, rubric, *answers),
        Catch::Matchers::StartsWith(
            path + ": not saved, since gait could not read the file back: a value of "));
    CHECK(gait::read_file(path) == commented);
    CHECK(store.saves == 0);
    // A note at the limit is saved and reads back whole.
    answers->answers.back().note = std::string(gait::limits::text_bytes, 'x');
    gait::save_answers(store, rubric, *answers);
    CHECK(gait::load_answers_file(path, rubric).answers.back().note.size() ==
          gait::limits::text_bytes);
}
