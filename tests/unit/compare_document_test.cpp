#include "gait/document/compare_document.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "gait/format/html_writer.hpp"
#include "gait/format/markdown_writer.hpp"

#include "document_checks.hpp"
#include "render_checks.hpp"
#include "summary_fixtures.hpp"
#include "text_helpers.hpp"

namespace {
std::string markdown_of(const gait::Comparison& comparison) {
    return gait::write_markdown(gait::compare_document(comparison));
}
}  // namespace

namespace {
std::string html_of(const gait::Comparison& comparison) {
    return gait::write_html(gait::compare_document(comparison));
}
}  // namespace

using gait::test::block_of;
using gait::test::headings_of;

TEST_CASE("the comparison states its sections once, in order, each with its count",
          "[compare_document]") {
    const gait::doc::Document document = gait::compare_document(gait::test::bronze_to_silver());
    CHECK(document.title == "t · Platform Health Check · 2026-01-01 → 2026-04-01");
    CHECK(headings_of(document) ==
          std::vector<std::string>{
              "Phases: ", "Areas (every phase's questions): ", "Improved: 3 questions",
              "Regressed: 1 question", "Answer changed, same credit: 2 questions",
              "Gaps closed: 2 gaps", "Gaps opened: 1 gap"});
}

TEST_CASE("the comparison's placement moves from one phase to another", "[compare_document]") {
    const gait::doc::Document document = gait::compare_document(gait::test::bronze_to_silver());
    const auto& callout = block_of<gait::doc::Callout>(document);
    CHECK(callout.from == std::optional<std::string>("Bronze"));
    CHECK(callout.name == "Silver");
    CHECK(callout.tone == gait::doc::Tone::good);
    CHECK(callout.sentences == std::vector<std::string>{"Moved up from Bronze to Silver."});
}

TEST_CASE("the comparison's score tables carry before, after and the change",
          "[compare_document]") {
    const gait::doc::Document document = gait::compare_document(gait::test::bronze_to_silver());
    const auto& phases = block_of<gait::doc::Table>(document);
    REQUIRE(phases.rows.size() == 3);
    const std::vector<gait::doc::Cell>& bronze = phases.rows[0];
    CHECK(bronze[0].text == "Bronze");
    CHECK(*bronze[1].value == Approx(0.5));
    CHECK(*bronze[2].value == Approx(1.0));
    CHECK(bronze[3].kind == gait::doc::CellKind::change);
    CHECK(*bronze[3].before == Approx(0.5));
    CHECK(*bronze[3].value == Approx(1.0));
}

TEST_CASE("a changed answer says both answers and both notes", "[compare_document]") {
    const gait::doc::Document document = gait::compare_document(gait::test::bronze_to_silver());
    const auto& improved = block_of<gait::doc::Items>(document);
    const gait::doc::Item& ci = improved.items.at(0);
    CHECK(ci.id == "bronze.build.ci");
    REQUIRE(ci.facts.size() == 3);
    CHECK(ci.facts[0].value == "Half way (0.50) → Done (1.00)");
    CHECK(ci.facts[1].label == "Note before");
    CHECK(ci.facts[1].value == "flaky runners");
    CHECK(ci.facts[2].value == "runners replaced");
}

// Through the writers: what each format makes of the document.

using namespace gait::test;

TEST_CASE("the Markdown comparison has its sections in the order of the text one",
          "[compare-markdown]") {
    const std::string md = markdown_of(bronze_to_silver());
    CHECK(md.rfind("# Platform Health Check\n\n", 0) == 0);
    std::vector<std::string> headings = {"- **Before:** t · 2026-01-01 · rubric 2\n",
                                         "- **After:** t · 2026-04-01 · rubric 2\n",
                                         "## Placement: Bronze → Silver\n\nMoved up from Bronze "
                                         "to Silver.\n"};
    for (const char* title : comparison_titles)
        headings.push_back(std::string("\n## ") + title);
    CHECK(out_of_order(md, headings) == "");
    // No question is in one version of the rubric only.
    CHECK_FALSE(has(md, "Only in"));
    // One final newline.
    CHECK(md.back() == '\n');
    CHECK(md.substr(md.size() - 2) != "\n\n");
}

