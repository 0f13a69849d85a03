#include "gait/document/aggregate_document.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "gait/format/html_writer.hpp"
#include "gait/format/markdown_writer.hpp"

#include "document_checks.hpp"
#include "render_checks.hpp"
#include "summary_fixtures.hpp"
#include "text_helpers.hpp"

namespace {
std::string markdown_of(const gait::Aggregate& aggregate, const gait::AggregateView& view) {
    return gait::write_markdown(gait::aggregate_document(aggregate, view));
}
}  // namespace

namespace {
std::string html_of(const gait::Aggregate& aggregate, const gait::AggregateView& view) {
    return gait::write_html(gait::aggregate_document(aggregate, view));
}
}  // namespace

using gait::test::block_of;
using gait::test::headings_of;

TEST_CASE("the aggregate states its sections once, in order", "[aggregate_document]") {
    const gait::doc::Document document = gait::aggregate_document(gait::test::three_teams(), {});
    CHECK(document.title == "Platform Health Check · 3 teams");
    CHECK(block_of<gait::doc::Title>(document).sentence ==
          "5 files read: 3 counted, 1 superseded, 1 skipped.");
    CHECK(headings_of(document) ==
          std::vector<std::string>{
              "Teams by phase: ", "Gaps most teams share: ",
              "Teams by area (overall score per area): ", "Areas by placement (teams): ", "Teams: ",
              "Superseded by a later file of the same team: ", "Skipped: 1 file"});
}

TEST_CASE("the aggregate counts teams per phase with a share and a bar", "[aggregate_document]") {
    const gait::doc::Document document = gait::aggregate_document(gait::test::three_teams(), {});
    const auto& counts = block_of<gait::doc::Table>(document);
    REQUIRE(counts.rows.size() == 4);  // none yet, bronze, silver, gold
    CHECK(counts.rows[0][0].text == "none yet");
    CHECK(counts.rows[0][1].text == "1");
    CHECK(*counts.rows[0][2].value == Approx(1.0 / 3));
    CHECK(counts.rows[0][3].kind == gait::doc::CellKind::bar);
    CHECK(counts.rows[3][1].text == "0");
}

TEST_CASE("the aggregate lists as many shared gaps as asked and says it cut the list",
          "[aggregate_document]") {
    const gait::doc::Document document = gait::aggregate_document(gait::test::three_teams(), {2});
    CHECK(headings_of(document)[1] == "Gaps most teams share: the first 2 of 6");
    const auto& gaps = block_of<gait::doc::Items>(document);
    REQUIRE(gaps.items.size() == 2);
    CHECK(gaps.items[0].facts[0].label == "Blocks");
    CHECK(gaps.items[0].facts[1].label == "Teams with it");
    CHECK(gaps.items[0].facts[2].label == "Shortfall");
}

TEST_CASE("the aggregate's skipped files are lines with their reasons", "[aggregate_document]") {
    const gait::doc::Document document = gait::aggregate_document(gait::test::three_teams(), {});
    const auto& lines = block_of<gait::doc::Lines>(document);
    CHECK(lines.lines == std::vector<std::string>{"c/broken.yaml:3:1: invalid YAML"});
}

// Through the writers: what each format makes of the document.

using namespace gait::test;

TEST_CASE("the Markdown aggregate has its sections in the order of the text one",
          "[aggregate-markdown]") {
    const std::string md = markdown_of(three_teams(), {});
    CHECK(md.rfind("# Platform Health Check · 3 teams\n\n"
                   "5 files read: 3 counted, 1 superseded, 1 skipped.\n\n",
                   0) == 0);
    const std::vector<std::string> headings = {"## Teams by phase\n",
                                               "## Gaps most teams share\n",
                                               "## Teams by area (overall score per area)\n",
                                               "## Teams\n",
                                               "## Superseded by a later file of the same team\n",
                                               "## Skipped: 1 file\n"};
    CHECK(out_of_order(md, headings) == "");
    CHECK(md.back() == '\n');
    CHECK(md.substr(md.size() - 2) != "\n\n");
}

