#include "gait/load/plan_file.hpp"

#include <cstdio>
#include <string>
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
