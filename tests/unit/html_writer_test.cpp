#include "gait/format/html_writer.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/document/document.hpp"

#include "text_helpers.hpp"

namespace doc = gait::doc;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

using gait::test::count;

namespace {

doc::Document document_of(std::vector<doc::Block> blocks) {
    return {"Payments · SRE maturity 1.0 · 2026-11-09", std::move(blocks)};
}

std::string write(std::vector<doc::Block> blocks) {
    return gait::write_html(document_of(std::move(blocks)));
}

std::string write(doc::Block block) {
    std::vector<doc::Block> blocks;
    blocks.push_back(std::move(block));
    return write(std::move(blocks));
}

// What the page's <main> holds, without the style sheet and the footer.
std::string main_of(const std::string& page) {
    const std::size_t start = page.find("<main>\n");
    const std::size_t end = page.find("<footer>");
    REQUIRE(start != std::string::npos);
    REQUIRE(end != std::string::npos);
    return page.substr(start + 7, end - start - 7);
}

doc::Meter meter(std::string name, std::optional<double> score, double threshold, bool achieved,
                 std::string status) {
    doc::Meter m;
    m.name = std::move(name);
    m.score = score;
    m.threshold = threshold;
    m.achieved = achieved;
    m.status = std::move(status);
    return m;
}

doc::Item item(std::string text, std::vector<std::string> flags, std::vector<doc::Fact> facts) {
    return {std::move(text), "walk.toil.cost", "Walk", "Toil", std::move(flags), std::move(facts)};
}

// A table and a list by their members' names, whatever their order.
doc::Table table_of(std::string id, std::string noun, std::vector<doc::Column> columns) {
    doc::Table table;
    table.id = std::move(id);
    table.noun = std::move(noun);
    table.columns = std::move(columns);
    return table;
}

doc::Items items_of(std::vector<doc::Item> list, std::string noun, std::string none) {
    doc::Items items;
    items.items = std::move(list);
    items.noun = std::move(noun);
    items.none = std::move(none);
    return items;
}

}  // namespace