TEST_CASE("the Markdown aggregate counts the teams in each phase", "[aggregate-markdown]") {
    const std::string md = markdown_of(three_teams(), {});
    CHECK(has(md,
              "## Teams by phase\n\n| Phase | Teams | Share |\n|---|---:|---:|\n"
              "| none yet | 1 | 33% |\n| Bronze | 1 | 33% |\n| Silver | 1 | 33% |\n"
              "| Gold | 0 | 0% |\n"));
}

TEST_CASE("the Markdown aggregate lists the top shared gaps", "[aggregate-markdown]") {
    const gait::Aggregate aggregate = three_teams();
    REQUIRE(aggregate.shared_gaps.size() == 6);

    const std::string top2 = markdown_section(markdown_of(aggregate, {2}), "## Gaps");
    CHECK(has(top2, "## Gaps most teams share: the first 2 of 6\n"));
    CHECK(count(top2, " · shortfall: ") == 2);
    // Every gap blocks one team; slo and review are gaps of two (beta holds silver
    // with them, gamma is kept from it), so they rank above the essential alerts.
    CHECK(has(top2,
              "1. **Do you have SLOs with error budgets?**  \n   `silver.operate.slo` · "
              "Silver · Operate · blocks: 1 team: gamma · teams with it: 2 teams (1 to hold, 1 "
              "to reach) · shortfall: 3.75\n"));
    CHECK(has(top2, "2. **"));
    CHECK_FALSE(has(top2, "3. **"));
    CHECK(has(markdown_of(aggregate, {0}),
              "3. **Does someone get an alert when the platform is down?** (essential)  \n"
              "   `bronze.operate.alerts` · Bronze · Operate · blocks: 1 team: alpha · teams "
              "with it: 1 team (0 to hold, 1 to reach) · shortfall: 1.00\n"));
    CHECK(has(markdown_of(aggregate, {0}),
              "   **To do:** Page the on-call person from an uptime probe.\n"));

    const std::string all = markdown_section(markdown_of(aggregate, {0}), "## Gaps");
    CHECK(has(all, "## Gaps most teams share\n"));
    CHECK(count(all, " · shortfall: ") == 6);
    CHECK(has(all, "6. **"));
    // A top as large as the list does not cut it.
    CHECK(markdown_section(markdown_of(aggregate, {6}), "## Gaps") == all);

    const std::string none = markdown_of(gait::test::many_teams(0), {});
    CHECK(has(none,
              "## Gaps most teams share\n\nNone: every team has full credit where it "
              "counts.\n"));
}

TEST_CASE("the Markdown aggregate tables the teams by area with a mean", "[aggregate-markdown]") {
    const std::string md = markdown_of(three_teams(), {});
    CHECK(has(md,
              "| Team | Build | Operate |\n|---|---:|---:|\n| beta | 0.88 | 0.65 |\n"
              "| alpha | 0.00 | 0.00 |\n| gamma | 0.50 | 0.33 |\n| **mean** | 0.46 | 0.33 |\n"));

    // No score: a dash, in the row and in the mean.
    gait::Aggregate blank = three_teams();
    for (gait::TeamRow& row : blank.teams)
        row.area_scores[1].reset();
    blank.area_means[1].reset();
    const std::string dashes = markdown_of(blank, {});
    CHECK(has(dashes, "| beta | 0.88 | - |\n"));
    CHECK(has(dashes, "| **mean** | 0.46 | - |\n"));
}

