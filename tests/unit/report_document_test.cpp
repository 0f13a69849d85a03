#include "gait/document/report_document.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "gait/format/html_writer.hpp"
#include "gait/format/text_writer.hpp"
#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/respondents.hpp"
#include "gait/score/scoring.hpp"

#include "document_checks.hpp"
#include "five_level.hpp"
#include "five_level_targets.hpp"
#include "text_helpers.hpp"

namespace {
std::string html_of(const gait::Result& result) {
    return gait::write_html(gait::report_document(result));
}
}  // namespace

using gait::test::block_of;
using gait::test::blocks_of;
using gait::test::headings_of;
using gait::test::score_five_level;

TEST_CASE("the team report states its sections once, in order", "[report_document]") {
    const gait::doc::Document document =
        gait::report_document(score_five_level(gait::test::bronze_team, "Ops", "2026-03-01"));
    CHECK(document.title == "Ops · Platform Health Check 2 · 2026-03-01");
    CHECK(headings_of(document) ==
          std::vector<std::string>{"Phases: ", "Areas by phase: ", "To hold Bronze: 2 gaps",
                                   "To reach Silver: 1 gap",
                                   "Unanswered: 2 questions (counted as 0)"});
    const auto& title = block_of<gait::doc::Title>(document);
    CHECK(title.text == "Platform Health Check 2");
    REQUIRE(title.fields.size() == 2);
    CHECK(title.fields[0].label == "Team");
    CHECK(title.fields[0].value == "Ops");
}

TEST_CASE("the placement names the gaps that block the next phase first", "[report_document]") {
    const gait::doc::Document document =
        gait::report_document(score_five_level(gait::test::bronze_team));
    const auto& callout = block_of<gait::doc::Callout>(document);
    CHECK(callout.name == "Bronze");
    CHECK_FALSE(callout.from);
    // silver.operate.slo is the one gap to reach Silver.
    CHECK(callout.points_label == "First to close for Silver:");
    CHECK(callout.points == std::vector<std::string>{"Do you have SLOs with error budgets?"});
    // Silver's Operate cell is slo alone, started: 0.25, below the 0.5 floor.
    CHECK(callout.sentences[1] ==
          "Next: Silver, scoring 0.44 of the 0.60 it needs, with 1 area "
          "below the floor.");
    CHECK(callout.sentences.back() ==
          "In Silver, Operate 0.25 is below the 0.50 every area needs.");
}

TEST_CASE("the phases carry their status, tag and missing essentials", "[report_document]") {
    const gait::doc::Document document =
        gait::report_document(score_five_level("  bronze.build.ci: done\n"));
    const auto& meters = block_of<gait::doc::Meters>(document).meters;
    REQUIRE(meters.size() == 3);
    // Bronze scores (2 x 1 + 0 + 0) / 4 = 0.5, its threshold, but alerts is essential and
    // unanswered.
    CHECK(meters[0].score == Approx(0.5));
    CHECK_FALSE(meters[0].achieved);
    // Operate's Bronze cell is alerts and backups, both unanswered: 0, below the 0.5 floor.
    CHECK(meters[0].status == "not achieved, 1 essential short and 1 area below the floor");
    CHECK(meters[0].tag == "Next");
    CHECK(meters[0].essentials == std::vector<std::string>{"bronze.operate.alerts"});
    CHECK(block_of<gait::doc::Callout>(document).name == "none yet");
}

TEST_CASE("the area table has a heat cell per phase and the whole phase at its foot",
          "[report_document]") {
    const gait::doc::Document document =
        gait::report_document(score_five_level(gait::test::bronze_team));
    const auto& table = block_of<gait::doc::Table>(document);
    REQUIRE(table.columns.size() == 5);
    CHECK(table.columns[4].heading == "Placed");
    CHECK(table.columns[1].heading == "Bronze");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0][0].text == "Build");
    CHECK(table.rows[0][1].kind == gait::doc::CellKind::heat);
    CHECK(*table.rows[0][1].value == Approx(0.5));  // ci half
    REQUIRE(table.footer.size() == 1);
    CHECK(table.footer[0][0].text == "Whole phase");
    CHECK(*table.footer[0][2].value == Approx(0.4375));
    // Two areas: no radar, whose shape would be flat; the table says it all.
    CHECK(blocks_of<gait::doc::Radar>(document).empty());
}

