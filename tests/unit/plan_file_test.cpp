#include "gait/load/plan_file.hpp"

#include <cstdio>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"

namespace {

using gait::PlanChanges;
using gait::PlanEntry;
using gait::PlanStatus;

// A plan as people leave it: comments, an owner, a wontdo, a bare item.
const char* const typed =
    "# our plan\n"
    "gait-plan: 1\n"
    "items:\n"
    "  alpha/slo.defined:  # the big one\n"
    "    title: Are SLOs defined?\n"
    "    status: doing\n"
    "    owner: alice   # FinOps\n"
    "    due: 2026-06-30\n"
    "\n"
    "  # kept for later\n"
    "  alpha/ops.pager:\n"
    "    status: wontdo\n"
    "    reason: the vendor pages us\n"
    "  beta/ops.pager:\n";

std::string error_of(const std::string& text) {
    try {
        (void)gait::read_plan_file(text, "plan.yaml");
    } catch (const gait::Error& e) {
        return gait::format_diagnostic(e.diagnostic());
    }
    return "no error";
}

PlanEntry entry(const std::string& id, const std::string& title) {
    PlanEntry added;
    added.id = id;
    added.title = title;
    return added;
}

}  // namespace

TEST_CASE("read_plan_file reads each item's fields in file order", "[plan_file]") {
    const std::vector<PlanEntry> entries = gait::read_plan_file(typed, "plan.yaml");
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].id == "alpha/slo.defined");
    CHECK(entries[0].title == "Are SLOs defined?");
    CHECK(entries[0].status == PlanStatus::doing);
    CHECK(entries[0].owner == "alice");
    CHECK(entries[0].due == "2026-06-30");
    CHECK(entries[0].id_at.line == 4);
    CHECK(entries[1].status == PlanStatus::wontdo);
    CHECK(entries[1].reason == "the vendor pages us");
    CHECK(entries[2].id == "beta/ops.pager");
    CHECK(entries[2].status == PlanStatus::todo);
    CHECK(gait::plan_id_team("Team A/x.y") == "Team A");
    CHECK(gait::plan_id_question("Team A/x.y") == "x.y");
}

TEST_CASE("read_plan_file names the line and column of what is wrong", "[plan_file]") {
    CHECK(error_of("items:\n  a/b:\n    status: finished\n") ==
          "plan.yaml:3:13: unknown status 'finished'; a status is todo, doing, done or wontdo");
    CHECK(error_of("items:\n  a/b:\n    status: wontdo\n") ==
          "plan.yaml:3:13: item 'a/b' is wontdo without a reason; add reason: and say why the "
          "team will not do it");
    CHECK(error_of("items:\n  a/b:\n    due: 2026-02-30\n") ==
          "plan.yaml:3:10: due '2026-02-30' is not a date; write dates as YYYY-MM-DD");
    CHECK(error_of("items:\n  a/b:\n  a/b:\n").rfind("plan.yaml:3:3: duplicate key 'a/b'", 0) == 0);
    CHECK(error_of("items:\n  nopart:\n").rfind("plan.yaml:2:3: item id 'nopart' is not", 0) == 0);
    CHECK(error_of("items:\n  a/b:\n    ownr: x\n").rfind("plan.yaml:3:5:", 0) == 0);
    CHECK(error_of("gait-plan: 2\n").rfind("plan.yaml:1:12: gait-plan '2'", 0) == 0);
}

TEST_CASE("edit_plan_text marks a closed item done and keeps every other byte", "[plan_file]") {
    PlanChanges changes;
    changes.closed.push_back({"alpha/slo.defined", "2026-03-01"});
    const std::string edited = gait::edit_plan_text(typed, "plan.yaml", changes);
    std::string expected = typed;
    expected.replace(expected.find("status: doing"), 13, "status: done");
    expected.insert(expected.find("\n\n  # kept") + 1, "    closed: \"2026-03-01\"\n");
    CHECK(edited == expected);
}

TEST_CASE("edit_plan_text reopens an item gait closed and restores the file", "[plan_file]") {
    PlanChanges close;
    close.closed.push_back({"alpha/slo.defined", "2026-03-01"});
    const std::string closed = gait::edit_plan_text(typed, "plan.yaml", close);
    PlanChanges reopen;
    reopen.reopened.push_back("alpha/slo.defined");
    const std::string reopened = gait::edit_plan_text(closed, "plan.yaml", reopen);
    std::string expected = typed;
    expected.replace(expected.find("status: doing"), 13, "status: todo");
    CHECK(reopened == expected);
}

TEST_CASE("edit_plan_text adds new items at the end and fields to a bare item", "[plan_file]") {
    PlanChanges changes;
    changes.added.push_back(entry("alpha/new.one", "A \"new\" gap"));
    changes.closed.push_back({"beta/ops.pager", "2026-03-01"});
    const std::string edited = gait::edit_plan_text(typed, "plan.yaml", changes);
    CHECK(edited == std::string(typed) +
                        "    status: done\n"
                        "    closed: \"2026-03-01\"\n"
                        "  \"alpha/new.one\":\n"
                        "    title: \"A \\\"new\\\" gap\"\n"
                        "    status: todo\n");
}

