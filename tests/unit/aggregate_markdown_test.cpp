#include <string>

#include <catch2/catch.hpp>

#include "gait/aggregate_report.hpp"

#include "render_checks.hpp"
#include "summary_fixtures.hpp"
#include "text_helpers.hpp"

using namespace gait::test;

TEST_CASE("the Markdown aggregate has its sections in the order of the text one",
          "[aggregate-markdown]") {
    const std::string md = gait::render_aggregate_markdown(three_teams(), {});
    CHECK(md.rfind("# Platform Health Check · 3 teams\n\n"
                   "5 files read: 3 counted, 1 superseded, 1 skipped.\n\n",
                   0) == 0);
    const std::vector<std::string> headings = {"## Teams by phase\n",
                                               "## Gaps most teams share\n",
                                               "## Teams by area (overall score per area)\n",
                                               "## Teams\n",
                                               "## Superseded by a newer file of the same team\n",
                                               "## Skipped: 1 file\n"};
    CHECK(out_of_order(md, headings) == "");
    CHECK(md.back() == '\n');
    CHECK(md.substr(md.size() - 2) != "\n\n");
}

TEST_CASE("the Markdown aggregate counts the teams in each phase", "[aggregate-markdown]") {
    const std::string md = gait::render_aggregate_markdown(three_teams(), {});
    CHECK(has(md,
              "## Teams by phase\n\n| Phase | Teams | Share |\n|---|---:|---:|\n"
              "| none yet | 1 | 33% |\n| Bronze | 1 | 33% |\n| Silver | 1 | 33% |\n"
              "| Gold | 0 | 0% |\n"));
}

TEST_CASE("the Markdown aggregate lists the top shared gaps", "[aggregate-markdown]") {
    const gait::Aggregate aggregate = three_teams();
    REQUIRE(aggregate.shared_gaps.size() == 6);

    const std::string top2 =
        markdown_section(gait::render_aggregate_markdown(aggregate, {2}), "## Gaps");
    CHECK(has(top2, "## Gaps most teams share (the first 2 of 6)\n"));
    CHECK(count(top2, " · shortfall ") == 2);
    // Essential first, then by the teams it blocks.
    CHECK(has(top2,
              "1. **Does someone get an alert when the platform is down?** (essential)  \n"
              "   `bronze.operate.alerts` · Bronze · Operate · blocks 1 team (0 to hold, 1 "
              "to reach) · shortfall 1.00\n"));
    CHECK(has(top2, "   **What to do:** Page the on-call person from an uptime probe.\n"));
    CHECK(has(top2,
              "2. **Do you have SLOs with error budgets?**  \n   `silver.operate.slo` · "
              "Silver · Operate · blocks 2 teams (1 to hold, 1 to reach) · shortfall 3.75\n"));
    CHECK_FALSE(has(top2, "3. **"));

    const std::string all =
        markdown_section(gait::render_aggregate_markdown(aggregate, {0}), "## Gaps");
    CHECK(has(all, "## Gaps most teams share\n"));
    CHECK(count(all, " · shortfall ") == 6);
    CHECK(has(all, "6. **"));
    // A top as large as the list does not cut it.
    CHECK(markdown_section(gait::render_aggregate_markdown(aggregate, {6}), "## Gaps") == all);

    const std::string none = gait::render_aggregate_markdown(gait::test::many_teams(0), {});
    CHECK(has(none,
              "## Gaps most teams share\n\nNone: every team has full credit where it "
              "counts.\n"));
}

TEST_CASE("the Markdown aggregate tables the teams by area with a mean", "[aggregate-markdown]") {
    const std::string md = gait::render_aggregate_markdown(three_teams(), {});
    CHECK(has(md,
              "| Team | Build | Operate |\n|---|---:|---:|\n| beta | 0.88 | 0.65 |\n"
              "| alpha | 0.00 | 0.00 |\n| gamma | 0.50 | 0.33 |\n| **mean** | 0.46 | 0.33 |\n"));

    // No score: a dash, in the row and in the mean.
    gait::Aggregate blank = three_teams();
    for (gait::TeamRow& row : blank.teams)
        row.area_scores[1].reset();
    blank.area_means[1].reset();
    const std::string dashes = gait::render_aggregate_markdown(blank, {});
    CHECK(has(dashes, "| beta | 0.88 | - |\n"));
    CHECK(has(dashes, "| **mean** | 0.46 | - |\n"));
}