TEST_CASE("a gap lists its answer, weight, note and advice as facts", "[report_document]") {
    const gait::doc::Document document =
        gait::report_document(score_five_level(gait::test::bronze_team));
    const auto& items = block_of<gait::doc::Items>(document);  // to hold Bronze
    REQUIRE(items.items.size() == 2);
    const gait::doc::Item& ci = items.items[0];
    CHECK(ci.id == "bronze.build.ci");
    CHECK(ci.phase == "Bronze");
    CHECK(ci.area == "Build");
    REQUIRE(ci.facts.size() >= 3);
    CHECK(ci.facts[0].label == "Answer");
    CHECK(ci.facts[0].value == "Half way (0.50)");
    CHECK(ci.facts[1].label == "Weight");
    CHECK(ci.facts[1].value == "2");
    CHECK(ci.facts[2].label == "Note");
    CHECK(ci.facts[2].value == "flaky runners");
    CHECK(ci.facts[2].kind == gait::doc::FactKind::long_text);
    CHECK(ci.facts.back().label == "To do");
}

TEST_CASE("the builder leaves text from files as it is: escaping is the writers' job",
          "[report_document]") {
    const gait::doc::Document document = gait::report_document(
        score_five_level(gait::test::bronze_team, "<b>\x1b]0;x\x07</b>", "2026-03-01"));
    CHECK(block_of<gait::doc::Title>(document).fields[0].value == "<b>\x1b]0;x\x07</b>");
}

// Through the writers: what each format makes of the document.

namespace {

std::string text_of(const gait::Result& result, const gait::TextStyle& style) {
    return gait::write_text(gait::report_document(result), style);
}

gait::Result walk_team() {
    const gait::Rubric rubric = gait::builtin_rubric();
    const gait::Answers answers = gait::load_answers_file(
        std::string(GAIT_TEST_DATA) + "/../../data/examples/walk.yaml", rubric);
    return gait::score(rubric, answers);
}

}  // namespace

TEST_CASE("the text report fits the width it is given") {
    const gait::Result result = walk_team();
    const std::size_t width = GENERATE(40u, 80u, 120u);
    std::istringstream lines(text_of(result, {width, false}));
    for (std::string line; std::getline(lines, line);) {
        INFO("width " << width << ": " << line);
        // Words are never split: only a line of one long word may overflow.
        const bool one_word = line.find_first_not_of(' ') == line.find_last_of(' ') + 1;
        CHECK((gait::display_width(line) <= width || one_word));
    }
}

TEST_CASE("the text report is colored only when asked") {
    const gait::Result result = walk_team();
    const std::string plain = text_of(result, {80, false});
    const std::string colored = text_of(result, {80, true});
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(colored.find("\x1b[1mWalk\x1b[0m") != std::string::npos);
}

TEST_CASE("the text report names the placement, the next phase and both gap lists") {
    const std::string text = text_of(walk_team(), {80, false});
    CHECK(text.find("Placement: Walk") != std::string::npos);
    CHECK(text.find("Next: Run, scoring 0.46 of the 0.70 it needs, with 4 areas below the") !=
          std::string::npos);
    CHECK(text.find("In Run, 4 areas are below the 0.50 every area needs: Observability 0.33,") !=
          std::string::npos);
    CHECK(text.find("To hold Walk: ") != std::string::npos);
    CHECK(text.find("To reach Run: ") != std::string::npos);
    CHECK(text.find("To hold Walk: ") < text.find("To reach Run: "));
}

TEST_CASE("the text report says when no phase is held") {
    gait::Result result = walk_team();
    result.placement.reset();
    result.next = 0;
    const std::string text = text_of(result, {80, false});
    CHECK(text.find("Placement: none yet") != std::string::npos);
    CHECK(text.find("To hold") == std::string::npos);
}