TEST_CASE("the Markdown aggregate lists the teams, superseded and skipped files",
          "[aggregate-markdown]") {
    const std::string md = markdown_of(three_teams(), {});
    CHECK(
        has(md,
            "## Teams\n\n| Team | Date | Placement | Bronze | Silver | Gold | Gaps | Next phase | "
            "File |\n|---|---|---|---:|---:|---:|---:|---|---|\n"
            "| beta | 2026-02-01 | Silver | 1.00 | 0.69 | 0.50 | 3 | Gold: blocked by Operate "
            "below the floor; score 0.50 short of 0.90 | `b/beta.yaml` |\n"
            "| alpha | 2026-03-01 | none yet | 0.00 | 0.00 | 0.00 | 3 | Bronze: blocked by "
            "essential bronze.operate.alerts; Build and Operate below the floor; score 0.00 "
            "short of 0.50 | `a/alpha-q2.yaml` |\n"
            "| gamma | 2026-01-15 | Bronze | 1.00 | 0.00 | 0.00 | 2 | Silver: blocked by Build "
            "and Operate below the floor; score 0.00 short of 0.60 | `c/gamma.yaml` |\n"));
    CHECK(has(md,
              "| File | Team | Date | Superseded by |\n|---|---|---|---|\n"
              "| `a/alpha-q1.yaml` | alpha | 2026-01-01 | `a/alpha-q2.yaml` |\n"));
    CHECK(has(md, "## Skipped: 1 file\n\n- c/broken.yaml:3:1: invalid YAML\n"));

    // Every file counted: neither list.
    const std::string counted = markdown_of(gait::test::many_teams(2), {});
    CHECK(has(counted, "2 files read: 2 counted, 0 superseded, 0 skipped."));
    CHECK_FALSE(has(counted, "Superseded by"));
    CHECK_FALSE(has(counted, "## Skipped"));
}

TEST_CASE("the files read count each respondent's file of a merged row", "[aggregate_document]") {
    gait::Aggregate aggregate = gait::test::three_teams();
    aggregate.teams[0].respondents = 3;
    aggregate.teams[0].merged_files = {"a/ana.yaml", "a/ben.yaml", "a/cy.yaml"};
    aggregate.superseded[0].respondents = 2;
    aggregate.superseded[0].merged_files = {"a/old-ana.yaml", "a/old-ben.yaml"};
    // 3 + 1 + 1 counted as 3 teams, 2 superseded, 1 skipped.
    const gait::doc::Document document = gait::aggregate_document(aggregate, {});
    CHECK(block_of<gait::doc::Title>(document).sentence ==
          "8 files read: 5 counted as 3 teams, 2 superseded, 1 skipped.");
}

TEST_CASE("the Markdown aggregate collapses the tables of many teams", "[aggregate-markdown]") {
    CHECK_FALSE(has(markdown_of(gait::test::many_teams(25), {}), "Show all"));
    const std::string md = markdown_of(gait::test::many_teams(30), {});
    CHECK(has(md,
              "## Teams by area (overall score per area)\n\n<details><summary>Show all 30 "
              "teams</summary>\n\n| Team | Build | Operate |\n"));
    CHECK(has(md, "## Teams\n\n<details><summary>Show all 30 teams</summary>\n\n| Team | Date |"));
    CHECK(count(md, "</details>\n") == 2 + count(md, "<details><summary>Details"));
    CHECK(has(md, "| team 30 | 2026-02-01 | Silver |"));
}

TEST_CASE("the Markdown aggregate escapes everything from the files", "[aggregate-markdown]") {
    const std::string md = markdown_of(hostile_aggregate(), {});
    CHECK(hostile::first_raw(md) == "");
    CHECK(has(md, "# &lt;b&gt;Health&lt;/b&gt; \\#1 \\[x\\](javascript:y) · 1 team\n"));
    const std::string team = "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\`x\\` &amp; \"O'Brien\"";
    const std::string name = "Bu\\|ild &lt;i&gt;&lt;U+202E&gt;";
    const std::string file = "dir with space/t\\|1\" onmouseover=\"y.yaml";
    CHECK(has(md, "\n| " + name + " | 0 | 0% |\n"));
    CHECK(has(md, "\n| Team | " + name + " | Operate |\n"));
    CHECK(has(md, "\n| " + team + " | 0.88 | 0.65 |\n"));
    CHECK(has(md, "\n| Team | Date | Placement | " + name +
                      " | Silver | Gold | Gaps | Next phase | File |\n"));
    CHECK(has(md, "\n| " + team +
                      " | 2026-02-01 | Silver | 1.00 | 0.69 | 0.50 | 3 | Gold: "
                      "blocked by Operate below the floor; score 0.50 short of 0.90 | " +
                      file + " |\n"));
    CHECK(has(md, "\n- " + file + ":1:1: bad \\| \\`file\\` &lt;i&gt;\n"));
    // The rows keep their borders: ten in the teams table, six in the areas by
    // placement (area, none yet, three phases), four in the others.
    std::string section;
    for (const std::string& line : lines_of(md)) {
        if (line.rfind("## ", 0) == 0) section = line;
        if (line.rfind("|", 0) != 0) continue;
        INFO(section << ": " << line);
        const std::size_t expected = section == "## Teams"                            ? 10
                                     : section.rfind("## Areas by placement", 0) == 0 ? 6
                                                                                      : 4;
        CHECK(borders(line) == expected);
    }
}

