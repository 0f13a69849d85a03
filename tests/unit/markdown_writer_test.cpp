#include "gait/format/markdown_writer.hpp"

#include <cstddef>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/document/document.hpp"

namespace doc = gait::doc;

namespace {

doc::Document document_of(std::vector<doc::Block> blocks) {
    return {"Payments · SRE maturity 1.0 · 2026-11-09", std::move(blocks)};
}

std::string write(doc::Block block) {
    return gait::write_markdown(document_of({std::move(block)}));
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// Whether text[at] is preceded by an odd number of backslashes, so escaped.
bool escaped_at(const std::string& text, std::size_t at) {
    std::size_t backslashes = 0;
    while (at > backslashes && text[at - backslashes - 1] == '\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

// How many of `c` in `text` no backslash escapes.
std::size_t unescaped(const std::string& text, char c) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == c && !escaped_at(text, i)) ++count;
    }
    return count;
}

doc::Item question(const std::string& text, const std::string& id) {
    return {text, id, "Walk", "Toil", {}, {}};
}

}  // namespace

TEST_CASE("the Markdown writer writes a title, its fields and its sentence", "[markdown_writer]") {
    const doc::Title title{"SRE maturity 1.0",
                           {{"Team", "Payments"}, {"Date", "2026-11-09"}},
                           "4 files read: 3 counted."};
    const std::string md = write(title);
    CHECK(md ==
          "# SRE maturity 1.0\n\n"
          "- **Team:** Payments\n"
          "- **Date:** 2026-11-09\n\n"
          "4 files read: 3 counted.\n");
    // The document's own title is for a browser tab, not for the Markdown.
    CHECK(md.find("Payments · SRE") == std::string::npos);

    CHECK(write(doc::Title{"Platform Health Check", {}, {}}) == "# Platform Health Check\n");
}

TEST_CASE("the Markdown writer writes a callout, from and to, and its points",
          "[markdown_writer]") {
    doc::Callout callout;
    callout.label = "Placement";
    callout.from = "Crawl";
    callout.name = "Walk";
    callout.tone = doc::Tone::good;
    callout.sentences = {"Moved up from Crawl to Walk.", "Next: Run, scoring 0.43."};
    callout.points_label = "First to close for Run:";
    callout.points = {"Set SLOs", "Rehearse failures"};
    CHECK(write(callout) ==
          "## Placement: Crawl → Walk\n\n"
          "Moved up from Crawl to Walk.\n\n"
          "Next: Run, scoring 0.43.\n\n"
          "**First to close for Run:**\n\n"
          "- Set SLOs\n"
          "- Rehearse failures\n");

    doc::Callout plain;
    plain.label = "Placement";
    plain.name = "none yet";
    plain.sentences = {"No phase is achieved yet."};
    plain.points_label = "First to close for Crawl:";  // no points: no label either
    CHECK(write(plain) == "## Placement: none yet\n\nNo phase is achieved yet.\n");
}

TEST_CASE("the Markdown writer writes meters as a table of phases", "[markdown_writer]") {
    doc::Meters meters;
    meters.meters.push_back({"Crawl", 0.95, 0.8, true, "achieved", "", "Basics in place.", {}});
    meters.meters.push_back({"Walk",
                             std::nullopt,
                             0.75,
                             false,
                             "not achieved, 1 essential short",
                             "Placement",
                             "",
                             {"walk.slo"}});
    CHECK(write(meters) ==
          "| Phase | Score | Threshold | Status |\n"
          "|---|---:|---:|---|\n"
          "| Crawl | 0.95 | 0.80 | ✅ achieved |\n"
          "| Walk | - | 0.75 | ❌ not achieved, 1 essential short |\n");
}

TEST_CASE("the Markdown writer writes headings and paragraphs", "[markdown_writer]") {
    CHECK(write(doc::Heading{"phases", "Phases", ""}) == "## Phases\n");
    CHECK(write(doc::Heading{"reach", "To reach Run", "3 gaps"}) == "## To reach Run: 3 gaps\n");
    CHECK(write(doc::Paragraph{"None.", doc::Tone::muted}) == "None.\n");
    CHECK(gait::write_markdown(document_of({doc::Heading{"reach", "To reach Run", "1 gap"},
                                            doc::Paragraph{"First.", doc::Tone::plain},
                                            doc::Paragraph{"Second.", doc::Tone::bad}})) ==
          "## To reach Run: 1 gap\n\nFirst.\n\nSecond.\n");
}