TEST_CASE("the next phase says when only essentials stand in the way") {
    gait::Result result = walk_team();
    gait::PhaseScore& run = result.phases[*result.next];
    run.score = 0.9;
    run.essentials_missing = {"run.slos.review-cadence"};
    run.areas_below_floor.clear();
    const std::string text = text_of(result, {200, false});
    CHECK(text.find("Next: Run. The score 0.90 reaches the 0.70 it needs, but 1 essential is "
                    "short.") != std::string::npos);
}

TEST_CASE("the next phase with no score names only the essentials it lacks") {
    gait::Result result = walk_team();
    gait::PhaseScore& run = result.phases[*result.next];
    run.score.reset();
    run.essentials_missing = {"run.slos.review-cadence"};
    run.areas_below_floor.clear();
    const std::string text = text_of(result, {200, false});
    CHECK(text.find("Next: Run, with 1 essential short.") != std::string::npos);
}

// In HTML.

namespace {

using gait::test::count;

gait::Result example_team(const std::string& name) {
    const gait::Rubric rubric = gait::builtin_rubric();
    const gait::Answers answers = gait::load_answers_file(
        std::string(GAIT_TEST_DATA) + "/../../data/examples/" + name + ".yaml", rubric);
    return gait::score(rubric, answers);
}

gait::Result five_level_team(const std::string& yaml) {
    const gait::Rubric rubric =
        gait::load_rubric_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
    return gait::score(rubric, gait::load_answers(yaml, "t.yaml", rubric));
}

// Bronze held, Silver next; one hostile note and two kinds of evidence.
const char* const hostile_answers = R"(
rubric:
  id: platform-health
team: "<script>alert(1)</script> & Co"
date: 2026-05-04
respondent: "O'Brien \e[31mred\e[0m"
answers:
  bronze.build.ci:
    answer: mostly
    note: '" onmouseover="x'
    evidence: javascript:alert(1)
  bronze.operate.alerts: done
  bronze.operate.backups: skip
  silver.build.review:
    answer: half
    note: "<script>alert(1)</script>"
    evidence: https://wiki.example.com/review?team=a&b=<c> see page 3
  gold.build.canary: skip
  gold.operate.chaos: skip
)";

// The text of the element that starts at `open` (an opening tag), up to `close`.
std::string element(const std::string& html, const std::string& open, const std::string& close) {
    const std::size_t start = html.find(open);
    if (start == std::string::npos) return {};
    const std::size_t end = html.find(close, start);
    return html.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Every value of attribute `name` (e.g. `href="`) in `html`.
std::vector<std::string> attribute_values(const std::string& html, const std::string& name) {
    std::vector<std::string> values;
    for (std::size_t at = html.find(name); at != std::string::npos; at = html.find(name, at + 1)) {
        const std::size_t start = at + name.size();
        values.push_back(html.substr(start, html.find('"', start) - start));
    }
    return values;
}

}  // namespace

TEST_CASE("the HTML report is one self-contained HTML5 page", "[html]") {
    // The pre-Crawl team has a gap with a web link as evidence.
    const std::string html = html_of(example_team("pre-crawl"));
    CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(html.find(R"(<meta name="viewport" content="width=device-width, initial-scale=1">)") !=
          std::string::npos);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("@media print {") != std::string::npos);
    CHECK(html.find("break-inside: avoid") != std::string::npos);
    CHECK(html.find("</html>\n") == html.size() - 8);
    // Nothing that loads anything.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    // Links only for evidence, and only to the web.
    const std::vector<std::string> hrefs = attribute_values(html, "href=\"");
    CHECK(hrefs.size() == 1);
    CHECK(hrefs.size() == count(html, "rel=\"noopener noreferrer\""));
    for (const std::string& href : hrefs) {
        INFO(href);
        CHECK((href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0));
    }
    CHECK(
        html.find(
            R"(<a class="url" href="https://wiki.example.com/field-scheduler/rca-2026-09-03" )"
            R"(rel="noopener noreferrer">https://wiki.example.com/field-scheduler/rca-2026-09-03</a>)") !=
        std::string::npos);
}