TEST_CASE("the Markdown comparison tables the scores with a signed change", "[compare-markdown]") {
    const std::string md = markdown_of(bronze_to_silver());
    CHECK(has(md,
              "## Phases\n\n| Phase | Before | After | Change |\n|---|---:|---:|---:|\n"
              "| Bronze | 0.50 | 1.00 | +0.50 |\n| Silver | 0.44 | 0.69 | +0.25 |\n"
              "| Gold | 0.00 | 0.50 | +0.50 |\n"));
    CHECK(has(md,
              "| Area | Before | After | Change | Placed |\n|---|---:|---:|---:|---|\n"
              "| Build | 0.50 | 0.88 | +0.38 | Silver → Gold |\n"
              "| Operate | 0.29 | 0.65 | +0.36 | Bronze → Silver |\n"));

    const gait::Comparison back =
        gait::compare(bronze_to_silver().after, bronze_to_silver().before);
    const std::string down = markdown_of(back);
    CHECK(has(down, "## Placement: Silver → Bronze\n\nMoved down from Silver to Bronze.\n"));
    CHECK(has(down, "| Bronze | 1.00 | 0.50 | -0.50 |\n"));

    // A phase only one side has: no score and no change on the other.
    gait::Result after = bronze_to_silver().after;
    after.phases.pop_back();
    const std::string md_without_gold =
        markdown_of(gait::compare(bronze_to_silver().before, after));
    CHECK(has(md_without_gold, "| Gold | 0.00 | - | - |\n"));
}

TEST_CASE("the Markdown comparison shows each changed answer with its notes",
          "[compare-markdown]") {
    const std::string md = markdown_of(bronze_to_silver());
    const std::string improved = markdown_section(md, "## Improved");
    CHECK(count(improved, "**  \n   `") == 3);
    CHECK(has(improved,
              "1. **Does every change go through continuous integration?**  \n"
              "   `bronze.build.ci` · Bronze · Build · answer: Half way (0.50) → Done (1.00)\n"));
    CHECK(has(improved, "   **Note before:** flaky runners\n\n   **Note:** runners replaced\n"));
    CHECK(has(improved, "`gold.build.canary` · Gold · Build · answer: unanswered → Done (1.00)"));
    CHECK(has(markdown_section(md, "## Regressed"),
              "`silver.build.review` · Silver · Build · answer: Done (1.00) → Half way (0.50)"));
    const std::string changed = markdown_section(md, "## Answer changed");
    CHECK(has(changed, "answer: Not at all (0.00) → Does not apply (n/a)"));
    CHECK(has(changed, "answer: unanswered → Not at all (0.00)"));
    // Notes only where there are some.
    CHECK(count(md, "<details><summary>Details</summary>") == 2);

    // The same note on both sides is shown once.
    gait::Comparison same_note = bronze_to_silver();
    same_note.improved.front().before.note = same_note.improved.front().after.note;
    const std::string once = markdown_of(same_note);
    CHECK_FALSE(has(once, "Note before"));
    CHECK(count(once, "**Note:** runners replaced") == 1);
}

TEST_CASE("the Markdown comparison lists the gaps closed and opened", "[compare-markdown]") {
    const std::string md = markdown_of(bronze_to_silver());
    const std::string closed = markdown_section(md, "## Gaps closed");
    CHECK(has(closed,
              "1. **Does every change go through continuous integration?**  \n"
              "   `bronze.build.ci` · Bronze · Build\n"));
    CHECK(has(closed,
              "2. **Are backups taken and restored in a test?**  \n"
              "   `bronze.operate.backups` · Bronze · Operate\n"));
    CHECK_FALSE(has(closed, "What to do"));
    const std::string opened = markdown_section(md, "## Gaps opened");
    CHECK(has(opened, "`silver.build.review` · Silver · Build\n"));
    CHECK(has(opened, "   **To do:** Require one approval before merge.\n"));

    // The same assessment twice: nothing moved, and the empty lists say so.
    const gait::Result result = bronze_to_silver().after;
    const std::string nothing = markdown_of(gait::compare(result, result));
    CHECK(has(nothing, "Stayed at Silver."));
    CHECK(has(nothing, "## Gaps closed: 0 gaps\n\nNone.\n"));
    CHECK(has(nothing, "## Gaps opened: 0 gaps\n\nNone.\n"));
    for (const char* heading : {"## Improved", "## Regressed", "## Answer changed"})
        CHECK_FALSE(has(nothing, heading));
    CHECK(has(nothing, "| Bronze | 1.00 | 1.00 | 0.00 |"));
}

