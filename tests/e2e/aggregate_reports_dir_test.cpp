// gait aggregate --reports-dir: a team report per team and index.html linking them.

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "run_gait.hpp"

using Catch::Matchers::Contains;
using gait::test::read_text;
using gait::test::run_gait;

namespace {

namespace fs = std::filesystem;

const std::string tagged = "tests/data/tagged-teams";

std::string scratch_dir(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("gait-e2e-reports-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    return dir.string();
}

std::set<std::string> files_in(const std::string& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.insert(entry.path().filename().string());
    return names;
}

}  // namespace

TEST_CASE("aggregate --reports-dir writes each team's report and an index linking them") {
    const std::string dir = scratch_dir("all");
    const auto run = run_gait({"aggregate", tagged, "--by", "org:", "--reports-dir", dir});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(run.err.empty());
    CHECK(files_in(dir) == std::set<std::string>{"index.html", "build-tools.html", "catalog.html",
                                                 "checkout.html", "ledger.html",
                                                 "payments-api.html", "recommendations.html",
                                                 "search-platform.html"});
    // Every link of the index resolves to a file beside it.
    const std::string index = read_text(dir + "/index.html");
    const std::regex link("<a href=\"([^\"]*)\">([^<]*)</a>");
    std::set<std::string> targets;
    for (auto it = std::sregex_iterator(index.begin(), index.end(), link);
         it != std::sregex_iterator(); ++it) {
        targets.insert((*it)[1]);
        CHECK(fs::exists(dir + "/" + (*it)[1].str()));
    }
    CHECK(targets.size() == 7);
    CHECK_THAT(index, Contains("<a href=\"checkout.html\">Checkout</a>"));
    // The team report is the one gait assess writes.
    const auto assess =
        run_gait({"assess", "--answers", tagged + "/checkout.yaml", "--format", "html"});
    CHECK(read_text(dir + "/checkout.html") == assess.out);
    fs::remove_all(dir);
}

TEST_CASE("aggregate --reports-dir refuses another format and -o") {
    const std::string dir = scratch_dir("refused");
    for (const std::vector<std::string>& extra :
         {std::vector<std::string>{"--format", "json"}, std::vector<std::string>{"-f", "text"},
          std::vector<std::string>{"-o", dir + ".html"}}) {
        std::vector<std::string> args = {"aggregate", tagged, "--reports-dir", dir};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto run = run_gait(args);
        CHECK(run.exit_code == 2);
        CHECK_THAT(run.err, Contains("--reports-dir writes HTML"));
    }
    CHECK_FALSE(fs::exists(dir));
    const auto html = run_gait({"aggregate", tagged, "--reports-dir", dir, "--format", "html"});
    CHECK(html.exit_code == 0);
    fs::remove_all(dir);
}

TEST_CASE("aggregate --reports-dir writes a merged team's report from all its respondents") {
    const std::string dir = scratch_dir("respondents");
    const auto run = run_gait({"aggregate", "tests/data/respondents", "--reports-dir", dir});
    REQUIRE(run.exit_code == 0);
    CHECK(files_in(dir) == std::set<std::string>{"index.html", "payments-api.html"});
    // The report gait assess makes of the three files, not of the first alone.
    const auto merged = run_gait({"assess", "tests/data/respondents", "--format", "html"});
    CHECK(read_text(dir + "/payments-api.html") == merged.out);
    CHECK_THAT(merged.out, Contains("Ben Okafor"));
    fs::remove_all(dir);
}

TEST_CASE("aggregate --reports-dir replaces its own reports and refuses to replace another file") {
    const std::string dir = scratch_dir("replace");
    REQUIRE(run_gait({"aggregate", tagged, "--reports-dir", dir}).exit_code == 0);
    // A second run replaces what the first wrote.
    REQUIRE(run_gait({"aggregate", tagged, "--reports-dir", dir}).exit_code == 0);
    // A file of someone else's where a report would go: refused, nothing written.
    const std::string theirs = dir + "/checkout.html";
    { std::ofstream(theirs) << "<p>our own notes</p>\n"; }
    fs::remove(dir + "/catalog.html");
    gait::test::check_refused({"aggregate", tagged, "--reports-dir", dir},
                              theirs +
                                  ": is not a report gait wrote, and --reports-dir would "
                                  "replace it; write the reports into an empty directory, or "
                                  "move the file away");
    CHECK(read_text(theirs) == "<p>our own notes</p>\n");
    CHECK_FALSE(fs::exists(dir + "/catalog.html"));
    fs::remove_all(dir);
}

TEST_CASE("aggregate --reports-dir refuses standard input which it cannot read twice") {
    gait::test::check_refused({"aggregate", "-", "--reports-dir", scratch_dir("stdin")},
                              "--reports-dir reads each team's files again, and standard input "
                              "cannot be read twice; save the answers to a file and name it");
}