TEST_CASE("the HTML report is the same every time", "[html]") {
    const gait::Result result = example_team("walk");
    const std::string html = html_of(result);
    CHECK(html == html_of(result));
    CHECK(html == html_of(example_team("walk")));
}

TEST_CASE("the HTML report has its sections in order", "[html]") {
    const std::string html = html_of(example_team("walk"));
    const std::size_t title = html.find("<h1>SRE Maturity Model 2.0</h1>");
    const std::size_t placement = html.find("<section class=\"placement\"");
    const std::size_t phases = html.find("<h2 id=\"phases\">");
    const std::size_t radar = html.find("<svg class=\"radar\"");
    const std::size_t heatmap = html.find("<table class=\"heatmap\">");
    const std::size_t hold = html.find("<h2 id=\"hold\">To hold Walk");
    const std::size_t reach = html.find("<h2 id=\"reach\">To reach Run");
    REQUIRE(title != std::string::npos);
    REQUIRE(placement != std::string::npos);
    REQUIRE(phases != std::string::npos);
    REQUIRE(radar != std::string::npos);
    REQUIRE(heatmap != std::string::npos);
    REQUIRE(hold != std::string::npos);
    REQUIRE(reach != std::string::npos);
    CHECK(title < placement);
    CHECK(placement < phases);
    CHECK(phases < radar);
    CHECK(radar < heatmap);
    CHECK(heatmap < hold);
    CHECK(hold < reach);
    CHECK(html.find("<dd>Payments API</dd>") < placement);
    CHECK(html.find("<dd>2026-11-18</dd>") < placement);
    CHECK(html.find("<dd>Ngozi Adeyemi (engineering manager)</dd>") < placement);
}

TEST_CASE("the HTML report states the placement and what comes next", "[html]") {
    const std::string html = html_of(example_team("walk"));
    const std::string placement = element(html, "<section class=\"placement\"", "</section>");
    CHECK(placement.find("<p class=\"name\" id=\"placement-name\">Walk</p>") != std::string::npos);
    CHECK(placement.find("You track the error budget") != std::string::npos);
    CHECK(placement.find("Next: Run, scoring 0.46 of the 0.70 it needs, with 4 areas below the "
                         "floor.") != std::string::npos);
    CHECK(html.find("<h2 id=\"hold\">To hold Walk <span class=\"count\">· 12 gaps</span>") !=
          std::string::npos);
    CHECK(html.find("<h2 id=\"reach\">To reach Run <span class=\"count\">· 16 gaps</span>") !=
          std::string::npos);
    CHECK(count(html, "<li class=\"gap\">") == 28);
}

TEST_CASE("the HTML phase ladder says in words whether each phase is achieved", "[html]") {
    const std::string html = html_of(example_team("walk"));
    const std::string ladder = element(html, "<ol class=\"ladder\">", "</ol>");
    CHECK(count(ladder, "<li>") == 3);
    CHECK(count(ladder, "Achieved</p>") == 2);
    CHECK(count(ladder, "Not achieved, 4 areas below the floor</p>") == 1);
    CHECK(count(ladder, "<svg class=\"bar\"") == 3);
    CHECK(ladder.find("<strong>0.46</strong> <span class=\"needs\">needs 0.70</span>") !=
          std::string::npos);
    // The threshold mark sits at 70% of the Run bar.
    CHECK(ladder.find("x1=\"70\" y1=\"0\" x2=\"70\"") != std::string::npos);
}

