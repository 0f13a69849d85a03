// gait migrate on the 1.0 example (data/examples/walk-1.0.yaml): in place, again,
// to stdout and to another file, and a file it must refuse; gait assess on 1.0
// answers; gait rubric lint on a rubric whose migration keys are broken.

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using gait::test::count;
using gait::test::lines_of;
using gait::test::read_text;
using gait::test::run_gait;
using gait::test::source_path;

namespace {

const std::string walk_1_0 = "data/examples/walk-1.0.yaml";

const std::string summary =
    "answers for version 1.0 of 'sre-maturity' read under version 2.0: 8 carried over, 7 split "
    "into 14 to confirm, 2 dropped (removed)";

std::string scratch(const std::string& name) {
    return "/tmp/gait-e2e-migrate-" + std::to_string(::getpid()) + "-" + name;
}

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    REQUIRE(out.good());
}

// A scratch copy of walk-1.0.yaml, removed at the end of the test.
struct ScratchCopy {
    std::string path;
    explicit ScratchCopy(const std::string& name, const std::string& extra = {})
        : path(scratch(name)) {
        write_text(path, read_text(source_path(walk_1_0)) + extra);
    }
    ~ScratchCopy() { std::remove(path.c_str()); }
    ScratchCopy(const ScratchCopy&) = delete;
    ScratchCopy& operator=(const ScratchCopy&) = delete;
};

const std::string removed_as_comments =
    "\n# Answers to questions version 2.0 of the rubric removed, kept for reference:\n"
    "#  crawl.people.mantras: \"yes\"\n"
    "#  crawl.oncall.schedule-fits-slo: \"yes\"\n";

}  // namespace

TEST_CASE("gait migrate rewrites a 1.0 answers file in place for version 2.0") {
    const ScratchCopy file("walk.yaml");
    const std::string original = read_text(file.path);
    const auto run = run_gait({"migrate", file.path});
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(run.err == "gait: warning: " + file.path + ": " + summary + "\n" + "gait: " + file.path +
                         " now answers version 2.0 of 'sre-maturity'\n");

    const std::string migrated = read_text(file.path);
    const std::vector<std::string> lines = lines_of(migrated);
    REQUIRE(lines.size() > 3);
    // The comment the file started with stays on top.
    CHECK(lines[0] == lines_of(original)[0]);
    CHECK_THAT(lines[0], StartsWith("# Rubric 1.0 answers"));
    CHECK_THAT(migrated, Contains("rubric:\n  id: \"sre-maturity\"\n  version: \"2.0\"\n"));
    CHECK(migrated.find("version: \"1.0\"") == std::string::npos);
    CHECK(count(migrated, "carried_from:") == 14);
    CHECK_THAT(migrated, Contains("    carried_from: \"walk.observability.actionable-alerts\"\n"));
    // The removed answers end the file, as comments.
    REQUIRE(migrated.size() > removed_as_comments.size());
    CHECK(migrated.substr(migrated.size() - removed_as_comments.size()) == removed_as_comments);
    // Every note is still there.
    CHECK_THAT(migrated, Contains("Tagged RCA library with 41 entries since 2023."));
    CHECK_THAT(migrated, Contains("https://wiki.example.com/payments/rca"));
    // No old id is left outside the comments.
    CHECK(migrated.find("\n  crawl.people.communication-hiring") == std::string::npos);
    CHECK(migrated.find("\n  walk.observability.actionable-alerts") == std::string::npos);

    SECTION("assess reads it with no warning, the split answers to confirm") {
        const auto assess = run_gait({"assess", "--answers", file.path});
        CHECK(assess.exit_code == 0);
        CHECK(assess.err.empty());
        CHECK_THAT(assess.out,
                   Contains("To confirm: 14 answers carried over from a question now split"));
    }
    SECTION("migrate again has nothing to change and leaves the bytes") {
        const auto again = run_gait({"migrate", file.path});
        CHECK(again.exit_code == 0);
        CHECK(again.out.empty());
        CHECK(again.err ==
              "gait: " + file.path +
                  " is already for version 2.0 of 'sre-maturity'; nothing to change\n");
        CHECK(read_text(file.path) == migrated);
    }
}

TEST_CASE("gait migrate -o - prints the migrated file and leaves the source as it is") {
    const ScratchCopy file("stdout.yaml");
    const std::string original = read_text(file.path);
    const auto run = run_gait({"migrate", file.path, "-o", "-"});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "gait: warning: " + file.path + ": " + summary + "\n");
    CHECK(read_text(file.path) == original);
    CHECK_THAT(run.out, StartsWith("# Rubric 1.0 answers"));
    CHECK_THAT(run.out, Contains("  version: \"2.0\"\n"));
    CHECK(count(run.out, "carried_from:") == 14);
    CHECK_THAT(run.out, Contains(removed_as_comments));

    SECTION("-o OUT writes the same to OUT") {
        const std::string out = scratch("out.yaml");
        std::remove(out.c_str());
        const auto written = run_gait({"migrate", file.path, "-o", out});
        CHECK(written.exit_code == 0);
        CHECK(written.out.empty());
        CHECK(read_text(out) == run.out);
        CHECK(read_text(file.path) == original);
        std::remove(out.c_str());
    }
    SECTION("the repository's example itself is left as it is") {
        const std::string example = read_text(source_path(walk_1_0));
        const auto example_run = run_gait({"migrate", walk_1_0, "-o", "-"});
        CHECK(example_run.exit_code == 0);
        CHECK(example_run.out == run.out);
        CHECK(read_text(source_path(walk_1_0)) == example);
    }
}