TEST_CASE("the HTML page: its title escaped, one style sheet with the print rules",
          "[html_writer]") {
    const std::string page = gait::write_html({"Payments <Team> & co", {}});
    CHECK_THAT(page, StartsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK_THAT(page, Contains("<title>Payments &lt;Team&gt; &amp; co</title>"));
    // The rules of every report in the one sheet: the team report's, the others'.
    CHECK_THAT(page, Contains(".ladder li {"));
    CHECK_THAT(page, Contains("table.plain {"));
    CHECK_THAT(page, Contains(".change.up {"));
    CHECK_THAT(page, Contains(".placement .points {"));
    CHECK_THAT(page, Contains("@media print {"));
    CHECK(count(page, "<style>") == 1);
    CHECK_THAT(page, Contains("<main>\n<footer>"));
    CHECK_THAT(page, Contains("</main>\n</body>\n</html>\n"));
}

TEST_CASE("a title is the page's header: h1, fields, sentence", "[html_writer]") {
    const std::string html = main_of(write(doc::Title{
        "SRE maturity 1.0", {{"Team", "Payments"}, {"Date", "2026-11-09"}}, "4 files read."}));
    CHECK(html ==
          "<header>\n<h1>SRE maturity 1.0</h1>\n<dl class=\"meta\">\n"
          "<div><dt>Team</dt><dd>Payments</dd></div>\n"
          "<div><dt>Date</dt><dd>2026-11-09</dd></div>\n</dl>\n"
          "<p class=\"muted\">4 files read.</p>\n</header>\n");
    // No fields, no sentence: neither list nor paragraph.
    CHECK(main_of(write(doc::Title{"Platform · 3 teams", {}, {}})) ==
          "<header>\n<h1>Platform · 3 teams</h1>\n</header>\n");
}

TEST_CASE("a callout is the placement in large type, its sentences and its points",
          "[html_writer]") {
    doc::Callout callout;
    callout.label = "Placement";
    callout.name = "Walk";
    callout.sentences = {"SRE is daily work.", "Next: Run, scoring 0.43 of the 0.70 it needs."};
    callout.points_label = "First to close for Run:";
    callout.points = {"Do you review SLOs?", "Do you run chaos experiments?"};
    const std::string html = main_of(write(callout));
    CHECK_THAT(html, StartsWith("<section class=\"placement\" aria-labelledby=\"placement-name\">\n"
                                "<p class=\"label\">Placement</p>\n"
                                "<p class=\"name\" id=\"placement-name\">Walk</p>\n"));
    CHECK_THAT(html, Contains("<p class=\"summary\">SRE is daily work.</p>\n"
                              "<p>Next: Run, scoring 0.43 of the 0.70 it needs.</p>\n"));
    CHECK_THAT(html, Contains("<p class=\"points-label\">First to close for Run:</p>\n"
                              "<ul class=\"points\">\n<li>Do you review SLOs?</li>\n"
                              "<li>Do you run chaos experiments?</li>\n</ul>\n</section>\n"));
    // Not in a section of its own: it comes before the first heading.
    CHECK(count(html, "<section") == 1);

    SECTION("a comparison: from, arrow, and the tone as up or down") {
        doc::Callout moved;
        moved.label = "Placement";
        moved.from = "Bronze";
        moved.name = "Silver";
        moved.tone = doc::Tone::good;
        const std::string up = main_of(write(moved));
        CHECK_THAT(up, StartsWith("<section class=\"placement up\""));
        CHECK_THAT(up, Contains("<p class=\"name\" id=\"placement-name\"><span "
                                "class=\"from\">Bronze</span> → Silver</p>"));
        CHECK_THAT(up, !Contains("points"));
        moved.tone = doc::Tone::bad;
        CHECK_THAT(main_of(write(moved)), StartsWith("<section class=\"placement down\""));
    }
    SECTION("the names capitalized in ASCII only") {
        doc::Callout none;
        none.label = "Placement";
        none.name = "none yet";
        none.from = "éclair";
        const std::string html_none = main_of(write(none));
        CHECK_THAT(html_none, Contains("<span class=\"from\">éclair</span> → None yet</p>"));
    }
}

TEST_CASE("meters are the ladder of phases: tag, status, bar, figures, essentials",
          "[html_writer]") {
    doc::Meter crawl = meter("Crawl", 0.95, 0.8, true, "achieved");
    crawl.summary = "The basics.";
    doc::Meter walk = meter("Walk", 0.43, 0.7, false, "not achieved, 2 essentials short");
    walk.tag = "Next";
    walk.essentials = {"walk.slo", "walk.alerts"};
    doc::Meter run = meter("Run", std::nullopt, 0.7, false, "échec");
    run.essentials = {"run.review"};
    const std::string html = main_of(write(doc::Meters{{crawl, walk, run}}));
    CHECK_THAT(html, StartsWith("<ol class=\"ladder\">\n<li>\n<p class=\"phase\">Crawl</p>\n"
                                "<p class=\"status yes\"><span aria-hidden=\"true\">✓ "
                                "</span>Achieved</p>\n"
                                "<svg class=\"bar\""));
    CHECK_THAT(html, Contains("<rect class=\"fill yes\" x=\"0\" y=\"2\" width=\"95\" height=\"8\"/>"
                              "<line class=\"threshold\" x1=\"80\" y1=\"0\" x2=\"80\""));
    CHECK_THAT(html, Contains("<p class=\"figures\"><strong>0.95</strong> <span "
                              "class=\"needs\">needs 0.80</span></p>\n"
                              "<p class=\"summary\">The basics.</p>\n</li>\n"));
    CHECK_THAT(html, Contains("<p class=\"phase\">Walk <span class=\"tag\">Next</span></p>\n"
                              "<p class=\"status no\"><span aria-hidden=\"true\">✗ </span>Not "
                              "achieved, 2 essentials short</p>"));
    CHECK_THAT(html, Contains("<rect class=\"fill no\""));
    CHECK_THAT(html, Contains("<p class=\"missing\">Essentials short of full credit: "
                              "<code>walk.slo</code>, <code>walk.alerts</code></p>"));
    CHECK_THAT(html, Contains("<p class=\"missing\">Essential short of full credit: "
                              "<code>run.review</code></p>"));
    // No score: an en dash and no fill; a status that starts beyond ASCII stays whole.
    CHECK_THAT(html, Contains("<strong>–</strong>"));
    CHECK_THAT(html, Contains("</span>échec</p>"));
    CHECK(count(html, "<rect class=\"fill") == 2);
    CHECK(count(html, "<svg") == count(html, "</svg>"));
    CHECK_THAT(html, Contains("</li>\n</ol>\n"));
}

TEST_CASE("a heading opens a section that runs to the next heading or the end", "[html_writer]") {
    const std::string html = main_of(write({
        doc::Title{"Report", {}, {}},
        doc::Heading{"phases", "Phases", {}},
        doc::Paragraph{"one", doc::Tone::plain},
        doc::Heading{"reach", "To reach Run", "3 gaps"},
        doc::Paragraph{"two", doc::Tone::muted},
    }));
    CHECK(html ==
          "<header>\n<h1>Report</h1>\n</header>\n"
          "<section aria-labelledby=\"phases\">\n<h2 id=\"phases\">Phases</h2>\n<p>one</p>\n"
          "</section>\n"
          "<section aria-labelledby=\"reach\">\n<h2 id=\"reach\">To reach Run <span "
          "class=\"count\">· 3 gaps</span></h2>\n<p class=\"muted\">two</p>\n</section>\n");
}

TEST_CASE("section ids are unique in the page and safe in an attribute", "[html_writer]") {
    doc::Callout callout;
    callout.name = "Walk";
    const std::string html = main_of(write({
        callout,
        doc::Heading{"phases", "Phases", {}},
        doc::Heading{"phases", "Phases again", {}},
        doc::Heading{"phases-2", "Phases, a third time", {}},
        doc::Heading{"placement-name", "Clashes with the callout", {}},
        doc::Heading{"a b\"><script>", "Odd id", {}},
        doc::Heading{{}, "To reach Run", {}},
    }));
    CHECK_THAT(html, Contains("<h2 id=\"phases\">Phases</h2>"));
    CHECK_THAT(html, Contains("<h2 id=\"phases-2\">Phases again</h2>"));
    CHECK_THAT(html, Contains("<h2 id=\"phases-2-2\">Phases, a third time</h2>"));
    CHECK_THAT(html, Contains("<h2 id=\"placement-name-2\">Clashes"));
    CHECK_THAT(html, Contains("<h2 id=\"a-b-script\">Odd id</h2>"));
    CHECK_THAT(html, Contains("<h2 id=\"To-reach-Run\">To reach Run</h2>"));
    CHECK(count(html, "<section") == count(html, "</section>"));
    CHECK(count(html, "<section aria-labelledby=") == 6);
}

TEST_CASE("a paragraph is a p; a muted one grey", "[html_writer]") {
    CHECK(main_of(write(doc::Paragraph{"Plain & simple", doc::Tone::plain})) ==
          "<p>Plain &amp; simple</p>\n");
    CHECK(main_of(write(doc::Paragraph{"None.", doc::Tone::muted})) ==
          "<p class=\"muted\">None.</p>\n");
    CHECK(main_of(write(doc::Paragraph{"", doc::Tone::plain})).empty());
}

TEST_CASE("a plain table: header cells, figures right-aligned, changes by sign, a footer",
          "[html_writer]") {
    doc::Table table = table_of("phases", "phase",
                                {{"Phase", doc::Align::left},
                                 {"Before", doc::Align::right},
                                 {"After", doc::Align::right},
                                 {"Change", doc::Align::right}});
    table.rows.push_back({doc::text_cell("Bronze"), doc::score_cell(0.5), doc::score_cell(1.0),
                          doc::change_cell(0.5, 1.0)});
    table.rows.push_back({doc::text_cell("Silver"), doc::score_cell(0.69), doc::score_cell(0.44),
                          doc::change_cell(0.69, 0.44)});
    table.rows.push_back({doc::text_cell("Gold"), doc::score_cell(0.5), doc::score_cell(0.5),
                          doc::change_cell(0.5, 0.5)});
    table.rows.push_back({doc::text_cell("Platinum"), doc::score_cell(std::nullopt),
                          doc::score_cell(0.5), doc::change_cell(std::nullopt, 0.5)});
    table.footer.push_back({doc::text_cell("All"), doc::score_cell(0.4), doc::score_cell(0.6),
                            doc::change_cell(0.4, 0.6)});
    const std::string html = main_of(write({doc::Heading{"phases", "Phases", {}}, table}));
    CHECK_THAT(html, Contains("<div class=\"scroll\" role=\"region\" aria-labelledby=\"phases\" "
                              "tabindex=\"0\">\n<table class=\"plain\">\n"));
    CHECK_THAT(html, Contains("<thead>\n<tr><th scope=\"col\">Phase</th><th scope=\"col\" "
                              "class=\"n\">Before</th><th scope=\"col\" class=\"n\">After</th><th "
                              "scope=\"col\" class=\"n\">Change</th></tr>\n</thead>\n"));
    CHECK_THAT(html, Contains("<tr><th scope=\"row\">Bronze</th><td class=\"n\">0.50</td><td "
                              "class=\"n\">1.00</td><td class=\"n change up\">+0.50</td></tr>"));
    CHECK_THAT(html, Contains("<td class=\"n change down\">-0.25</td>"));
    CHECK_THAT(html, Contains("<td class=\"n change flat\">0.00</td>"));
    // A side without a score: an en dash, for the score and for the change.
    CHECK_THAT(html, Contains("<th scope=\"row\">Platinum</th><td class=\"n\">–</td><td "
                              "class=\"n\">0.50</td><td class=\"n change flat\">–</td>"));
    CHECK_THAT(html, Contains("</tbody>\n<tfoot>\n<tr><th scope=\"row\">All</th>"));
    CHECK_THAT(html, Contains("</tfoot>\n</table>\n</div>\n"));
    // No heat cell: no color scale.
    CHECK_THAT(html, !Contains("class=\"scale\""));
}

TEST_CASE("table cells: code, count, share and a bar column", "[html_writer]") {
    doc::Table table = table_of("phases", "phase",
                                {{"Phase", doc::Align::left},
                                 {"Teams", doc::Align::right},
                                 {"Share", doc::Align::right},
                                 {"", doc::Align::left},
                                 {"File", doc::Align::left}});
    table.rows.push_back({doc::text_cell("Bronze"), doc::count_cell(3), doc::share_cell(0.25),
                          doc::bar_cell(0.25), doc::code_cell("teams/a<b>.yaml")});
    table.rows.push_back({doc::code_cell("x.yaml")});  // a short row
    const std::string html = main_of(write(table));
    CHECK_THAT(html, Contains("<table class=\"plain counts\">"));
    CHECK_THAT(html, Contains("<th scope=\"col\"><span class=\"sr\">Bar</span></th>"));
    CHECK_THAT(html, Contains("<td class=\"n\">3</td><td class=\"n\">25%</td>"));
    CHECK_THAT(html, Contains("<td class=\"bar-cell\"><span class=\"hbar\" aria-hidden=\"true\">"
                              "<span style=\"width: 25%\"></span></span></td>"));
    CHECK_THAT(html, Contains("<td class=\"file\"><code>teams/a&lt;b&gt;.yaml</code></td>"));
    CHECK_THAT(html, Contains("<tr><th scope=\"row\" class=\"file\"><code>x.yaml</code></th><td>"
                              "</td><td></td><td></td><td></td></tr>"));
    // Outside a section the box names itself.
    CHECK_THAT(html, Contains("<div class=\"scroll\" role=\"region\" aria-label=\"Table of "
                              "phase\" tabindex=\"0\">"));
}

TEST_CASE("a heat table is a heatmap with its color scale after it", "[html_writer]") {
    doc::Table table =
        table_of("matrix", "area", {{"Area", doc::Align::left}, {"Walk", doc::Align::right}});
    table.rows.push_back({doc::text_cell("People"), doc::heat_cell(0.95)});
    table.rows.push_back({doc::text_cell("Toil"), doc::heat_cell(std::nullopt)});
    table.footer.push_back({doc::text_cell("Whole phase"), doc::heat_cell(0.1)});
    const std::string html = main_of(write({doc::Heading{"areas", "Areas by phase", {}}, table}));
    CHECK_THAT(html, Contains("<table class=\"heatmap\">"));
    CHECK_THAT(html, Contains("<tr><th scope=\"row\">People</th><td class=\"s4\">0.95</td></tr>"));
    CHECK_THAT(html, Contains("<tr><th scope=\"row\">Toil</th><td class=\"none\"><span "
                              "aria-hidden=\"true\">–</span><span class=\"sr\">no "
                              "score</span></td></tr>"));
    CHECK_THAT(html, Contains("<tfoot>\n<tr><th scope=\"row\">Whole phase</th><td "
                              "class=\"s0\">0.10</td></tr>"));
    CHECK_THAT(html, Contains("</table>\n</div>\n<ul class=\"scale\" aria-label=\"Color "
                              "scale\">\n"));
    CHECK(count(html, "<ul class=\"scale\"") == 1);
}

TEST_CASE("items are a numbered list of questions with their place, flags and facts",
          "[html_writer]") {
    doc::Items items;
    items.items.push_back(
        item("Do you review SLOs?", {"essential", "weight 2"},
             {{"Answer", "Partly (0.50)", doc::FactKind::brief},
              {"Note", "line one\nline two", doc::FactKind::long_text},
              {"Evidence", "https://wiki.example.com/slo?a=1&b=2 see page 3", doc::FactKind::link},
              {"Empty", "", doc::FactKind::brief}}));
    items.items.push_back({"Unanswered?", "run.x", "", "Toil", {}, {}});
    const std::string html = main_of(write(items));
    CHECK_THAT(html, StartsWith("<ol class=\"gaps\">\n<li class=\"gap\">\n"
                                "<p class=\"text\">Do you review SLOs?</p>\n"
                                "<p class=\"where\"><code>walk.toil.cost</code> · Walk · Toil "
                                "<span class=\"essential\">Essential</span> · weight 2</p>\n"
                                "<dl class=\"facts\">\n"
                                "<dt>Answer</dt><dd>Partly (0.50)</dd>\n"
                                "<dt>Note</dt><dd class=\"note-text\">line one\nline two</dd>\n"));
    CHECK_THAT(html, Contains("<dt>Evidence</dt><dd><a class=\"url\" "
                              "href=\"https://wiki.example.com/slo?a=1&amp;b=2\" rel=\"noopener "
                              "noreferrer\">https://wiki.example.com/slo?a=1&amp;b=2</a> see page "
                              "3</dd>\n</dl>\n</li>\n"));
    CHECK_THAT(html, !Contains("Empty"));  // a fact with no value is left out
    // No phase: left out of the place, no stray separator; no facts: no list.
    CHECK_THAT(html, Contains("<p class=\"where\"><code>run.x</code> · Toil</p>\n</li>\n</ol>\n"));
    CHECK(count(html, "<dl") == 1);
}

TEST_CASE("evidence links only to the web; any other scheme is text", "[html_writer]") {
    const auto evidence = [](const std::string& value) {
        doc::Items items;
        items.items.push_back(item("Q?", {}, {{"Evidence", value, doc::FactKind::link}}));
        return main_of(write(items));
    };
    CHECK_THAT(evidence("  HTTPS://example.com/x"),
               Contains("<a class=\"url\" href=\"HTTPS://example.com/x\""));
    const std::string script = evidence("javascript:alert(document.cookie)");
    CHECK_THAT(script, Contains("<dd>javascript:alert(document.cookie)</dd>"));
    CHECK_THAT(script, !Contains("href"));
    CHECK_THAT(evidence("data:text/html,<script>x</script>"),
               Contains("<dd>data:text/html,&lt;script&gt;x&lt;/script&gt;</dd>"));
    CHECK_THAT(evidence("https://"), !Contains("href"));  // no host: no link
    CHECK_THAT(evidence("https://x.example/\"onmouseover=\"alert(1)"),
               Contains("href=\"https://x.example/&quot;onmouseover=&quot;alert(1)\""));
}

TEST_CASE("an empty list says its none; a list of lines is a bulleted list", "[html_writer]") {
    const doc::Items empty = items_of({}, "gap", "Every question has full credit.");
    CHECK(main_of(write(empty)) == "<p class=\"none-left\">Every question has full credit.</p>\n");
    CHECK(main_of(write(items_of({}, "gap", ""))).empty());
    CHECK(main_of(write(doc::Lines{{"a.yaml: bad", "b<1>.yaml: worse"}})) ==
          "<ul class=\"files\">\n<li>a.yaml: bad</li>\n<li>b&lt;1&gt;.yaml: worse</li>\n</ul>\n");
}

TEST_CASE("a radar is its chart in the section; two radars have ids of their own",
          "[html_writer]") {
    doc::Radar radar{{"People", "Access", "Toil"}, {"Walk"}, {{0.5, std::nullopt, 1.0}}};
    const std::string html = main_of(write({doc::Heading{"radar", "Areas", {}}, radar, radar}));
    // The heading took "radar": the charts take the next ids.
    CHECK_THAT(html, Contains("<h2 id=\"radar\">Areas</h2>\n<div class=\"chart\">\n<svg "
                              "class=\"radar\""));
    CHECK_THAT(html, Contains("<title id=\"radar-2-title\">"));
    CHECK_THAT(html, Contains("<title id=\"radar-3-title\">"));
    CHECK(count(html, "id=\"radar-2-title\"") == 1);
    CHECK_THAT(html, Contains("<polyline class=\"shape\""));
    CHECK(count(html, "<svg") == count(html, "</svg>"));
    CHECK(count(html, "<div") == count(html, "</div>"));
}

TEST_CASE("a whole report: every svg balanced, every section closed, in order", "[html_writer]") {
    doc::Callout callout;
    callout.label = "Placement";
    callout.name = "Walk";
    doc::Table matrix =
        table_of("matrix", "area", {{"Area", doc::Align::left}, {"Walk", doc::Align::right}});
    matrix.rows.push_back({doc::text_cell("People"), doc::heat_cell(0.5)});
    const doc::Items gaps = items_of({item("Q?", {"essential"}, {})}, "gap", "None.");
    const std::string page = write({
        doc::Title{"SRE 1.0", {{"Team", "Payments"}}, {}},
        callout,
        doc::Heading{"phases", "Phases", {}},
        doc::Meters{{meter("Crawl", 0.9, 0.8, true, "achieved"),
                     meter("Walk", 0.5, 0.75, false, "not achieved")}},
        doc::Heading{"areas", "Areas by phase", {}},
        doc::Radar{{"People", "Access", "Toil"}, {"Crawl", "Walk"}, {{1, 1, 1}, {0.5, 0.5, 0.5}}},
        matrix,
        doc::Heading{"reach", "To reach Run", "1 gap"},
        gaps,
    });
    const std::string html = main_of(page);
    CHECK(count(html, "<svg") == count(html, "</svg>"));
    CHECK(count(html, "<svg") == 2 + 1 + 2);  // two bars, the radar, two legend lines
    CHECK(count(html, "<section") == count(html, "</section>"));
    CHECK(count(html, "<ol") == count(html, "</ol>"));
    CHECK(count(html, "<ul") == count(html, "</ul>"));
    CHECK(count(html, "<div") == count(html, "</div>"));
    std::size_t at = 0;
    for (const char* part :
         {"<header>", "<section class=\"placement\"", "<h2 id=\"phases\">", "<ol class=\"ladder\">",
          "</section>\n<section aria-labelledby=\"areas\">", "<div class=\"chart\">",
          "<table class=\"heatmap\">", "<ul class=\"scale\"",
          "</section>\n<section aria-labelledby=\"reach\">", "<ol class=\"gaps\">",
          "</section>\n"}) {
        const std::size_t found = html.find(part, at);
        INFO(part);
        REQUIRE(found != std::string::npos);
        at = found;
    }
}

TEST_CASE("no string from the document reaches the page unescaped", "[html_writer]") {
    // Markup, both quotes, an ampersand, ESC and a right-to-left override.
    const std::string bad = "<script>alert(1)</script>\"'&\x1b[31m\xe2\x80\xae";
    const std::string url = "https://x.example/" + bad;

    doc::Callout callout{bad, bad, bad, doc::Tone::good, {bad, bad}, bad, {bad, bad}};
    doc::Meter m{bad, 0.5, 0.7, false, bad, bad, bad, {bad, bad}};
    doc::Table table = table_of(bad, bad, {{bad, doc::Align::left}, {bad, doc::Align::right}});
    for (const doc::Cell& cell : {doc::text_cell(bad), doc::code_cell(bad)}) {
        table.rows.push_back({cell, doc::text_cell(bad)});
        table.rows.push_back({cell, doc::code_cell(bad)});
    }
    doc::Cell number = doc::count_cell(1);
    number.text = bad;
    table.rows.push_back({number, number});
    table.rows.push_back({doc::text_cell(bad), doc::heat_cell(0.5)});
    table.footer.push_back({doc::text_cell(bad), doc::change_cell(0.1, 0.2)});
    doc::Item question{bad,
                       bad,
                       bad,
                       bad,
                       {"essential", bad},
                       {{bad, bad, doc::FactKind::brief},
                        {bad, bad, doc::FactKind::long_text},
                        {bad, bad, doc::FactKind::link},
                        {bad, url, doc::FactKind::link}}};

    const doc::Document document{
        bad,
        {
            table,  // before any heading: its noun names the box
            doc::Title{bad, {{bad, bad}}, bad},
            callout,
            doc::Meters{{m}},
            doc::Heading{bad, bad, bad},
            doc::Paragraph{bad, doc::Tone::plain},
            doc::Paragraph{bad, doc::Tone::muted},
            table,
            items_of({question}, bad, bad),
            items_of({}, bad, bad),
            doc::Lines{{bad, bad}},
            doc::Radar{{bad, bad, bad}, {bad, bad}, {{0.5, std::nullopt, 0.5}, {1, 1, 1}}},
        }};
    const std::string page = gait::write_html(document);

    CHECK_THAT(page, !Contains("<script"));
    CHECK_THAT(page, !Contains("<SCRIPT"));
    CHECK(page.find('\x1b') == std::string::npos);
    CHECK_THAT(page, !Contains("\xe2\x80\xae"));
    CHECK_THAT(page, !Contains("\"'&"));  // the quotes and the ampersand as written: never
    CHECK_THAT(page, !Contains("</script>"));
    // They are there, escaped, as text; the override is shown, not obeyed.
    const std::string escaped =
        "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;[31m&lt;U+202E&gt;";
    CHECK(count(page, escaped) >= 40);
    CHECK_THAT(page, Contains("<title>" + escaped + "</title>"));
    CHECK_THAT(page, Contains("href=\"https://x.example/" + escaped + "\""));
    CHECK(count(page, "<svg") == count(page, "</svg>"));
    CHECK(count(page, "<section") == count(page, "</section>"));
}