TEST_CASE("the HTML radar chart has one polygon per phase", "[html]") {
    SECTION("the built-in rubric") {
        gait::Result result = example_team("walk");
        result.areas.back().by_phase[0].reset();  // as if Releasing had nothing in Crawl
        const std::string html = html_of(result);
        const std::string radar = element(html, "<svg class=\"radar\"", "</svg>");
        CHECK(radar.find("role=\"img\"") != std::string::npos);
        CHECK(radar.find("<title id=\"radar-title\">") != std::string::npos);
        // Crawl has no score in Releasing: a line broken there, not a polygon.
        CHECK(count(radar, "<polygon") == 2);
        CHECK(count(radar, "<polyline") == 1);
        CHECK(count(radar, "<text class=\"axis-name\"") == result.areas.size());
        // Releasing has no score in Crawl: not drawn, and said so.
        CHECK(html.find("so no point on that axis and no line through it") != std::string::npos);
        CHECK(html.find("Crawl: Releasing.") != std::string::npos);
        // A legend entry per phase.
        const std::string legend = element(html, "<ul class=\"legend\">", "</ul>");
        CHECK(count(legend, "<li>") == 3);
        CHECK(legend.find("</svg>Run</li>") != std::string::npos);
    }
    SECTION("another rubric") {
        const gait::Result result = five_level_team(hostile_answers);
        const std::string html = html_of(result);
        // Two areas would make flat shapes: the table alone says it.
        CHECK(count(html, "<svg class=\"radar\"") == 0);
        CHECK(html.find("<table class=\"heatmap\">") != std::string::npos);
    }
}

TEST_CASE("the HTML radar chart cuts axis names too long to fit", "[html]") {
    gait::Result result = example_team("walk");
    const std::string name =
        "Supercalifragilisticexpialidocious practices of every single team in the whole company, "
        "written down";
    result.areas[0].name = name;
    const std::string html = html_of(result);
    const std::string label = element(html, "<text class=\"axis-name\"", "</text>");
    CHECK(count(label, "<tspan") == 4);
    CHECK(count(label, "…") == 2);
    CHECK(label.find("1. Supercalifragilis…</tspan>") != std::string::npos);
    CHECK(label.find("written down") == std::string::npos);
    // The whole name is in the key and the table.
    CHECK(html.find("<li>" + name + "</li>") != std::string::npos);
    CHECK(html.find("<th scope=\"row\">" + name + "</th>") != std::string::npos);
}

TEST_CASE("the HTML heatmap colors the scores and marks empty cells", "[html]") {
    gait::Result result = example_team("walk");
    SECTION("a cell with no score") {
        result.areas.back().by_phase[0].reset();  // as if Releasing had nothing in Crawl
        const std::string html = html_of(result);
        const std::string row = element(html, "<tr><th scope=\"row\">Releasing</th>", "</tr>");
        CHECK(count(row, "<td class=\"none\"><span aria-hidden=\"true\">–</span>") == 1);
        CHECK(row.find("<td class=\"s4\">0.88</td>") != std::string::npos);
        CHECK(row.find("<td class=\"s1\">0.25</td>") != std::string::npos);
        CHECK(row.find("<td>Walk</td>") != std::string::npos);
        // The legend explains the scale.
        CHECK(html.find("<span class=\"swatch s4\" aria-hidden=\"true\"></span>0.80 or more") !=
              std::string::npos);
    }
    SECTION("a row with no score at all") {
        for (std::optional<double>& cell : result.areas[0].by_phase)
            cell.reset();
        const std::string html = html_of(result);
        const std::string row =
            element(html, "<tr><th scope=\"row\">People and culture</th>", "</tr>");
        REQUIRE(!row.empty());
        CHECK(count(row, "<td class=\"none\"><span aria-hidden=\"true\">–</span>") == 3);
        CHECK(row.find("<td class=\"s") == std::string::npos);
        CHECK(html.find("Crawl: People and culture; Walk: People and culture") !=
              std::string::npos);
    }
}