TEST_CASE("edit_plan_text writes a new file, or one anew when it cannot edit in place",
          "[plan_file]") {
    PlanChanges changes;
    changes.added.push_back(entry("a/b", "B?"));
    const std::string fresh = gait::edit_plan_text("", "plan.yaml", changes);
    CHECK(fresh.rfind("# gait plan:", 0) == 0);
    CHECK(fresh.find("gait-plan: 1\nitems:\n  \"a/b\":\n    title: \"B?\"\n    status: todo\n") !=
          std::string::npos);
    // A flow mapping is not edited in place: the values survive, the layout does not.
    const std::string flow = "items: {a/c: {status: doing, owner: bob}}\n";
    const std::string rendered = gait::edit_plan_text(flow, "plan.yaml", changes);
    const std::vector<PlanEntry> entries = gait::read_plan_file(rendered, "plan.yaml");
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].owner == "bob");
    CHECK(entries[0].status == PlanStatus::doing);
    CHECK(entries[1].id == "a/b");
    // An empty items: gets its first items under it.
    CHECK(gait::edit_plan_text("# mine\nitems:\n", "plan.yaml", changes) ==
          "# mine\nitems:\n  \"a/b\":\n    title: \"B?\"\n    status: todo\n");
}

TEST_CASE("save_plan_file never replaces a plan someone changed since gait read it",
          "[plan_file]") {
    const std::string path = "/tmp/gait-unit-plan-" + std::to_string(::getpid()) + ".yaml";
    gait::write_file_atomically(path, "items:\n");
    gait::save_plan_file(path, std::string("items:\n"), "items:\n  a/b:\n");
    CHECK(gait::read_file(path) == "items:\n  a/b:\n");
    // Someone's editor saved the file after gait read "items:\n".
    CHECK_THROWS_WITH(gait::save_plan_file(path, std::string("items:\n"), "items:\n  a/c:\n"),
                      Catch::Contains("changed by someone else"));
    CHECK(gait::read_file(path) == "items:\n  a/b:\n");
    // A file that appeared where there was none is someone else's too.
    CHECK_THROWS(gait::save_plan_file(path, std::nullopt, "items:\n"));
    std::remove(path.c_str());
}

TEST_CASE("read_plan reads each team's date of its latest assessment merged", "[plan_file]") {
    const gait::PlanFileContent content = gait::read_plan(
        "gait-plan: 1\nassessed:\n  \"Team A\": \"2026-12-01\"\n  beta: "
        "2026-11-02\nitems:\n  a/b:\n",
        "plan.yaml");
    REQUIRE(content.assessed.size() == 2);
    CHECK(content.assessed[0].team == "Team A");
    CHECK(content.assessed[0].date == "2026-12-01");
    CHECK(content.assessed[0].at.line == 3);
    CHECK(content.assessed[0].at.column == 13);
    CHECK(content.assessed[1].team == "beta");
    CHECK(content.items.size() == 1);
    // A file of an earlier gait has none.
    CHECK(gait::read_plan(typed, "plan.yaml").assessed.empty());
    CHECK(error_of("assessed:\n  a: 2026-13-01\n") ==
          "plan.yaml:2:6: assessed '2026-13-01' is not a date; write dates as YYYY-MM-DD");
    CHECK(error_of("assessed: [a]\n").rfind("plan.yaml:1:11: 'assessed' of the plan file", 0) == 0);
}

TEST_CASE("an empty plan file or one of comments only is an empty plan", "[plan_file]") {
    CHECK(gait::read_plan("", "plan.yaml").items.empty());
    CHECK(gait::read_plan("# ours\n\n  # more\n", "plan.yaml").items.empty());
    // A null written out is not an empty file: it says something, and not a plan.
    CHECK(error_of("~\n") == "plan.yaml: file is empty");
    PlanChanges changes;
    changes.added.push_back(entry("a/b", "B?"));
    const std::string filled = gait::edit_plan_text("# ours", "plan.yaml", changes);
    CHECK(filled.rfind("# ours\n# gait plan:", 0) == 0);
    CHECK(gait::read_plan_file(filled, "plan.yaml").size() == 1);
}

