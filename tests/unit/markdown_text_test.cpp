#include "format/markdown_text.hpp"

#include <string>

#include <catch2/catch.hpp>

TEST_CASE("markdown_escape backslash-escapes Markdown and writes HTML characters as entities",
          "[markdown_text]") {
    CHECK(gait::markdown_escape("`a|b` `x` <b> *y* [z]") ==
          "\\`a\\|b\\` \\`x\\` &lt;b&gt; \\*y\\* \\[z\\]");
    CHECK(gait::markdown_escape("a_b#c~d!e\\f") == "a\\_b\\#c\\~d\\!e\\\\f");
    CHECK(gait::markdown_escape("Tom & Jerry") == "Tom &amp; Jerry");
    CHECK(gait::markdown_escape("Walk 2026-01-01 (50%), café") == "Walk 2026-01-01 (50%), café");
    CHECK(gait::markdown_escape("").empty());
}

TEST_CASE("markdown_escape shows control characters and bidi overrides, never sends them",
          "[markdown_text]") {
    // printable() first: "^[" for ESC, a space for a line break, <U+202E> for the override.
    CHECK(gait::markdown_escape("\x1b[31mred\nx\u202E") == "^\\[\\[31mred x&lt;U+202E&gt;");
}

TEST_CASE("markdown_code puts a safe id in a code span and escapes anything else",
          "[markdown_text]") {
    CHECK(gait::markdown_code("bronze.build.ci") == "`bronze.build.ci`");
    CHECK(gait::markdown_code("teams/a-1_B+c.yaml") == "`teams/a-1_B+c.yaml`");
    // A backtick would end the span, a pipe the table cell.
    CHECK(gait::markdown_code("ci`x") == "ci\\`x");
    CHECK(gait::markdown_code("a|b") == "a\\|b");
    CHECK(gait::markdown_code("beta report.json") == "beta report.json");
    CHECK(gait::markdown_code("").empty());
}

TEST_CASE("markdown_row and markdown_table_head write a pipe table", "[markdown_text]") {
    CHECK(gait::markdown_row({"a", "b"}) == "| a | b |\n");
    CHECK(gait::markdown_row({"x"}) == "| x |\n");
    CHECK(gait::markdown_table_head({"Phase", "Score", "Teams"}, "lrr") ==
          "| Phase | Score | Teams |\n|---|---:|---:|\n");
}

TEST_CASE("markdown_line keeps a line from becoming code, a list or a rule", "[markdown_text]") {
    CHECK(gait::markdown_line("    indented") == "indented");
    CHECK(gait::markdown_line("- item") == "\\- item");
    CHECK(gait::markdown_line("+ item") == "\\+ item");
    CHECK(gait::markdown_line("1. first") == "1\\. first");
    CHECK(gait::markdown_line("12) twelfth") == "12\\) twelfth");
    CHECK(gait::markdown_line("3.") == "3\\.");
    CHECK(gait::markdown_line("# heading") == "\\# heading");
    // Not a list: a number that goes on, and a year.
    CHECK(gait::markdown_line("1.5 litres") == "1.5 litres");
    CHECK(gait::markdown_line("2026") == "2026");
    CHECK(gait::markdown_line("   ").empty());
    CHECK(gait::markdown_line("").empty());
}

TEST_CASE("markdown_bold trims the spaces that would end the emphasis", "[markdown_text]") {
    CHECK(gait::markdown_bold("  text ") == "**text**");
    CHECK(gait::markdown_bold("a b") == "**a b**");
    CHECK(gait::markdown_bold("   ").empty());
    CHECK(gait::markdown_bold("").empty());
}

TEST_CASE("markdown_detail writes a labelled paragraph, escaped, or nothing", "[markdown_text]") {
    CHECK(gait::markdown_detail("Note", "flaky *runners*") ==
          "   **Note:** flaky \\*runners\\*\n\n");
    CHECK(gait::markdown_detail("A|B", "x") == "   **A\\|B:** x\n\n");
    CHECK(gait::markdown_detail("Note", "").empty());
}

TEST_CASE("markdown_list_item writes a numbered item, its facts and its details folded",
          "[markdown_text]") {
    CHECK(gait::markdown_list_item(3, "heading", "", "") == "3. heading\n\n");
    CHECK(gait::markdown_list_item(3, "heading", "Weight: 2", "") ==
          "3. heading  \n   Weight: 2\n\n");
    CHECK(gait::markdown_list_item(3, "heading", "", "   **Note:** n\n\n") ==
          "3. heading\n\n   <details><summary>Details</summary>\n\n   **Note:** n\n\n"
          "   </details>\n\n");
    CHECK(gait::markdown_list_item(12, "h", "f", "d\n") ==
          "12. h  \n   f\n\n   <details><summary>Details</summary>\n\nd\n   </details>\n\n");
}

TEST_CASE("markdown_item writes the text in bold and says when it is essential",
          "[markdown_text]") {
    CHECK(gait::markdown_item(1, "Text", true, "", "") == "1. **Text** (essential)\n\n");
    CHECK(gait::markdown_item(2, "Text", false, "f", "") == "2. **Text**  \n   f\n\n");
}

TEST_CASE("markdown_fold folds a body of more items than stay open", "[markdown_text]") {
    const std::string list = "1. a\n\n";
    SECTION("at the limit the body stays as it is") {
        CHECK(gait::markdown_fold(list, 10, "gap", 10) == list);
        CHECK(gait::markdown_fold(list, 0, "gap", 10) == list);
        CHECK(gait::markdown_fold(list, 25, "row", gait::open_table_rows) == list);
    }
    SECTION("one over the limit it is folded under Show all") {
        CHECK(gait::markdown_fold(list, 11, "gap", 10) ==
              "<details><summary>Show all 11 gaps</summary>\n\n1. a\n\n</details>\n\n");
        CHECK(gait::markdown_fold("| a |\n", gait::open_table_rows + 1, "team",
                                  gait::open_table_rows) ==
              "<details><summary>Show all 26 teams</summary>\n\n| a |\n\n</details>\n\n");
    }
    CHECK(gait::open_list_items == 10);
    CHECK(gait::open_table_rows == 25);
}

TEST_CASE("markdown_end cuts the blank lines at the end to one newline", "[markdown_text]") {
    CHECK(gait::markdown_end("text\n\n\n") == "text\n");
    CHECK(gait::markdown_end("a\n\nb\n\n") == "a\n\nb\n");
    CHECK(gait::markdown_end("text\n") == "text\n");
    CHECK(gait::markdown_end("text") == "text");
    CHECK(gait::markdown_end("\n\n").size() == 1);
    CHECK(gait::markdown_end("").empty());
}
