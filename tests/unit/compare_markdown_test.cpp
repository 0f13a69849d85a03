#include <string>

#include <catch2/catch.hpp>

#include "gait/compare_report.hpp"

#include "render_checks.hpp"
#include "summary_fixtures.hpp"
#include "text_helpers.hpp"

using namespace gait::test;

TEST_CASE("the Markdown comparison has its sections in the order of the text one",
          "[compare-markdown]") {
    const std::string md = gait::render_compare_markdown(bronze_to_silver());
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
    const std::string md = gait::render_compare_markdown(bronze_to_silver());
    CHECK(has(md,
              "## Phases\n\n| Phase | Before | After | Change |\n|---|---:|---:|---:|\n"
              "| Bronze | 0.50 | 1.00 | +0.50 |\n| Silver | 0.44 | 0.69 | +0.25 |\n"
              "| Gold | 0.00 | 0.50 | +0.50 |\n"));
    CHECK(has(md,
              "| Area | Before | After | Change |\n|---|---:|---:|---:|\n"
              "| Build | 0.50 | 0.88 | +0.38 |\n| Operate | 0.29 | 0.65 | +0.36 |\n"));

    const gait::Comparison back =
        gait::compare(bronze_to_silver().after, bronze_to_silver().before);
    const std::string down = gait::render_compare_markdown(back);
    CHECK(has(down, "## Placement: Silver → Bronze\n\nMoved down from Silver to Bronze.\n"));
    CHECK(has(down, "| Bronze | 1.00 | 0.50 | -0.50 |\n"));

    // A phase only one side has: no score and no change on the other.
    gait::Result after = bronze_to_silver().after;
    after.phases.pop_back();
    const std::string md_without_gold =
        gait::render_compare_markdown(gait::compare(bronze_to_silver().before, after));
    CHECK(has(md_without_gold, "| Gold | 0.00 | - | - |\n"));
}

TEST_CASE("the Markdown comparison shows each changed answer with its notes",
          "[compare-markdown]") {
    const std::string md = gait::render_compare_markdown(bronze_to_silver());
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
    const std::string once = gait::render_compare_markdown(same_note);
    CHECK_FALSE(has(once, "Note before"));
    CHECK(count(once, "**Note:** runners replaced") == 1);
}

TEST_CASE("the Markdown comparison lists the gaps closed and opened", "[compare-markdown]") {
    const std::string md = gait::render_compare_markdown(bronze_to_silver());
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
    CHECK(has(opened, "   **What to do:** Require one approval before merge.\n"));

    // The same assessment twice: nothing moved, and the empty lists say so.
    const gait::Result result = bronze_to_silver().after;
    const std::string nothing = gait::render_compare_markdown(gait::compare(result, result));
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
    const std::string md = gait::render_compare_markdown(gait::compare(before, after));
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
    CHECK_FALSE(has(gait::render_compare_markdown(comparison), "Show all"));
    while (comparison.improved.size() < 12)
        comparison.improved.push_back(comparison.improved.back());
    const std::string md = gait::render_compare_markdown(comparison);
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
    const std::string md = gait::render_compare_markdown(hostile_comparison());
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
    CHECK(has(md, "\n| " + name + " | 0.50 | 0.88 | +0.38 |\n"));
    for (const std::string& line : lines_of(md)) {
        if (line.rfind("| " + name, 0) == 0) CHECK(borders(line) == 5);
    }
}