// In HTML.

using namespace gait::test;

TEST_CASE("the HTML aggregate is one self-contained page", "[aggregate-html]") {
    const std::string html = html_of(three_teams(), {});
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n", 0) == 0);
    CHECK(has(html, "<title>Platform Health Check · 3 teams</title>"));
    CHECK(html.substr(html.size() - 8) == "</html>\n");
    CHECK(first_load(html) == "");
    // The charts are CSS and tables: nothing drawn.
    CHECK_FALSE(has(html, "<svg"));
    CHECK(has(html, "@media (max-width: 40rem)"));
    CHECK(has(html, ".hbar span {"));
}

TEST_CASE("the HTML aggregate has its sections in the order of the text one", "[aggregate-html]") {
    const std::string html = html_of(three_teams(), {});
    const std::vector<std::string> parts = {
        "<h1>Platform Health Check · 3 teams</h1>\n"
        "<p class=\"muted\">5 files read: 3 counted, 1 superseded, 1 skipped.</p>",
        "<h2 id=\"phases\">Teams by phase</h2>",
        "<h2 id=\"shared-gaps\">Gaps most teams share</h2>",
        "<h2 id=\"heatmap\">Teams by area (overall score per area)</h2>",
        "<h2 id=\"teams\">Teams</h2>",
        "<h2 id=\"superseded\">Superseded by a later file of the same team</h2>",
        "<h2 id=\"skipped\">Skipped <span class=\"count\">· 1 file</span></h2>",
        "<footer>"};
    CHECK(out_of_order(html, parts) == "");

    const std::string counted = html_of(gait::test::many_teams(2), {});
    CHECK_FALSE(has(counted, "id=\"superseded\""));
    CHECK_FALSE(has(counted, "id=\"skipped\""));
}

TEST_CASE("the HTML aggregate charts the teams per phase with the counts in figures",
          "[aggregate-html]") {
    const std::string phases = html_section(html_of(three_teams(), {}), "phases");
    CHECK(count(phases, "<span class=\"hbar\" aria-hidden=\"true\">") == 4);
    CHECK(has(phases,
              "<tr><th scope=\"row\">none yet</th><td class=\"n\">1</td><td "
              "class=\"n\">33%</td><td class=\"bar-cell\"><span class=\"hbar\" "
              "aria-hidden=\"true\"><span style=\"width: 33.3%\"></span></span></td></tr>"));
    CHECK(has(phases,
              "<tr><th scope=\"row\">Gold</th><td class=\"n\">0</td><td "
              "class=\"n\">0%</td><td class=\"bar-cell\"><span class=\"hbar\" "
              "aria-hidden=\"true\"><span style=\"width: 0%\"></span>"));
    const std::string all_silver = html_section(html_of(gait::test::many_teams(3), {}), "phases");
    CHECK(has(all_silver, "<td class=\"n\">3</td><td class=\"n\">100%</td>"));
    CHECK(has(all_silver, "style=\"width: 100%\""));
}

TEST_CASE("the HTML aggregate lists the top shared gaps", "[aggregate-html]") {
    const gait::Aggregate aggregate = three_teams();
    const std::string top2 = html_section(html_of(aggregate, {2}), "shared-gaps");
    CHECK(count(top2, "<li class=\"gap\">") == 2);
    CHECK(has(top2,
              "share <span class=\"count\">· the first 2 of 6</span></h2>\n<ol "
              "class=\"gaps\">\n<li class=\"gap\">\n<p class=\"text\">Do you have SLOs "
              "with error budgets?</p>\n<p class=\"where\"><code>silver.operate.slo</code> · "
              "Silver · Operate</p>\n<dl class=\"facts\">\n<dt>Blocks</dt><dd>1 team: "
              "gamma</dd>\n<dt>Teams with it</dt><dd>2 teams (1 to hold, 1 to reach)</dd>\n"
              "<dt>Shortfall</dt><dd>3.75</dd>"));

    const std::string all = html_section(html_of(aggregate, {0}), "shared-gaps");
    CHECK(count(all, "<li class=\"gap\">") == 6);
    CHECK_FALSE(has(all, "the first"));

    const std::string none = html_of(gait::test::many_teams(0), {});
    CHECK(has(html_section(none, "shared-gaps"),
              "<p class=\"none-left\">None: every team has full credit where it counts.</p>"));
}