TEST_CASE("gait migrate refuses a file with an id no migration key names") {
    const ScratchCopy file("unknown.yaml", "  crawl.people.no-such-question: \"yes\"\n");
    const std::string original = read_text(file.path);
    const std::size_t line = lines_of(original).size();
    const auto run = run_gait({"migrate", file.path});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    REQUIRE(lines_of(run.err).size() == 1);
    CHECK_THAT(run.err, StartsWith("gait: error: " + file.path + ":" + std::to_string(line) +
                                   ":3: unknown question id 'crawl.people.no-such-question'"));
    CHECK(read_text(file.path) == original);
}

TEST_CASE("gait assess reads 1.0 answers with one warning and the carried answers to confirm") {
    const auto run = run_gait({"assess", "--answers", walk_1_0});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "gait: warning: " + walk_1_0 + ": " + summary + "; run 'gait migrate " +
                         walk_1_0 + "' to rewrite the file for version 2.0\n");
    CHECK_THAT(run.out, Contains("To confirm: 14 answers carried over from a question now split"));
    CHECK_THAT(run.out, Contains(" · to confirm"));
    CHECK_THAT(run.out, Contains("Carried from: walk.observability.actionable-alerts"));

    SECTION("the JSON report marks the 14 carried answers") {
        const auto json_run = run_gait({"assess", "--answers", walk_1_0, "--format", "json"});
        CHECK(json_run.exit_code == 0);
        CHECK(json_run.err == run.err);
        const nlohmann::json report = nlohmann::json::parse(json_run.out);
        std::size_t carried = 0;
        for (const nlohmann::json& question : report.at("questions")) {
            if (!question.contains("carried_from")) continue;
            ++carried;
            CHECK(question.at("carried_from").is_string());
            CHECK_FALSE(question.at("carried_from").get<std::string>().empty());
        }
        CHECK(carried == 14);
        // Only when set: the gaps carry it where the question was carried over.
        for (const nlohmann::json& gap : report.at("gaps")) {
            if (!gap.contains("carried_from")) continue;
            CHECK_FALSE(gap.at("carried_from").get<std::string>().empty());
        }
    }
}

TEST_CASE("rubric lint lists each problem of a rubric's migration keys") {
    const std::string file = "tests/data/bad/rubric-migration.yaml";
    const auto run = run_gait({"rubric", "lint", file});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    const std::string e = "gait: error: " + file + ":";
    const std::string both = "; an id is either a question or an earlier one, not both\n";
    CHECK(run.err ==
          e +
              "13:5: earlier question 'one.old' is named twice: by 'replaces' on line 33, and by "
              "'removed'; an earlier question is renamed once, split, or removed\n" +
              e + "14:5: 'removed' names 'one.f', which is still a question of this rubric" + both +
              e + "16:5: phase 'one' has area_floor 2, outside [0,1]\n" + e +
              "21:9: question 'one.a' replaces 'one.b', which replaces it in turn (a cycle)" +
              both + e +
              "25:9: question 'one.b' replaces 'one.a', which replaces it in turn (a cycle)" +
              both + e +
              "29:9: 'split_from' names 'one.a', which is still a question of this rubric" + both +
              "gait: " + file + ": 6 problems\n");
}

TEST_CASE("gait migrate on a file gait wrote for 1.0 writes gait's header comment once") {
    // What render_answers wrote for version 1.0: its own header comment on top.
    std::string text = read_text(source_path(walk_1_0));
    text.replace(0, text.find('\n'), "# Answers to \"SRE Maturity Model\", written by gait.");
    const std::string path = scratch("written-by-gait.yaml");
    write_text(path, text);
    const auto run = run_gait({"migrate", path, "-o", "-"});
    std::remove(path.c_str());
    CHECK(run.exit_code == 0);
    CHECK(count(run.out, "# Answers to \"SRE Maturity Model\", written by gait.\n") == 1);
}

TEST_CASE("migrate keeps an exemption's reason and end and a not-applicable reason") {
    std::string text = read_text(source_path(walk_1_0));
    const std::string plain = "  crawl.people.sre-advocate: \"yes\"\n";
    REQUIRE(text.find(plain) != std::string::npos);
    text.replace(text.find(plain), plain.size(),
                 "  crawl.people.sre-advocate: {answer: exempt, reason: \"No SRE yet\", until: "
                 "2027-03-01}\n");
    const std::string input = scratch("exempt.yaml");
    const std::string output = scratch("exempt-2.0.yaml");
    write_text(input, text);
    const auto run = run_gait({"migrate", input, "-o", output});
    CHECK(run.exit_code == 0);
    CHECK_THAT(read_text(output), Contains("  crawl.people.sre-advocate:\n"
                                           "    answer: \"exempt\"\n"
                                           "    reason: \"No SRE yet\"\n"
                                           "    until: \"2027-03-01\"\n"));
    std::remove(input.c_str());
    std::remove(output.c_str());
}