TEST_CASE("the HTML report escapes everything from the rubric and the answers", "[html]") {
    const std::string html = html_of(five_level_team(hostile_answers));
    // Nothing hostile gets through raw.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("\" onmouseover=\"x") == std::string::npos);
    CHECK(html.find("href=\"javascript") == std::string::npos);
    CHECK(html.find('\x1b') == std::string::npos);
    // It is shown as text instead.
    CHECK(html.find("<dd>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</dd>") !=
          std::string::npos);
    CHECK(html.find("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co · Platform Health "
                    "Check 2 · 2026-05-04</title>") != std::string::npos);
    CHECK(html.find("<dd>O&#39;Brien [31mred[0m</dd>") != std::string::npos);
    CHECK(html.find("<dd class=\"note-text\">&quot; onmouseover=&quot;x</dd>") !=
          std::string::npos);
    CHECK(html.find("<dd class=\"note-text\">&lt;script&gt;alert(1)&lt;/script&gt;</dd>") !=
          std::string::npos);
    CHECK(html.find("<dt>Evidence</dt><dd>javascript:alert(1)</dd>") != std::string::npos);
    // A web link is a link, escaped in the attribute too; what follows the URL is text.
    CHECK(html.find("<dt>Evidence</dt><dd><a class=\"url\" "
                    "href=\"https://wiki.example.com/review?team=a&amp;b=&lt;c&gt;\" "
                    "rel=\"noopener noreferrer\">https://wiki.example.com/review?team=a&amp;b=&lt;"
                    "c&gt;</a> see page 3</dd>") != std::string::npos);
}

TEST_CASE("the HTML report drops characters HTML does not allow", "[html]") {
    gait::Result result = five_level_team(hostile_answers);
    result.team = std::string("bell\a nul") + '\0' + " c1\xc2\x9b del\x7f bad\xff tab\tend";
    result.gaps.front().note = "line one\nline two \xe2\x80\xae reversed";
    const std::string html = html_of(result);
    CHECK(html.find("<dd>bell nul c1 del bad\xef\xbf\xbd tab\tend</dd>") != std::string::npos);
    CHECK(html.find("line one\nline two &lt;U+202E&gt; reversed") != std::string::npos);
    CHECK(html.find("\xe2\x80\xae") == std::string::npos);
    for (const char c : html) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\n' && c != '\t') FAIL("control character " << int(byte));
    }
}

TEST_CASE("the HTML gap shows the answer, the weight and the essential marker", "[html]") {
    const std::string html = html_of(example_team("pre-crawl"));
    const std::size_t essential =
        html.find("<p class=\"where\"><code>crawl.oncall.schedule</code>");
    REQUIRE(essential != std::string::npos);
    CHECK(html.substr(essential, html.find("</p>", essential) - essential)
              .find("· Crawl · On call and incidents <span class=\"essential\">Essential</span>") !=
          std::string::npos);
    const std::size_t at = html.find("<p class=\"where\"><code>crawl.oncall.blameless-rca</code>");
    REQUIRE(at != std::string::npos);
    const std::string gap = html.substr(at, html.find("</li>", at) - at);
    CHECK(gap.find("· Crawl · On call and incidents</p>") != std::string::npos);
    CHECK(gap.find("<dt>Answer</dt><dd>Partly (0.50)</dd>") != std::string::npos);
    CHECK(gap.find("<dt>Weight</dt><dd>2</dd>") != std::string::npos);
    CHECK(gap.find("<dt>Note</dt><dd class=\"note-text\">We wrote one RCA") != std::string::npos);
    CHECK(gap.find("href=\"https://wiki.example.com/field-scheduler/rca-2026-09-03\"") !=
          std::string::npos);
    CHECK(gap.find("<dt>To do</dt><dd class=\"note-text\">Agree what counts as major") !=
          std::string::npos);
}

TEST_CASE("the HTML report with no placement has nothing to hold", "[html]") {
    const std::string html = html_of(example_team("pre-crawl"));
    CHECK(html.find("<p class=\"name\" id=\"placement-name\">None yet</p>") != std::string::npos);
    CHECK(html.find("The team does not hold the Crawl phase yet") != std::string::npos);
    CHECK(html.find("To hold") == std::string::npos);
    CHECK(html.find("<h2 id=\"reach\">To reach Crawl") != std::string::npos);
    CHECK(html.find("<span class=\"tag\">Placement</span>") == std::string::npos);
    CHECK(count(html, "<span class=\"tag\">Next</span>") == 1);
}