TEST_CASE("the HTML aggregate heatmap colors each team's areas as the team report does",
          "[aggregate-html]") {
    gait::Aggregate aggregate = three_teams();
    aggregate.teams[2].area_scores[1].reset();  // gamma: nothing scored in Operate
    const std::string heatmap = html_section(html_of(aggregate, {}), "heatmap");
    // Each area's name, and its number for a narrow screen, with a key below the table.
    CHECK(has(heatmap,
              "<table class=\"heatmap\">\n<thead>\n<tr><th scope=\"col\">Team</th><th "
              "scope=\"col\" class=\"n\"><span class=\"long\">Build</span><abbr "
              "class=\"short\" title=\"Build\">1</abbr></th><th scope=\"col\" "
              "class=\"n\"><span class=\"long\">Operate</span><abbr class=\"short\" "
              "title=\"Operate\">2</abbr></th></tr>"));
    CHECK(has(heatmap,
              "</table>\n<ul class=\"key column-key\">\n<li><strong>1</strong> Build</li>\n"
              "<li><strong>2</strong> Operate</li>\n</ul>\n"));
    CHECK(has(heatmap,
              "<tr><th scope=\"row\">beta</th><td class=\"s4\">0.88</td><td "
              "class=\"s3\">0.65</td></tr>"));
    CHECK(has(heatmap,
              "<tr><th scope=\"row\">alpha</th><td class=\"s0\">0.00</td><td "
              "class=\"s0\">0.00</td></tr>"));
    CHECK(has(heatmap,
              "<tr><th scope=\"row\">gamma</th><td class=\"s2\">0.50</td><td "
              "class=\"none\"><span aria-hidden=\"true\">–</span><span class=\"sr\">no "
              "score</span></td></tr>"));
    CHECK(has(heatmap,
              "<tfoot>\n<tr><th scope=\"row\">mean</th><td class=\"s2\">0.46</td><td "
              "class=\"s1\">0.33</td></tr>\n</tfoot>"));
    // The legend of the team report, and a box that scrolls on a phone.
    CHECK(has(heatmap, "<span class=\"swatch s4\" aria-hidden=\"true\"></span>0.80 or more"));
    CHECK(has(heatmap, "<span class=\"swatch none\" aria-hidden=\"true\">–</span>no score"));
    CHECK(has(heatmap,
              "<div class=\"scroll\" role=\"region\" aria-labelledby=\"heatmap\" "
              "tabindex=\"0\">"));
}

TEST_CASE("the HTML aggregate stays a plain table for many teams", "[aggregate-html]") {
    const std::size_t teams = 2000;
    const std::string html = html_of(gait::test::many_teams(teams), {});
    const std::string heatmap = html_section(html, "heatmap");
    CHECK(count(heatmap, "<tr><th scope=\"row\">team ") == teams);
    CHECK(count(html_section(html, "teams"), "<tr><th scope=\"row\">team ") == teams);
    CHECK_FALSE(has(html, "<svg"));
    CHECK_FALSE(has(heatmap, "style="));
    // A few hundred bytes a team, so ten thousand teams make a page a browser opens.
    CHECK(html.size() < teams * 400);
}

