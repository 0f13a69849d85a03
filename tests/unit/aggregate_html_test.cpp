#include <string>

#include <catch2/catch.hpp>

#include "gait/aggregate_report.hpp"

#include "render_checks.hpp"
#include "summary_fixtures.hpp"
#include "text_helpers.hpp"

using namespace gait::test;

TEST_CASE("the HTML aggregate is one self-contained page", "[aggregate-html]") {
    const std::string html = gait::render_aggregate_html(three_teams(), {});
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
    const std::string html = gait::render_aggregate_html(three_teams(), {});
    const std::vector<std::string> parts = {
        "<h1>Platform Health Check · 3 teams</h1>\n"
        "<p class=\"muted\">5 files read: 3 counted, 1 superseded, 1 skipped.</p>",
        "<h2 id=\"phases\">Teams by phase</h2>",
        "<h2 id=\"shared-gaps\">Gaps most teams share</h2>",
        "<h2 id=\"heatmap\">Teams by area <span class=\"count\">· overall score per area</span>",
        "<h2 id=\"teams\">Teams</h2>",
        "<h2 id=\"superseded\">Superseded by a newer file of the same team</h2>",
        "<h2 id=\"skipped\">Skipped <span class=\"count\">· 1 file</span></h2>",
        "<footer>"};
    CHECK(out_of_order(html, parts) == "");

    const std::string counted = gait::render_aggregate_html(gait::test::many_teams(2), {});
    CHECK_FALSE(has(counted, "id=\"superseded\""));
    CHECK_FALSE(has(counted, "id=\"skipped\""));
}

TEST_CASE("the HTML aggregate charts the teams per phase with the counts in figures",
          "[aggregate-html]") {
    const std::string phases =
        html_section(gait::render_aggregate_html(three_teams(), {}), "phases");
    CHECK(count(phases, "<span class=\"hbar\" aria-hidden=\"true\">") == 4);
    CHECK(has(phases,
              "<tr><th scope=\"row\">none yet</th><td class=\"n\">1</td><td "
              "class=\"n\">33%</td><td class=\"bar-cell\"><span class=\"hbar\" "
              "aria-hidden=\"true\"><span style=\"width: 33.3%\"></span></span></td></tr>"));
    CHECK(has(phases,
              "<tr><th scope=\"row\">Gold</th><td class=\"n\">0</td><td "
              "class=\"n\">0%</td><td class=\"bar-cell\"><span class=\"hbar\" "
              "aria-hidden=\"true\"><span style=\"width: 0%\"></span>"));
    const std::string all_silver =
        html_section(gait::render_aggregate_html(gait::test::many_teams(3), {}), "phases");
    CHECK(has(all_silver, "<td class=\"n\">3</td><td class=\"n\">100%</td>"));
    CHECK(has(all_silver, "style=\"width: 100%\""));
}

TEST_CASE("the HTML aggregate lists the top shared gaps", "[aggregate-html]") {
    const gait::Aggregate aggregate = three_teams();
    const std::string top2 =
        html_section(gait::render_aggregate_html(aggregate, {2}), "shared-gaps");
    CHECK(count(top2, "<li class=\"gap\">") == 2);
    CHECK(has(top2,
              "share <span class=\"count\">· the first 2 of 6</span></h2>\n<ol "
              "class=\"gaps\">\n<li class=\"gap\">\n<p class=\"text\">Does someone get "
              "an alert when the platform is down?</p>\n<p class=\"where\"><code>bronze."
              "operate.alerts</code> · Bronze · Operate <span class=\"essential\">Essential"
              "</span></p>\n<dl class=\"facts\">\n<dt>Blocks</dt><dd>1 team (0 to hold, 1 "
              "to reach)</dd>\n<dt>Shortfall</dt><dd>1.00</dd>\n<dt>To do</dt><dd "
              "class=\"note-text\">Page the on-call person from an uptime probe.</dd>"));
    CHECK(has(top2, "<dd>2 teams (1 to hold, 1 to reach)</dd>\n<dt>Shortfall</dt><dd>3.75</dd>"));

    const std::string all =
        html_section(gait::render_aggregate_html(aggregate, {0}), "shared-gaps");
    CHECK(count(all, "<li class=\"gap\">") == 6);
    CHECK_FALSE(has(all, "the first"));

    const std::string none = gait::render_aggregate_html(gait::test::many_teams(0), {});
    CHECK(has(html_section(none, "shared-gaps"),
              "<p class=\"none-left\">None: every team has full credit where it counts.</p>"));
}

TEST_CASE("the HTML aggregate heatmap colors each team's areas as the team report does",
          "[aggregate-html]") {
    gait::Aggregate aggregate = three_teams();
    aggregate.teams[2].area_scores[1].reset();  // gamma: nothing scored in Operate
    const std::string heatmap = html_section(gait::render_aggregate_html(aggregate, {}), "heatmap");
    CHECK(has(heatmap,
              "<table class=\"heatmap\">\n<thead>\n<tr><th scope=\"col\">Team</th><th "
              "scope=\"col\">Build</th><th scope=\"col\">Operate</th></tr>"));
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
    const std::string html = gait::render_aggregate_html(gait::test::many_teams(teams), {});
    const std::string heatmap = html_section(html, "heatmap");
    CHECK(count(heatmap, "<tr><th scope=\"row\">team ") == teams);
    CHECK(count(html_section(html, "teams"), "<tr><th scope=\"row\">team ") == teams);
    CHECK_FALSE(has(html, "<svg"));
    CHECK_FALSE(has(heatmap, "style="));
    // A few hundred bytes a team, so ten thousand teams make a page a browser opens.
    CHECK(html.size() < teams * 400);
}

TEST_CASE("the HTML aggregate lists the teams, superseded and skipped files", "[aggregate-html]") {
    const std::string html = gait::render_aggregate_html(three_teams(), {});
    const std::string teams = html_section(html, "teams");
    CHECK(has(teams,
              "<th scope=\"col\" class=\"n\">Bronze</th><th scope=\"col\" "
              "class=\"n\">Silver</th><th scope=\"col\" class=\"n\">Gold</th><th "
              "scope=\"col\" class=\"n\">Gaps</th><th scope=\"col\">File</th>"));
    CHECK(has(teams,
              "<tr><th scope=\"row\">alpha</th><td>2026-03-01</td><td>none yet</td><td "
              "class=\"n\">0.00</td><td class=\"n\">0.00</td><td class=\"n\">0.00</td><td "
              "class=\"n\">3</td><td class=\"file\">a/alpha-q2.yaml</td></tr>"));
    CHECK(count(teams, "<tr><th scope=\"row\">") == 3);
    CHECK(has(html_section(html, "superseded"),
              "<tr><th scope=\"row\" class=\"file\">a/alpha-q1.yaml</th><td>alpha</td><td>"
              "2026-01-01</td><td class=\"file\">a/alpha-q2.yaml</td></tr>"));
    CHECK(has(html_section(html, "skipped"), "<li>c/broken.yaml:3:1: invalid YAML</li>"));
}

TEST_CASE("the HTML aggregate escapes everything from the files", "[aggregate-html]") {
    const std::string html = gait::render_aggregate_html(hostile_aggregate(), {});
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
    CHECK(count(html, "<th scope=\"col\">" + name + "</th>") == 1);
    CHECK(count(html, "<th scope=\"col\" class=\"n\">" + name + "</th>") == 1);
    CHECK(has(html, "<td class=\"file\">" + file + "</td>"));
    CHECK(has(html, "<li>" + file + ":1:1: bad | `file` &lt;i&gt;</li>"));
}