TEST_CASE("the HTML report lists unanswered questions", "[html]") {
    const gait::Result result = five_level_team(hostile_answers);
    REQUIRE(result.unanswered.size() == 1);
    const std::string html = html_of(result);
    CHECK(html.find("<h2 id=\"unanswered\">Unanswered <span class=\"count\">· 1 question "
                    "(counted as 0)</span></h2>") != std::string::npos);
    CHECK(html.find("<p class=\"text\">Do you have SLOs with error budgets?</p>\n"
                    "<p class=\"where\"><code>silver.operate.slo</code> · Silver · Operate</p>") !=
          std::string::npos);
    CHECK(html.find("<dt>Answer</dt><dd>unanswered (counted as 0)</dd>") != std::string::npos);
    CHECK(html_of(example_team("walk")).find("id=\"unanswered\"") == std::string::npos);
}

// Not a test: writes the example reports to look at in a browser, e.g. with
// tests/tools/html_screenshot.sh. Run with "[.html-dump]"; GAIT_HTML_DUMP_DIR
// names the directory (default /tmp).
TEST_CASE("write example HTML reports", "[.html-dump]") {
    const char* dir = std::getenv("GAIT_HTML_DUMP_DIR");
    const std::string out = dir ? dir : "/tmp";
    for (const std::string name : {"pre-crawl", "crawl", "walk", "run"}) {
        std::ofstream(out + "/gait-" + name + ".html") << html_of(example_team(name));
    }
    std::ofstream(out + "/gait-hostile.html") << html_of(five_level_team(hostile_answers));
}

TEST_CASE("a report saved before per-area placement has no Placed column", "[report_document]") {
    gait::Result result = score_five_level(gait::test::bronze_team);
    for (gait::AreaScores& area : result.areas) {
        area.holds.clear();
        area.placement.reset();
    }
    const gait::doc::Document document = gait::report_document(result);
    const auto& table = block_of<gait::doc::Table>(document);
    CHECK(table.columns.size() == 4);
    CHECK(table.columns.back().heading == "Gold");
}

TEST_CASE("each area's row names its own placement, the whole phase row the team's",
          "[report_document]") {
    // silver_team: Build holds Bronze, Silver (review 0.5, the floor) and Gold
    // (canary 1); Operate holds Bronze and Silver (slo 0.75) but not Gold (chaos 0).
    const gait::doc::Document document =
        gait::report_document(score_five_level(gait::test::silver_team));
    const auto& table = block_of<gait::doc::Table>(document);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].back().text == "Gold");
    CHECK(table.rows[1].back().text == "Silver");
    CHECK(table.footer.front().back().text == "Silver");
}

namespace {

// Bronze team's answers by Ana, Silver team's by Ben and a third file by Cy
// (ci done, alerts started, backups n/a): merged by the median.
gait::Result merged_three() {
    std::vector<gait::Answers> files = {
        gait::test::five_level_answers(gait::test::bronze_team, "Ops"),
        gait::test::five_level_answers(gait::test::silver_team, "Ops"),
        gait::test::five_level_answers(R"(
  bronze.build.ci: done
  bronze.operate.alerts: started
  bronze.operate.backups:
    answer: skip
    note: no state to back up
)",
                                       "Ops")};
    const char* names[] = {"Ana", "Ben", "Cy"};
    for (std::size_t f = 0; f < files.size(); ++f) {
        files[f].respondent = names[f];
        files[f].where.file = std::string(names[f]) + ".yaml";
    }
    return gait::score_merged(
        gait::test::five_level(),
        gait::merge_respondents(gait::test::five_level(), files, gait::MergeRule::median));
}

}  // namespace

TEST_CASE("a merged report says how many took part and who", "[report_document]") {
    const gait::doc::Document document = gait::report_document(merged_three());
    const auto& title = block_of<gait::doc::Title>(document);
    REQUIRE(title.fields.size() == 3);
    CHECK(title.fields[2].label == "Respondents");
    CHECK(title.fields[2].value == "3 (Ana, Ben, Cy)");
}