TEST_CASE("the HTML aggregate lists the teams, superseded and skipped files", "[aggregate-html]") {
    const std::string html = html_of(three_teams(), {});
    const std::string teams = html_section(html, "teams");
    CHECK(has(teams,
              "<th scope=\"col\" class=\"n\">Bronze</th><th scope=\"col\" "
              "class=\"n\">Silver</th><th scope=\"col\" class=\"n\">Gold</th><th "
              "scope=\"col\" class=\"n\">Gaps</th><th scope=\"col\">Next phase</th><th "
              "scope=\"col\">File</th>"));
    CHECK(has(teams,
              "<tr><th scope=\"row\">alpha</th><td>2026-03-01</td><td>none yet</td><td "
              "class=\"n\">0.00</td><td class=\"n\">0.00</td><td class=\"n\">0.00</td><td "
              "class=\"n\">3</td><td>Bronze: blocked by essential bronze.operate.alerts; Build "
              "and Operate below the floor; score 0.00 short of 0.50</td><td class=\"file\">"
              "<code>a/alpha-q2.yaml</code></td></tr>"));
    CHECK(count(teams, "<tr><th scope=\"row\">") == 3);
    CHECK(has(
        html_section(html, "superseded"),
        "<tr><th scope=\"row\" class=\"file\"><code>a/alpha-q1.yaml</code></th><td>alpha</td><td>"
        "2026-01-01</td><td class=\"file\"><code>a/alpha-q2.yaml</code></td></tr>"));
    CHECK(has(html_section(html, "skipped"), "<li>c/broken.yaml:3:1: invalid YAML</li>"));
}

TEST_CASE("the HTML aggregate escapes everything from the files", "[aggregate-html]") {
    const std::string html = html_of(hostile_aggregate(), {});
    CHECK(hostile::first_raw(html) == "");
    CHECK(first_load(html) == "");
    CHECK_FALSE(has(html, "\" onmouseover"));
    CHECK(has(html, "<title>&lt;b&gt;Health&lt;/b&gt; #1 [x](javascript:y) · 1 team</title>"));
    const std::string team =
        "&lt;script&gt;alert(1)&lt;/script&gt; | `x` &amp; &quot;O&#39;Brien&quot;";
    const std::string name = "Bu|ild &lt;i&gt;&lt;U+202E&gt;";
    const std::string file = "dir with space/t|1&quot; onmouseover=&quot;y.yaml";
    CHECK(count(html, "<tr><th scope=\"row\">" + team + "</th>") == 2);
    CHECK(has(html, "<th scope=\"row\">" + name + "</th><td class=\"n\">0</td>"));
    // The first area heads a column of the heatmap (with its number); as the first
    // phase, a column of the teams' phases and of the areas by placement.
    CHECK(count(html, "<th scope=\"col\" class=\"n\">" + name + "</th>") == 2);
    CHECK(has(html, "<span class=\"long\">" + name + "</span><abbr class=\"short\" title=\"" +
                        name + "\">1</abbr>"));
    CHECK(has(html, "<td class=\"file\"><code>" + file + "</code></td>"));
    CHECK(has(html, "<li>" + file + ":1:1: bad | `file` &lt;i&gt;</li>"));
}

TEST_CASE("the teams table has a Target column only when a team sets a target",
          "[aggregate_document][targets]") {
    auto teams_table = [](const gait::doc::Document& document) -> const gait::doc::Table& {
        for (const auto* table : gait::test::blocks_of<gait::doc::Table>(document)) {
            if (table->id == "teams") return *table;
        }
        throw std::runtime_error("no teams table");
    };
    gait::Aggregate plain = gait::test::three_teams();
    CHECK(teams_table(gait::aggregate_document(plain, {})).columns[3].heading != "Target");
    gait::Aggregate aggregate = gait::test::three_teams();
    // beta is placed Silver: Silver met; gamma (Bronze): Silver by a passed date, not met.
    aggregate.teams[0].target = gait::TargetOutcome{"", "silver", "", true, true, {}};
    aggregate.teams[2].target = gait::TargetOutcome{"", "silver", "2025-12-31", false, true, {}};
    const gait::doc::Document document = gait::aggregate_document(aggregate, {});
    const gait::doc::Table& table = teams_table(document);
    REQUIRE(table.columns[3].heading == "Target");
    CHECK(table.rows[0][3].text == "Silver: met");
    CHECK(table.rows[1][3].text.empty());
    CHECK(table.rows[2][3].text == "Silver by 2025-12-31: not met, past its date");
}