TEST_CASE("the Markdown aggregate lists the teams, superseded and skipped files",
          "[aggregate-markdown]") {
    const std::string md = gait::render_aggregate_markdown(three_teams(), {});
    CHECK(has(md,
              "## Teams\n\n| Team | Date | Placement | Bronze | Silver | Gold | Gaps | File |\n"
              "|---|---|---|---:|---:|---:|---:|---|\n"
              "| beta | 2026-02-01 | Silver | 1.00 | 0.69 | 0.50 | 3 | `b/beta.yaml` |\n"
              "| alpha | 2026-03-01 | none yet | 0.00 | 0.00 | 0.00 | 3 | `a/alpha-q2.yaml` |\n"
              "| gamma | 2026-01-15 | Bronze | 1.00 | 0.00 | 0.00 | 2 | `c/gamma.yaml` |\n"));
    CHECK(has(md,
              "| File | Team | Date | Superseded by |\n|---|---|---|---|\n"
              "| `a/alpha-q1.yaml` | alpha | 2026-01-01 | `a/alpha-q2.yaml` |\n"));
    CHECK(has(md, "## Skipped: 1 file\n\n- c/broken.yaml:3:1: invalid YAML\n"));

    // Every file counted: neither list.
    const std::string counted = gait::render_aggregate_markdown(gait::test::many_teams(2), {});
    CHECK(has(counted, "2 files read: 2 counted, 0 superseded, 0 skipped."));
    CHECK_FALSE(has(counted, "Superseded by"));
    CHECK_FALSE(has(counted, "## Skipped"));
}

TEST_CASE("the Markdown aggregate collapses the tables of many teams", "[aggregate-markdown]") {
    CHECK_FALSE(has(gait::render_aggregate_markdown(gait::test::many_teams(25), {}), "Show all"));
    const std::string md = gait::render_aggregate_markdown(gait::test::many_teams(30), {});
    CHECK(has(md,
              "## Teams by area (overall score per area)\n\n<details><summary>Show all 30 "
              "teams</summary>\n\n| Team | Build | Operate |\n"));
    CHECK(has(md, "## Teams\n\n<details><summary>Show all 30 teams</summary>\n\n| Team | Date |"));
    CHECK(count(md, "</details>\n") == 2 + count(md, "<details><summary>Details"));
    CHECK(has(md, "| team 30 | 2026-02-01 | Silver |"));
}

TEST_CASE("the Markdown aggregate escapes everything from the files", "[aggregate-markdown]") {
    const std::string md = gait::render_aggregate_markdown(hostile_aggregate(), {});
    CHECK(hostile::first_raw(md) == "");
    CHECK(has(md, "# &lt;b&gt;Health&lt;/b&gt; \\#1 \\[x\\](javascript:y) · 1 team\n"));
    const std::string team = "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\`x\\` &amp; \"O'Brien\"";
    const std::string name = "Bu\\|ild &lt;i&gt;&lt;U+202E&gt;";
    const std::string file = "dir with space/t\\|1\" onmouseover=\"y.yaml";
    CHECK(has(md, "\n| " + name + " | 0 | 0% |\n"));
    CHECK(has(md, "\n| Team | " + name + " | Operate |\n"));
    CHECK(has(md, "\n| " + team + " | 0.88 | 0.65 |\n"));
    CHECK(has(md, "\n| Team | Date | Placement | " + name + " | Silver | Gold | Gaps | File |\n"));
    CHECK(has(
        md, "\n| " + team + " | 2026-02-01 | Silver | 1.00 | 0.69 | 0.50 | 3 | " + file + " |\n"));
    CHECK(has(md, "\n- " + file + ":1:1: bad \\| \\`file\\` &lt;i&gt;\n"));
    // The rows keep their borders: nine in the teams table, four in the others.
    for (const std::string& line : lines_of(md)) {
        if (line.rfind("|", 0) != 0) continue;
        INFO(line);
        const bool teams_table = line.find("| Date |") != std::string::npos ||
                                 line.find("| 2026-02-01 |") != std::string::npos ||
                                 line.rfind("|---|---|---|", 0) == 0;
        CHECK(borders(line) == (teams_table ? 9 : 4));
    }
}
