#include <string>

#include <catch2/catch.hpp>

#include "gait/compare_report.hpp"

#include "render_checks.hpp"
#include "summary_fixtures.hpp"
#include "text_helpers.hpp"

using namespace gait::test;

TEST_CASE("the HTML comparison is one self-contained page", "[compare-html]") {
    const std::string html = gait::render_compare_html(bronze_to_silver());
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
    const std::string html = gait::render_compare_html(bronze_to_silver());
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
    const std::string html = gait::render_compare_html(up);
    CHECK(has(html,
              "<p class=\"name\" id=\"placement-name\"><span class=\"from\">Bronze</span> "
              "→ Silver</p>\n<p class=\"summary\">Moved up from Bronze to Silver.</p>"));

    const std::string down = gait::render_compare_html(gait::compare(up.after, up.before));
    CHECK(has(down, "<section class=\"placement down\""));
    CHECK(has(down, "Moved down from Silver to Bronze."));

    const gait::Result nowhere = gait::test::score_five_level(gait::test::unplaced_team);
    const std::string still = gait::render_compare_html(gait::compare(nowhere, nowhere));
    CHECK(has(still, "<section class=\"placement\" "));
    CHECK(has(still, "<span class=\"from\">None yet</span> → None yet</p>"));
    CHECK(has(still, "Still before the first phase."));
}

TEST_CASE("the HTML comparison marks each change by sign as well as color", "[compare-html]") {
    const gait::Comparison up = bronze_to_silver();
    const std::string phases = html_section(gait::render_compare_html(up), "phases");
    CHECK(count(phases, "<tr><th scope=\"row\">") == 3);
    CHECK(has(phases,
              "<tr><th scope=\"row\">Bronze</th><td class=\"n\">0.50</td><td "
              "class=\"n\">1.00</td><td class=\"n change up\">+0.50</td></tr>"));
    CHECK(has(html_section(gait::render_compare_html(up), "areas"),
              "<tr><th scope=\"row\">Build</th><td class=\"n\">0.50</td><td class=\"n\">0.88</td>"
              "<td class=\"n change up\">+0.38</td></tr>"));

    const std::string down =
        html_section(gait::render_compare_html(gait::compare(up.after, up.before)), "phases");
    CHECK(has(down, "<td class=\"n change down\">-0.50</td>"));

    const std::string same =
        html_section(gait::render_compare_html(gait::compare(up.after, up.after)), "phases");
    CHECK(count(same, "<td class=\"n change flat\">0.00</td>") == 3);

    // A phase only one side has: a dash, and no color.
    gait::Result after = up.after;
    after.phases.pop_back();
    const std::string gold =
        html_section(gait::render_compare_html(gait::compare(up.before, after)), "phases");
    CHECK(has(gold,
              "<tr><th scope=\"row\">Gold</th><td class=\"n\">0.00</td><td "
              "class=\"n\">–</td><td class=\"n change flat\">–</td></tr>"));
}

TEST_CASE("the HTML comparison lists the answers that moved and the gaps", "[compare-html]") {
    const std::string html = gait::render_compare_html(bronze_to_silver());
    const std::string improved = html_section(html, "improved");
    CHECK(count(improved, "<li class=\"gap\">") == 3);
    CHECK(has(improved,
              "<p class=\"where\"><code>bronze.build.ci</code> · Bronze · Build</p>\n"
              "<dl class=\"facts\">\n<dt>Before</dt><dd>Half way (0.50)</dd>\n"
              "<dt>After</dt><dd>Done (1.00)</dd>\n"
              "<dt>Note before</dt><dd class=\"note-text\">flaky runners</dd>\n"
              "<dt>Note</dt><dd class=\"note-text\">runners replaced</dd>\n</dl>"));
    CHECK(has(improved, "<dt>Before</dt><dd>unanswered</dd>\n<dt>After</dt><dd>Done (1.00)</dd>"));
    CHECK(has(html_section(html, "answer-changed-same-credit"),
              "<dt>Before</dt><dd>Not at all (0.00)</dd>\n<dt>After</dt><dd>Does not apply "
              "(n/a)</dd>"));
    const std::string closed = html_section(html, "gaps-closed");
    CHECK(count(closed, "<li class=\"gap\">") == 2);
    CHECK_FALSE(has(closed, "To do"));
    CHECK(has(html_section(html, "gaps-opened"),
              "<code>silver.build.review</code> · Silver · Build</p>\n<dl class=\"facts\">\n"
              "<dt>To do</dt><dd class=\"note-text\">Require one approval before merge.</dd>"));

    const gait::Result result = bronze_to_silver().after;
    const std::string nothing = gait::render_compare_html(gait::compare(result, result));
    CHECK(has(html_section(nothing, "gaps-closed"), "<p class=\"muted\">None.</p>"));
    CHECK(has(html_section(nothing, "gaps-opened"), "<p class=\"muted\">None.</p>"));
    CHECK_FALSE(has(nothing, "id=\"improved\""));
    CHECK_FALSE(has(nothing, "id=\"regressed\""));
}

TEST_CASE("the HTML comparison names the questions of one rubric version only", "[compare-html]") {
    gait::Result after = bronze_to_silver().after;
    after.questions.erase(after.questions.begin() + 5);  // canary
    const std::string html =
        gait::render_compare_html(gait::compare(bronze_to_silver().before, after));
    const std::string old_only = html_section(html, "only-in-the-old-rubric-version");
    CHECK(has(old_only, "Only in the old rubric version <span class=\"count\">· 1 question"));
    CHECK(has(old_only, "<code>gold.build.canary</code> · Gold · Build</p>\n</li>"));
    CHECK_FALSE(has(html, "Only in the new"));
}

TEST_CASE("the HTML comparison escapes everything from the files", "[compare-html]") {
    const std::string html = gait::render_compare_html(hostile_comparison());
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