TEST_CASE("the Markdown comparison names the questions of one rubric version only",
          "[compare-markdown]") {
    const gait::Result before = bronze_to_silver().before;
    gait::Result after = bronze_to_silver().after;
    after.rubric.version = "3";
    after.questions.erase(after.questions.begin() + 5);  // canary
    gait::QuestionOutcome flags = after.questions.back();
    flags.question = "gold.build.flags";
    flags.text = "Are features behind flags?";
    after.questions.push_back(flags);
    const std::string md = markdown_of(gait::compare(before, after));
    CHECK(has(md, "- **After:** t · 2026-04-01 · rubric 3\n"));
    CHECK(has(md,
              "## Only in the old rubric version: 1 question\n\n"
              "1. **Do releases go to a canary first?**  \n   `gold.build.canary` · Gold · "
              "Build\n"));
    CHECK(has(md,
              "## Only in the new rubric version: 1 question\n\n"
              "1. **Are features behind flags?**  \n   `gold.build.flags` · Gold · "
              "Operate\n"));
    CHECK(md.find("## Only in the old") < md.find("## Only in the new"));
}

TEST_CASE("the Markdown comparison collapses a long list", "[compare-markdown]") {
    gait::Comparison comparison = bronze_to_silver();
    CHECK_FALSE(has(markdown_of(comparison), "Show all"));
    while (comparison.improved.size() < 12)
        comparison.improved.push_back(comparison.improved.back());
    const std::string md = markdown_of(comparison);
    const std::string improved = markdown_section(md, "## Improved");
    CHECK(has(improved,
              "## Improved: 12 questions\n\n<details><summary>Show all 12 "
              "questions</summary>\n\n1. **"));
    CHECK(has(improved, "12. **Do releases go to a canary first?**"));
    CHECK(has(improved, "\n\n</details>\n"));
    // The short lists stay open.
    CHECK_FALSE(has(markdown_section(md, "## Regressed"), "Show all"));
}

TEST_CASE("the Markdown comparison escapes everything from the files", "[compare-markdown]") {
    const std::string md = markdown_of(hostile_comparison());
    CHECK(hostile::first_raw(md) == "");
    const std::string name = "Bu\\|ild &lt;i&gt;&lt;U+202E&gt;";
    CHECK(has(md, "# &lt;b&gt;Health&lt;/b&gt; \\#1 \\[x\\](javascript:y)\n"));
    CHECK(has(md,
              "- **After:** &lt;script&gt;alert(1)&lt;/script&gt; \\| \\`x\\` &amp; "
              "\"O'Brien\" · 2026-04-01 · rubric 2\n"));
    CHECK(has(md, "## Placement: " + name + " → Silver\n"));
    CHECK(has(md, "**Note:** &lt;img src=x onerror=alert(1)&gt; \\*bold\\* \" onmouseover=\"x\n"));
    // An id that would end its code span is written as escaped text instead.
    CHECK(has(md, "\n   ci\\`\"&gt;&lt;b&gt; · " + name + " · " + name + " · answer:"));
    // The rows of the score tables keep their five borders, whatever the names hold.
    CHECK(has(md, "\n| " + name + " | 0.50 | 1.00 | +0.50 |\n"));
    CHECK(has(md, "\n| " + name + " | 0.50 | 0.88 | +0.38 | "));
    for (const std::string& line : lines_of(md)) {
        if (line.rfind("| " + name, 0) == 0) CHECK(borders(line) == (has(line, "→") ? 6 : 5));
    }
}

// In HTML.