TEST_CASE("the Markdown writer writes a table without its bar column, with its footer",
          "[markdown_writer]") {
    doc::Table table;
    table.id = "teams";
    table.columns = {{"Team", doc::Align::left},   {"", doc::Align::left},
                     {"Build", doc::Align::right}, {"Gaps", doc::Align::right},
                     {"File", doc::Align::left},   {"Share", doc::Align::right},
                     {"Change", doc::Align::right}};
    table.rows.push_back({doc::text_cell("alpha"), doc::bar_cell(0.5), doc::heat_cell(0.25),
                          doc::count_cell(3), doc::code_cell("teams/alpha.yaml"),
                          doc::share_cell(1.0 / 3.0), doc::change_cell(0.5, 0.75)});
    table.rows.push_back({doc::text_cell("beta"), doc::bar_cell(1.0), doc::heat_cell(std::nullopt),
                          doc::count_cell(0), doc::code_cell("beta report.json"),
                          doc::share_cell(2.0 / 3.0), doc::change_cell(0.75, 0.5)});
    table.footer.push_back({doc::text_cell("mean"), doc::bar_cell(0.4), doc::score_cell(0.46),
                            doc::text_cell(""), doc::text_cell(""), doc::share_cell(1.0),
                            doc::change_cell(std::nullopt, 0.5)});
    CHECK(write(table) ==
          "| Team | Build | Gaps | File | Share | Change |\n"
          "|---|---:|---:|---|---:|---:|\n"
          "| alpha | 0.25 | 3 | `teams/alpha.yaml` | 33% | +0.25 |\n"
          "| beta | - | 0 | beta report.json | 67% | -0.25 |\n"
          "| **mean** | 0.46 |  |  | 100% | - |\n");
}

TEST_CASE("the Markdown writer folds a table of more than 25 rows", "[markdown_writer]") {
    doc::Table table{"heatmap", {{"Team", doc::Align::left}, {"Score", doc::Align::right}}, {}, {}};
    for (int row = 1; row <= 25; ++row)
        table.rows.push_back({doc::text_cell("team " + std::to_string(row)), doc::score_cell(0.5)});
    const std::string open = write(table);
    CHECK(open.rfind("| Team | Score |\n|---|---:|\n| team 1 | 0.50 |\n", 0) == 0);
    CHECK(open.find("<details>") == std::string::npos);

    table.rows.push_back({doc::text_cell("team 26"), doc::score_cell(0.5)});
    table.footer.push_back({doc::text_cell("mean"), doc::score_cell(0.5)});
    CHECK(write(table) == "<details><summary>Show all 26 rows</summary>\n\n" +
                              open.substr(0, open.size() - 1) +
                              "\n| team 26 | 0.50 |\n| **mean** | 0.50 |\n\n</details>\n");
}

TEST_CASE("the Markdown writer writes items with their flags and facts", "[markdown_writer]") {
    doc::Item slo{"Do you have SLOs?",
                  "walk.slo",
                  "Walk",
                  "Observability",
                  {"essential", "n/a allowed"},
                  {{"Answer", "Partly (0.50)", doc::FactKind::brief},
                   {"Note", "Reviewed twice a year.", doc::FactKind::long_text},
                   {"Weight", "2", doc::FactKind::brief},
                   {"Evidence", "https://wiki.example/slo", doc::FactKind::link},
                   {"To do", "Hold a quarterly review.", doc::FactKind::long_text}}};
    doc::Item unanswered{"Is access audited?", "crawl.access", "", "Access", {}, {}};
    CHECK(write(doc::Items{{slo, unanswered}, "Every question has full credit."}) ==
          "1. **Do you have SLOs?** (essential)  \n"
          "   `walk.slo` · Walk · Observability · n/a allowed · answer: Partly (0.50) · "
          "weight: 2\n\n"
          "   <details><summary>Details</summary>\n\n"
          "   **Note:** Reviewed twice a year.\n\n"
          "   **Evidence:** https://wiki.example/slo\n\n"
          "   **To do:** Hold a quarterly review.\n\n"
          "   </details>\n\n"
          "2. **Is access audited?**  \n"
          "   `crawl.access` · Access\n");

    // Nothing to say under the text: no facts line.
    CHECK(write(doc::Items{{doc::Item{"Bare", "", "", "", {}, {}}}, ""}) == "1. **Bare**\n");
}