TEST_CASE("a merged report lists the questions to discuss with each respondent's answer",
          "[report_document]") {
    const gait::doc::Document document = gait::report_document(merged_three());
    // ci: half, done, done (2 steps). alerts: done, done, started (3 steps).
    // backups: none, skip, skip: 2 of 3 n/a, and a split. review: done, half (2 steps).
    // slo: started, mostly (2 steps). canary and chaos: one answer each.
    CHECK(headings_of(document)[2] == "Discuss these: 5 questions the respondents see differently");
    const auto& discuss = block_of<gait::doc::Items>(document);
    REQUIRE(discuss.items.size() == 5);
    const gait::doc::Item& ci = discuss.items[0];
    CHECK(ci.id == "bronze.build.ci");
    REQUIRE(ci.facts.size() == 5);
    CHECK(ci.facts[0].label == "Answer");
    CHECK(ci.facts[0].value == "Done (1.00, median of 3)");
    CHECK(ci.facts[1].label == "Spread");
    CHECK(ci.facts[1].value == "2 steps apart, from Half way to Done");
    CHECK(ci.facts[2].label == "Ana");
    CHECK(ci.facts[2].value == "Half way — flaky runners");
    CHECK(ci.facts[4].label == "Cy");
    CHECK(ci.facts[4].value == "Done");
    CHECK(discuss.items[1].facts[1].value == "3 steps apart, from Started to Done");
    const gait::doc::Item& backups = discuss.items[2];
    CHECK(backups.id == "bronze.operate.backups");
    CHECK(backups.facts[0].value == "Does not apply (2 of 3 said so)");
    CHECK(backups.facts[1].value == "split between n/a and an answer");
    CHECK(backups.facts[4].value == "Does not apply — no state to back up");
    CHECK(discuss.items[3].id == "silver.build.review");
    CHECK(discuss.items[3].facts[0].value == "Mostly (0.75, median of 2)");
    CHECK(discuss.items[4].id == "silver.operate.slo");
}

TEST_CASE("a merged report's gaps carry each respondent's note under their name",
          "[report_document]") {
    const gait::doc::Document document = gait::report_document(merged_three());
    const std::string text = gait::write_text(document, {});
    // review is a gap to reach Silver: Ana done, Ben half way, Cy left it blank.
    const auto& reach = block_of<gait::doc::Items>(document, 2);
    REQUIRE(reach.items.size() == 2);
    CHECK(reach.items[0].id == "silver.operate.slo");
    const gait::doc::Item& review = reach.items[1];
    CHECK(review.id == "silver.build.review");
    CHECK(review.facts[2].label == "Ana");
    CHECK(review.facts[2].value == "Done");
    CHECK(review.facts[4].label == "Cy");
    CHECK(review.facts[4].value == "blank");
    CHECK_THAT(text, Catch::Matchers::Contains("Ana: Half way — flaky runners"));
}

TEST_CASE("a report of one respondent has no respondents field and nothing to discuss",
          "[report_document]") {
    const gait::doc::Document document =
        gait::report_document(score_five_level(gait::test::bronze_team));
    for (const std::string& heading : headings_of(document))
        CHECK(heading.find("Discuss") == std::string::npos);
}

TEST_CASE("the team report lists each target beside its placement and what stands between",
          "[report_document][targets]") {
    const gait::doc::Document document = gait::report_document(gait::test::bronze_with_targets());
    CHECK(headings_of(document)[2] == "Targets: 3 targets, 2 not met");
    const auto& lines = block_of<gait::doc::Lines>(document);
    CHECK(lines.lines ==
          std::vector<std::string>{
              "Team: Silver by 2025-12-31 — not met, past its date (placed Bronze); 1 gap "
              "stands between: silver.operate.slo",
              "Build: Gold — not met (placed Silver); 1 gap stands between: gold.build.canary",
              "Operate: Bronze by 2026-06-30 — met (placed Bronze)"});
}

TEST_CASE("a team report without targets has no Targets section", "[report_document][targets]") {
    const gait::doc::Document document =
        gait::report_document(score_five_level(gait::test::bronze_team));
    CHECK(blocks_of<gait::doc::Lines>(document).empty());
}