using namespace gait::test;

TEST_CASE("the HTML comparison is one self-contained page", "[compare-html]") {
    const std::string html = html_of(bronze_to_silver());
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n", 0) == 0);
    CHECK(has(html, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    CHECK(has(html, "<title>t · Platform Health Check · 2026-01-01 → 2026-04-01</title>"));
    CHECK(html.substr(html.size() - 8) == "</html>\n");
    CHECK(first_load(html) == "");
    // The team report's style sheet, its phone layout and print rules, and the
    // rules of the comparison after them.
    CHECK(count(html, "<style>") == 1);
    CHECK(has(html, ".heatmap td { min-width: 4.5rem;"));
    CHECK(has(html, "@media (max-width: 40rem)"));
    CHECK(has(html, "@media print"));
    CHECK(html.find(".ladder li {") < html.find(".change.up {"));
    CHECK(has(html, "<footer>Made with gait, an SRE maturity self-assessment.</footer>"));
}

TEST_CASE("the HTML comparison has its sections in the order of the text one", "[compare-html]") {
    const std::string html = html_of(bronze_to_silver());
    std::vector<std::string> parts = {
        "<h1>Platform Health Check</h1>",
        "<div><dt>Before</dt><dd>t · 2026-01-01 · rubric 2</dd></div>",
        "<div><dt>After</dt><dd>t · 2026-04-01 · rubric 2</dd></div>",
        "<section class=\"placement up\""};
    // Each title as the heading of a section: escaped, its apostrophe too.
    for (std::string title : comparison_titles) {
        const std::size_t apostrophe = title.find('\'');
        if (apostrophe != std::string::npos) title.replace(apostrophe, 1, "&#39;");
        parts.push_back("\">" + title);
    }
    parts.push_back("<footer>");
    CHECK(out_of_order(html, parts) == "");
    CHECK_FALSE(has(html, "Only in"));
}

TEST_CASE("the HTML comparison says where the placement went, in words and color",
          "[compare-html]") {
    const gait::Comparison up = bronze_to_silver();
    const std::string html = html_of(up);
    CHECK(has(html,
              "<p class=\"name\" id=\"placement-name\"><span class=\"from\">Bronze</span> "
              "→ Silver</p>\n<p class=\"summary\">Moved up from Bronze to Silver.</p>"));

    const std::string down = html_of(gait::compare(up.after, up.before));
    CHECK(has(down, "<section class=\"placement down\""));
    CHECK(has(down, "Moved down from Silver to Bronze."));

    const gait::Result nowhere = gait::test::score_five_level(gait::test::unplaced_team);
    const std::string still = html_of(gait::compare(nowhere, nowhere));
    CHECK(has(still, "<section class=\"placement\" "));
    CHECK(has(still, "<span class=\"from\">None yet</span> → None yet</p>"));
    CHECK(has(still, "Still before the first phase."));
}

TEST_CASE("the HTML comparison marks each change by sign as well as color", "[compare-html]") {
    const gait::Comparison up = bronze_to_silver();
    const std::string phases = html_section(html_of(up), "phases");
    CHECK(count(phases, "<tr><th scope=\"row\">") == 3);
    CHECK(has(phases,
              "<tr><th scope=\"row\">Bronze</th><td class=\"n\">0.50</td><td "
              "class=\"n\">1.00</td><td class=\"n change up\">+0.50</td></tr>"));
    CHECK(has(html_section(html_of(up), "areas"),
              "<tr><th scope=\"row\">Build</th><td class=\"n\">0.50</td><td class=\"n\">0.88</td>"
              "<td class=\"n change up\">+0.38</td><td>Silver → Gold</td></tr>"));

    const std::string down = html_section(html_of(gait::compare(up.after, up.before)), "phases");
    CHECK(has(down, "<td class=\"n change down\">-0.50</td>"));

    const std::string same = html_section(html_of(gait::compare(up.after, up.after)), "phases");
    CHECK(count(same, "<td class=\"n change flat\">0.00</td>") == 3);

    // A phase only one side has: a dash, and no color.
    gait::Result after = up.after;
    after.phases.pop_back();
    const std::string gold = html_section(html_of(gait::compare(up.before, after)), "phases");
    CHECK(has(gold,
              "<tr><th scope=\"row\">Gold</th><td class=\"n\">0.00</td><td "
              "class=\"n\">–</td><td class=\"n change flat\">–</td></tr>"));
}

TEST_CASE("the HTML comparison lists the answers that moved and the gaps", "[compare-html]") {
    const std::string html = html_of(bronze_to_silver());
    const std::string improved = html_section(html, "improved");
    CHECK(count(improved, "<li class=\"gap\">") == 3);
    CHECK(has(improved,
              "<p class=\"where\"><code>bronze.build.ci</code> · Bronze · Build</p>\n"
              "<dl class=\"facts\">\n<dt>Answer</dt><dd>Half way (0.50) → Done (1.00)</dd>\n"
              "<dt>Note before</dt><dd class=\"note-text\">flaky runners</dd>\n"
              "<dt>Note</dt><dd class=\"note-text\">runners replaced</dd>\n</dl>"));
    CHECK(has(improved, "<dt>Answer</dt><dd>unanswered → Done (1.00)</dd>"));
    CHECK(has(html_section(html, "answer-changed-same-credit"),
              "<dt>Answer</dt><dd>Not at all (0.00) → Does not apply (n/a)</dd>"));
    const std::string closed = html_section(html, "gaps-closed");
    CHECK(count(closed, "<li class=\"gap\">") == 2);
    CHECK_FALSE(has(closed, "To do"));
    CHECK(has(html_section(html, "gaps-opened"),
              "<code>silver.build.review</code> · Silver · Build</p>\n<dl class=\"facts\">\n"
              "<dt>To do</dt><dd class=\"note-text\">Require one approval before merge.</dd>"));

    const gait::Result result = bronze_to_silver().after;
    const std::string nothing = html_of(gait::compare(result, result));
    CHECK(has(html_section(nothing, "gaps-closed"), "<p class=\"none-left\">None.</p>"));
    CHECK(has(html_section(nothing, "gaps-opened"), "<p class=\"none-left\">None.</p>"));
    CHECK_FALSE(has(nothing, "id=\"improved\""));
    CHECK_FALSE(has(nothing, "id=\"regressed\""));
}

TEST_CASE("the HTML comparison names the questions of one rubric version only", "[compare-html]") {
    gait::Result after = bronze_to_silver().after;
    after.questions.erase(after.questions.begin() + 5);  // canary
    const std::string html = html_of(gait::compare(bronze_to_silver().before, after));
    const std::string old_only = html_section(html, "only-in-the-old-rubric-version");
    CHECK(has(old_only, "Only in the old rubric version <span class=\"count\">· 1 question"));
    CHECK(has(old_only, "<code>gold.build.canary</code> · Gold · Build</p>\n</li>"));
    CHECK_FALSE(has(html, "Only in the new"));
}

TEST_CASE("the HTML comparison escapes everything from the files", "[compare-html]") {
    const std::string html = html_of(hostile_comparison());
    CHECK(hostile::first_raw(html) == "");
    CHECK_FALSE(has(html, "\" onmouseover"));
    CHECK(has(html, "<h1>&lt;b&gt;Health&lt;/b&gt; #1 [x](javascript:y)</h1>"));
    const std::string team =
        "&lt;script&gt;alert(1)&lt;/script&gt; | `x` &amp; &quot;O&#39;Brien&quot;";
    CHECK(has(html, "<dd>" + team + " · 2026-01-01 · rubric 2</dd>"));
    CHECK(has(html, "<title>" + team + " · &lt;b&gt;Health"));
    CHECK(has(html,
              "<dt>Note</dt><dd class=\"note-text\">&lt;img src=x onerror=alert(1)&gt; "
              "*bold* &quot; onmouseover=&quot;x</dd>"));
    CHECK(count(html, "<th scope=\"row\">Bu|ild &lt;i&gt;&lt;U+202E&gt;</th>") == 2);
    CHECK(has(html, "<code>ci`&quot;&gt;&lt;b&gt;</code>"));
}