TEST_CASE("the Markdown writer folds more than 10 items", "[markdown_writer]") {
    doc::Items items;
    for (int i = 1; i <= 10; ++i)
        items.items.push_back(question("Question " + std::to_string(i), "q" + std::to_string(i)));
    const std::string open = write(items);
    CHECK(open.rfind("1. **Question 1**  \n   `q1` · Walk · Toil\n\n2. **Question 2**", 0) == 0);
    CHECK(open.find("<details>") == std::string::npos);

    items.items.push_back(question("Question 11", "q11"));
    CHECK(write(items) == "<details><summary>Show all 11 questions</summary>\n\n" + open +
                              "\n11. **Question 11**  \n   `q11` · Walk · Toil\n\n</details>\n");
}

TEST_CASE("the Markdown writer writes an empty list's sentence", "[markdown_writer]") {
    CHECK(write(doc::Items{{}, "Every question has full credit."}) ==
          "Every question has full credit.\n");
    CHECK(gait::write_markdown(document_of({doc::Heading{"hold", "To hold Walk", "0 gaps"},
                                            doc::Items{{}, ""}})) == "## To hold Walk: 0 gaps\n");
}

TEST_CASE("the Markdown writer writes lines as a bulleted list", "[markdown_writer]") {
    CHECK(
        gait::write_markdown(document_of({doc::Lines{{"a.yaml: not a team file", "b.yaml: empty"}},
                                          doc::Paragraph{"After.", doc::Tone::plain}})) ==
        "- a.yaml: not a team file\n- b.yaml: empty\n\nAfter.\n");

    doc::Lines many;
    for (int i = 1; i <= 11; ++i)
        many.lines.push_back("file " + std::to_string(i));
    const std::string folded = write(many);
    CHECK(folded.rfind("<details><summary>Show all 11 lines</summary>\n\n- file 1\n", 0) == 0);
    CHECK(folded.find("- file 11\n\n</details>\n") != std::string::npos);
}

TEST_CASE("the Markdown writer leaves a radar out", "[markdown_writer]") {
    const doc::Radar radar{{"People", "Toil", "Access"},
                           {"Crawl", "Walk"},
                           {{0.5, 1.0, std::nullopt}, {0.25, 0.0, 1.0}}};
    CHECK(write(radar) == "");
    CHECK(gait::write_markdown(document_of({doc::Heading{"areas", "Areas by phase", ""}, radar,
                                            doc::Paragraph{"After.", doc::Tone::plain}})) ==
          "## Areas by phase\n\nAfter.\n");
}

TEST_CASE("the Markdown writer keeps text at the start of a line from becoming a list or code",
          "[markdown_writer]") {
    CHECK(write(doc::Paragraph{"- not a list", doc::Tone::plain}) == "\\- not a list\n");
    CHECK(write(doc::Paragraph{"1. not a list", doc::Tone::plain}) == "1\\. not a list\n");
    CHECK(write(doc::Paragraph{"2.5 is a figure", doc::Tone::plain}) == "2.5 is a figure\n");
    CHECK(write(doc::Paragraph{"---", doc::Tone::plain}) == "\\---\n");
    CHECK(write(doc::Paragraph{"     not code", doc::Tone::plain}) == "not code\n");
    CHECK(write(doc::Lines{{"+ nested", "3) nested"}}) == "- \\+ nested\n- 3\\) nested\n");
}