TEST_CASE("edit_plan_text records a team's assessment date before items and moves it on",
          "[plan_file]") {
    PlanChanges first;
    first.assessed.push_back({"alpha", "2026-03-01", {}});
    first.assessed.push_back({"Team B", "2026-02-01", {}});
    const std::string recorded = gait::edit_plan_text(typed, "plan.yaml", first);
    std::string expected = typed;
    expected.insert(expected.find("items:\n"),
                    "# The date of each team's latest assessment merged here: gait refuses an "
                    "older one.\nassessed:\n  \"alpha\": \"2026-03-01\"\n  \"Team B\": "
                    "\"2026-02-01\"\n");
    CHECK(recorded == expected);
    PlanChanges later;
    later.assessed.push_back({"alpha", "2026-06-01", {}});
    later.assessed.push_back({"gamma", "2026-06-02", {}});
    std::string moved = expected;
    moved.replace(moved.find("\"2026-03-01\""), 12, "\"2026-06-01\"");
    moved.insert(moved.find("items:\n"), "  \"gamma\": \"2026-06-02\"\n");
    CHECK(gait::edit_plan_text(recorded, "plan.yaml", later) == moved);
    // A new file has them too.
    const std::string fresh = gait::edit_plan_text("", "plan.yaml", first);
    CHECK(gait::read_plan(fresh, "plan.yaml").assessed.size() == 2);
}

TEST_CASE("read_plan_text refuses a FIFO or a device at once and reads a missing file as none",
          "[plan_file]") {
    const std::string fifo = "/tmp/gait-unit-plan-fifo-" + std::to_string(::getpid());
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // No writer ever opens it: reading it would block forever.
    CHECK_THROWS_WITH(
        gait::read_plan_text(fifo),
        Catch::StartsWith(fifo +
                          ": is a FIFO, a device or a socket, not a regular file; gait reads "
                          "the plan file and replaces it with the merged plan"));
    std::remove(fifo.c_str());
    CHECK_THROWS_WITH(gait::read_plan_text("/dev/null"), Catch::Contains("not a regular file"));
    CHECK_THROWS_WITH(gait::read_plan_text("/tmp"), Catch::Contains("is a directory"));
    CHECK_FALSE(gait::read_plan_text(fifo).has_value());
}

TEST_CASE("save_plan_file refuses a plan larger than gait reads back and leaves the file",
          "[plan_file]") {
    const std::string path = "/tmp/gait-unit-plan-big-" + std::to_string(::getpid()) + ".yaml";
    gait::write_file_atomically(path, "items:\n");
    const std::string huge(gait::limits::plan_bytes + 1, '#');
    CHECK_THROWS_WITH(gait::save_plan_file(path, std::string("items:\n"), huge),
                      Catch::StartsWith(path + ": the plan file would be 33 MiB, more than the "
                                               "32 MiB gait reads back"));
    CHECK(gait::read_file(path) == "items:\n");
    // Past the 4 MiB of other files, within the plan's own limit: read back.
    const std::string big = "items:\n" + std::string(5 * 1024 * 1024, '#') + "\n";
    gait::save_plan_file(path, std::string("items:\n"), big);
    CHECK(gait::read_plan_text(path) == big);
    std::remove(path.c_str());
}

TEST_CASE("edit_plan_text refuses a plan of more values than gait reads back", "[plan_file]") {
    PlanChanges changes;
    // An item of an id and a status is 4 values: 500,001 of them are past 2,000,000.
    changes.added.resize(gait::limits::plan_values / 4 + 1, entry("a/b", ""));
    CHECK_THROWS_WITH(gait::edit_plan_text("", "plan.yaml", changes),
                      Catch::StartsWith("plan.yaml: the plan file would hold 2000011 values, more "
                                        "than the 2000000 gait reads back"));
}

TEST_CASE("read_plan reads a plan of more values than other files may hold", "[plan_file]") {
    // 60,000 items of 4 values each: past the 200,000 values of a rubric or answers file,
    // as 700 teams' plan file is, and within the plan file's own limit.
    std::string text = "items:\n";
    for (int i = 0; i < 60'000; ++i)
        text += "  t/q" + std::to_string(i) + ":\n    status: todo\n";
    REQUIRE(gait::limits::values < 240'000);
    CHECK(gait::read_plan(text, "plan.yaml").items.size() == 60'000);
}

TEST_CASE("edit_plan_text edits a plan whose quoted title runs on at the margin", "[plan_file]") {
    // Found by fuzz_plan: a double-quoted title continued on a line at column 0
    // reads, and the edited file must read back with the item closed.
    const std::string text =
        "gait-plan: 1\n"
        "items:\n"
        "  \"beta/bronze.build.ci\":\n"
        "    title: \"Does every change go:s\n"
        "s with error budgets?\"\n"
        "    status: todo\n";
    REQUIRE(gait::read_plan_file(text, "plan.yaml").size() == 1);
    PlanChanges changes;
    changes.closed.push_back({"beta/bronze.build.ci", "2026-03-01"});
    changes.added.push_back(entry("fuzz team/new.gap", "A \"new\" gap: #1"));
    std::string edited;
    try {
        edited = gait::edit_plan_text(text, "plan.yaml", changes);
    } catch (const gait::Error& e) {
        FAIL(e.what());
    }
    INFO(edited);
    const std::vector<PlanEntry> after = gait::read_plan_file(edited, "plan.yaml");
    REQUIRE(after.size() == 2);
    CHECK(after[0].status == PlanStatus::done);
    CHECK(after[0].title == "Does every change go:s s with error budgets?");
}