TEST_CASE("the Markdown writer escapes every string of every block", "[markdown_writer]") {
    const std::string bad = "a`b|c<img src=x>\n# heading [link](javascript:x)\x1b[31m*e*_f_";
    doc::Callout callout{bad, bad, bad, doc::Tone::bad, {bad, bad}, bad, {bad, bad}};
    doc::Meters meters{{{bad, 0.5, 0.7, false, bad, bad, bad, {bad}},
                        {bad, std::nullopt, 0.7, true, bad, bad, bad, {}}}};
    doc::Table table{bad,
                     {{bad, doc::Align::left},
                      {bad, doc::Align::right},
                      {bad, doc::Align::left},
                      {bad, doc::Align::right},
                      {bad, doc::Align::left}},
                     {},
                     {}};
    doc::Cell bad_count = doc::count_cell(1);
    bad_count.text = bad;
    const std::vector<doc::Cell> row = {doc::text_cell(bad), doc::score_cell(0.5),
                                        doc::code_cell(bad), bad_count, doc::bar_cell(0.5)};
    table.rows = {row, row};
    table.footer = {row};
    doc::Item item{bad,
                   bad,
                   bad,
                   bad,
                   {"essential", bad},
                   {{bad, bad, doc::FactKind::brief},
                    {bad, bad, doc::FactKind::long_text},
                    {bad, bad, doc::FactKind::link}}};
    const std::vector<doc::Block> blocks = {doc::Title{bad, {{bad, bad}, {bad, bad}}, bad},
                                            callout,
                                            meters,
                                            doc::Heading{bad, bad, bad},
                                            doc::Heading{bad, bad, ""},
                                            doc::Paragraph{bad, doc::Tone::muted},
                                            table,
                                            doc::Items{{item, item}, bad},
                                            doc::Items{{}, bad},
                                            doc::Lines{{bad, bad}},
                                            doc::Radar{{bad, bad}, {bad}, {{0.5, 0.5}}}};
    const std::string md = gait::write_markdown({bad, blocks});

    // Every block but the radar writes the text, escaped.
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        INFO("block " << b);
        const std::string alone = write(blocks[b]);
        CHECK((alone.find("&lt;img src=x&gt;") != std::string::npos) ==
              !std::holds_alternative<doc::Radar>(blocks[b]));
        CHECK((alone.find("\\[link\\](javascript:x)") != std::string::npos) ==
              !std::holds_alternative<doc::Radar>(blocks[b]));
    }

    CHECK(md.find('\x1b') == std::string::npos);
    CHECK(md.find("<img") == std::string::npos);
    CHECK(md.find("[link]") == std::string::npos);
    // The only HTML is the writer's own: the folds of item details.
    for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
        const std::string tag = md.substr(at, 10);
        INFO(tag);
        CHECK((tag.rfind("<details>", 0) == 0 || tag.rfind("</details>", 0) == 0 ||
               tag.rfind("<summary>", 0) == 0 || tag.rfind("</summary>", 0) == 0));
    }
    // No backtick opens a code span, no asterisk or underscore emphasis.
    CHECK(unescaped(md, '`') == 0);
    CHECK(unescaped(md, '_') == 0);
    // The writer's bold is "**" and nothing else: every other asterisk is escaped.
    std::string unbold = md;
    for (std::size_t at = unbold.find("**"); at != std::string::npos; at = unbold.find("**", at)) {
        if (escaped_at(unbold, at)) {
            ++at;
            continue;
        }
        unbold.erase(at, 2);
    }
    CHECK(unescaped(unbold, '*') == 0);

    std::size_t table_lines = 0;
    std::size_t pipes = 0;  // in the current table's rule row
    for (const std::string& line : lines_of(md)) {
        INFO(line);
        const std::size_t start = line.find_first_not_of(' ');
        CHECK_FALSE((start != std::string::npos && line.compare(start, 9, "# heading") == 0));
        if (line.rfind("|", 0) != 0) {
            pipes = 0;
            continue;
        }
        ++table_lines;
        if (line.rfind("|---", 0) == 0) pipes = unescaped(line, '|');
        // The heading row comes before the rule: check it against the rule below.
        if (pipes != 0) CHECK(unescaped(line, '|') == pipes);
    }
    // Meters: a heading, a rule, 2 rows; the table: a heading, a rule, 2 rows, a footer.
    CHECK(table_lines == 9);
    // The table's heading rows: 4 meters' columns and 4 of the table's 5 (the bar left out).
    CHECK(md.find("| Phase | Score | Threshold | Status |\n|---|---:|---:|---|\n") !=
          std::string::npos);
    CHECK(md.find("|\n|---|---:|---|---:|\n") != std::string::npos);
    const std::vector<std::string> all = lines_of(md);
    for (std::size_t i = 0; i + 1 < all.size(); ++i) {
        if (all[i + 1].rfind("|---", 0) == 0) {
            INFO(all[i]);
            CHECK(unescaped(all[i], '|') == unescaped(all[i + 1], '|'));
        }
    }
}

TEST_CASE("a series is a table with a row per point", "[markdown_writer]") {
    doc::Document document;
    document.blocks.push_back(doc::Series{"s",
                                          "S",
                                          {"2026-01", "2026-02"},
                                          {{"Crawl", {0.5, std::nullopt}}, {"A|B", {1.0, 0.25}}},
                                          {}});
    document.blocks.push_back(
        doc::Series{"p", "P", {"2026-01"}, {{"Placement", {1.0}}}, {"none yet", "Crawl"}});
    document.blocks.push_back(
        doc::Series{"q", "Q", {"2026-01"}, {{"Placement", {1.0}}}, {"none yet", "Crawl"}, true});
    CHECK(gait::write_markdown(document) ==
          "| Date | Crawl | A\\|B |\n"
          "|---|---:|---:|\n"
          "| 2026-01 | 0.50 | 1.00 |\n"
          "| 2026-02 | - | 0.25 |\n"
          "\n"
          "| Date | Placement |\n"
          "|---|---|\n"
          "| 2026-01 | Crawl |\n");
}
