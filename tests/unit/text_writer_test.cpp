#include "gait/format/text_writer.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

namespace doc = gait::doc;

namespace {

const gait::TextStyle plain{80, false};
const gait::TextStyle color{80, true};

std::string write(doc::Block block, const gait::TextStyle& style = plain) {
    doc::Document document;
    document.blocks.push_back(std::move(block));
    return gait::write_text(document, style);
}

gait::TextStyle width(std::size_t columns, bool with_color = false) {
    return {columns, with_color};
}

// Platform Health Check's heatmap of three teams, as the aggregate shows it.
doc::Table heat_table() {
    doc::Table table{
        "heatmap",
        {{"Team", doc::Align::left}, {"Build", doc::Align::right}, {"Operate", doc::Align::right}},
        {},
        {}};
    table.rows.push_back({doc::text_cell("alpha"), doc::heat_cell(0.0), doc::heat_cell(0.0)});
    table.rows.push_back({doc::text_cell("beta"), doc::heat_cell(0.88), doc::heat_cell(0.65)});
    table.rows.push_back({doc::text_cell("gamma"), doc::heat_cell(0.5), doc::heat_cell(0.17)});
    table.footer.push_back({doc::text_cell("mean"), doc::heat_cell(0.46), doc::heat_cell(0.27)});
    return table;
}

const std::string legend =
    "\n  Shades: █ 1.00, ▓ 0.75+, ▒ 0.50+, ░ 0.25+, blank below 0.25, · no score\n";

// The legend on a terminal too narrow for it: wrapped, like any sentence.
std::string legend_at(std::size_t columns) {
    return "\n" +
           gait::wrap("Shades: █ 1.00, ▓ 0.75+, ▒ 0.50+, ░ 0.25+, blank below 0.25, · no score",
                      columns, "  ", "    ");
}

}  // namespace

TEST_CASE("a title is its text, then its fields and its sentence, indented", "[text_writer]") {
    const doc::Title title{
        "SRE maturity 1.0", {{"Team", "Payments"}, {"Date", "2026-11-09"}}, "4 files read."};
    CHECK(write(title) ==
          "SRE maturity 1.0\n"
          "  Team: Payments\n"
          "  Date: 2026-11-09\n"
          "  4 files read.\n");

    SECTION("a long field wraps under its label, a long sentence at two spaces") {
        const doc::Title narrow{"Platform Health Check",
                                {{"After", "beta · 2026-02-01 · rubric 2"}},
                                "Four files read: three counted"};
        CHECK(write(narrow, width(30)) ==
              "Platform Health Check\n"
              "  After: beta · 2026-02-01 ·\n"
              "    rubric 2\n"
              "  Four files read: three\n"
              "  counted\n");
    }
    SECTION("no sentence, no line for it") {
        CHECK(write(doc::Title{"Rubric", {}, {}}) == "Rubric\n");
    }
}

TEST_CASE("a callout names the placement, what it was, and the first points", "[text_writer]") {
    doc::Callout callout{"Placement",
                         std::string("Crawl"),
                         "Walk",
                         doc::Tone::good,
                         {"Moved up from Crawl to Walk."},
                         "First to close for Run:",
                         {"Do you test in production?", "Do you inject failures on purpose?"}};
    CHECK(write(callout) ==
          "\n"
          "  Placement: Crawl → Walk\n"
          "  Moved up from Crawl to Walk.\n"
          "  First to close for Run:\n"
          "    - Do you test in production?\n"
          "    - Do you inject failures on purpose?\n");

    SECTION("only the name is painted: green when it rose, red when it fell, bold otherwise") {
        CHECK(write(callout, color).rfind("\n  Placement: Crawl → \x1b[32mWalk\x1b[0m\n", 0) == 0);
        callout.tone = doc::Tone::bad;
        CHECK(write(callout, color).rfind("\n  Placement: Crawl → \x1b[31mWalk\x1b[0m\n", 0) == 0);
        callout.tone = doc::Tone::plain;
        callout.from.reset();
        CHECK(write(callout, color).rfind("\n  Placement: \x1b[1mWalk\x1b[0m\n", 0) == 0);
    }
    SECTION("a long point wraps under its text") {
        const doc::Callout narrow{"Placement",
                                  std::nullopt,
                                  "Walk",
                                  doc::Tone::plain,
                                  {},
                                  "First to close:",
                                  {"Do you inject failures on purpose every week?"}};
        CHECK(write(narrow, width(30)) ==
              "\n"
              "  Placement: Walk\n"
              "  First to close:\n"
              "    - Do you inject failures\n"
              "      on purpose every week?\n");
    }
    SECTION("no points, no label for them") {
        const doc::Callout bare{"Placement", std::nullopt, "none yet", doc::Tone::plain,
                                {},          "First:",     {}};
        CHECK(write(bare) == "\n  Placement: none yet\n");
    }
}

TEST_CASE("meters show a bar where it fits and move the status down where it does not",
          "[text_writer]") {
    doc::Meters meters;
    meters.meters.push_back({"Crawl", 0.95, 0.80, true, "achieved", "", "", {}});
    meters.meters.push_back({"Walk", 0.86, 0.75, true, "achieved", "Placement", "A summary", {}});
    meters.meters.push_back(
        {"Run", 0.43, 0.70, false, "not achieved, 1 essential short", "Next", "", {"run.x"}});

    SECTION("80 columns: name, bar, figures and status on one line") {
        CHECK(write(meters) ==
              "  Crawl  ███████████████████░  0.95 / 0.80  achieved\n"
              "  Walk   █████████████████░░░  0.86 / 0.75  achieved\n"
              "  Run    █████████░░░░░░░░░░░  0.43 / 0.70  not achieved, 1 essential short\n");
    }
    SECTION("40 columns: no bar, and a status too long goes on its own line") {
        meters.meters.push_back(
            {"Gold", std::nullopt, 0.90, true, "achieved (nothing applies)", "", "", {}});
        CHECK(write(meters, width(40)) ==
              "  Crawl  0.95 / 0.80  achieved\n"
              "  Walk   0.86 / 0.75  achieved\n"
              "  Run    0.43 / 0.70\n"
              "         not achieved, 1 essential short\n"
              "  Gold      - / 0.90\n"
              "         achieved (nothing applies)\n");
    }
    SECTION("the status is green when achieved, red when not") {
        const std::string out = write(meters, color);
        CHECK(out.find("0.95 / 0.80  \x1b[32machieved\x1b[0m\n") != std::string::npos);
        CHECK(out.find("0.43 / 0.70  \x1b[31mnot achieved, 1 essential short\x1b[0m\n") !=
              std::string::npos);
    }
}

TEST_CASE("a heading is a blank line, the text in bold and its count", "[text_writer]") {
    CHECK(write(doc::Heading{"reach", "To reach Run", "3 gaps"}) == "\nTo reach Run: 3 gaps\n");
    CHECK(write(doc::Heading{"phases", "Phases", ""}) == "\nPhases\n");
    CHECK(write(doc::Heading{"reach", "To reach Run", "3 gaps"}, color) ==
          "\n\x1b[1mTo reach Run\x1b[0m: 3 gaps\n");
}

TEST_CASE("a paragraph wraps at two spaces; a muted one is dim", "[text_writer]") {
    CHECK(write(doc::Paragraph{"The platform is built and watched.", doc::Tone::plain},
                width(24)) == "  The platform is built\n  and watched.\n");
    CHECK(write(doc::Paragraph{"None.", doc::Tone::muted}, color) == "  \x1b[2mNone.\x1b[0m\n");
    CHECK(write(doc::Paragraph{"None.", doc::Tone::plain}, color) == "  None.\n");
}

TEST_CASE("a paragraph of wide characters wraps by their columns", "[text_writer]") {
    // Each word takes four columns: two words and the indent fill 12, a third does not fit.
    CHECK(write(doc::Paragraph{"日本 日本 日本", doc::Tone::plain}, width(12)) ==
          "  日本 日本\n  日本\n");
}

TEST_CASE("a table that fits is a grid: row headers left, figures right", "[text_writer]") {
    doc::Table table{"phases",
                     {{"Phase", doc::Align::left},
                      {"Before", doc::Align::right},
                      {"After", doc::Align::right},
                      {"Change", doc::Align::right}},
                     {},
                     {}};
    table.rows.push_back({doc::text_cell("Bronze"), doc::score_cell(0.5), doc::score_cell(1.0),
                          doc::change_cell(0.5, 1.0)});
    table.rows.push_back({doc::text_cell("Silver"), doc::score_cell(0.44), doc::score_cell(0.69),
                          doc::change_cell(0.44, 0.69)});
    table.rows.push_back({doc::text_cell("Gold"), doc::score_cell(std::nullopt),
                          doc::score_cell(0.5), doc::change_cell(std::nullopt, 0.5)});
    table.footer.push_back({doc::text_cell("Whole"), doc::score_cell(0.3), doc::score_cell(0.7),
                            doc::change_cell(0.3, 0.7)});
    CHECK(write(table) ==
          "  Phase       Before  After  Change\n"
          "  Bronze        0.50   1.00   +0.50\n"
          "  Silver        0.44   0.69   +0.25\n"
          "  Gold             -   0.50       -\n"
          "  Whole         0.30   0.70   +0.40\n");

    SECTION("a row header too long for the room left is cut, down to 24 columns") {
        doc::Table areas{"areas", {{"", doc::Align::left}, {"Run", doc::Align::right}}, {}, {}};
        areas.rows.push_back(
            {doc::text_cell("Observability, SLOs and error budgets"), doc::score_cell(0.44)});
        // 34 columns: 2 of indent, 6 for the score column and its gap, 26 for the row header.
        CHECK(write(areas, width(34)) ==
              "                               Run\n"
              "  Observability, SLOs and e…  0.44\n");
        // 30 columns would leave it 22: the table is written as records instead.
        CHECK(write(areas, width(30)) ==
              "  Observability, SLOs and\n"
              "    error budgets\n"
              "    Run: 0.44\n");
    }
    SECTION("left-aligned columns, counts, shares, and a bar that fits") {
        doc::Table counts{"counts",
                          {{"Phase", doc::Align::left},
                           {"Teams", doc::Align::right},
                           {"Share", doc::Align::right},
                           {"", doc::Align::left}},
                          {},
                          {}};
        counts.rows.push_back({doc::text_cell("none yet"), doc::count_cell(2),
                               doc::share_cell(2.0 / 3.0), doc::bar_cell(2.0 / 3.0)});
        counts.rows.push_back({doc::text_cell("Silver"), doc::count_cell(1),
                               doc::share_cell(1.0 / 3.0), doc::bar_cell(1.0 / 3.0)});
        CHECK(write(counts) ==
              "  Phase       Teams  Share\n"
              "  none yet        2    67%  ████████████████████░░░░░░░░░░\n"
              "  Silver          1    33%  ██████████░░░░░░░░░░░░░░░░░░░░\n");
        // 40 columns: the bar column goes first.
        CHECK(write(counts, width(40)) ==
              "  Phase       Teams  Share\n"
              "  none yet        2    67%\n"
              "  Silver          1    33%\n");
    }
}

TEST_CASE("a change cell is green when up, red when down, dim otherwise", "[text_writer]") {
    doc::Table table{"areas", {{"Area", doc::Align::left}, {"Change", doc::Align::right}}, {}, {}};
    table.rows.push_back({doc::text_cell("Up"), doc::change_cell(0.5, 1.0)});
    table.rows.push_back({doc::text_cell("Down"), doc::change_cell(1.0, 0.5)});
    table.rows.push_back({doc::text_cell("Same"), doc::change_cell(0.5, 0.5)});
    table.rows.push_back({doc::text_cell("New"), doc::change_cell(std::nullopt, 0.5)});
    CHECK(write(table, color) ==
          "  Area        Change\n"
          "  Up           \x1b[32m+0.50\x1b[0m\n"
          "  Down         \x1b[31m-0.50\x1b[0m\n"
          "  Same          \x1b[2m0.00\x1b[0m\n"
          "  New              \x1b[2m-\x1b[0m\n");
}

TEST_CASE("a heat table shows shade and score, then the legend of the shades", "[text_writer]") {
    SECTION("80 columns: shade and score") {
        CHECK(write(heat_table()) ==
              "  Team         Build  Operate\n"
              "  alpha         0.00     0.00\n"
              "  beta        ▓ 0.88   ▒ 0.65\n"
              "  gamma       ▒ 0.50     0.17\n"
              "  mean        ░ 0.46   ░ 0.27\n" +
                  legend);
    }
    SECTION("28 columns: the figure columns' headings are cut to their cells") {
        CHECK(write(heat_table(), width(28)) ==
              "  Team         Build  Opera…\n"
              "  alpha         0.00    0.00\n"
              "  beta        ▓ 0.88  ▒ 0.65\n"
              "  gamma       ▒ 0.50    0.17\n"
              "  mean        ░ 0.46  ░ 0.27\n" +
                  legend_at(28));
    }
    SECTION("24 columns: shades alone") {
        CHECK(write(heat_table(), width(24)) ==
              "  Team        B…  O…\n"
              "  alpha\n"
              "  beta        ▓▓  ▒▒\n"
              "  gamma       ▒▒\n"
              "  mean        ░░  ░░\n" +
                  legend_at(24));
    }
    SECTION("no score at all is a dot") {
        doc::Table table{"m", {{"", doc::Align::left}, {"Run", doc::Align::right}}, {}, {}};
        table.rows.push_back({doc::text_cell("Releasing"), doc::heat_cell(std::nullopt)});
        table.rows.push_back({doc::text_cell("Access"), doc::heat_cell(1.0)});
        CHECK(write(table) ==
              "                 Run\n"
              "  Releasing      · -\n"
              "  Access      █ 1.00\n" +
                  legend);
    }
}

TEST_CASE("a table too wide even with shades is written as records", "[text_writer]") {
    doc::Table teams{"teams",
                     {{"Team", doc::Align::left},
                      {"Date", doc::Align::left},
                      {"Placement", doc::Align::left},
                      {"Gaps", doc::Align::right},
                      {"File", doc::Align::left}},
                     {},
                     {}};
    teams.rows.push_back({doc::text_cell("alpha"), doc::text_cell("2026-03-01"),
                          doc::text_cell("none yet"), doc::count_cell(3),
                          doc::code_cell("tests/data/teams/platform/alpha-2026-03.yaml")});
    teams.rows.push_back({doc::text_cell("beta"), doc::text_cell("2026-02-01"),
                          doc::text_cell("Silver"), doc::count_cell(3), doc::code_cell("b.json")});
    CHECK(write(teams, width(70)) ==
          "  alpha\n"
          "    Date: 2026-03-01 · Placement: none yet · Gaps: 3\n"
          "    File: tests/data/teams/platform/alpha-2026-03.yaml\n"
          "  beta\n"
          "    Date: 2026-02-01 · Placement: Silver · Gaps: 3 · File: b.json\n");

    SECTION("at 120 columns the same table is a grid, its text columns left-aligned") {
        CHECK(write(teams, width(120)) ==
              "  Team        Date        Placement  Gaps  File\n"
              "  alpha       2026-03-01  none yet      3  "
              "tests/data/teams/platform/alpha-2026-03.yaml\n"
              "  beta        2026-02-01  Silver        3  b.json\n");
    }
    SECTION("a heat table as records shows scores, without shades or their legend") {
        CHECK(write(heat_table(), width(19)) ==
              "  alpha\n"
              "    Build: 0.00\n"
              "    Operate: 0.00\n"
              "  beta\n"
              "    Build: 0.88\n"
              "    Operate: 0.65\n"
              "  gamma\n"
              "    Build: 0.50\n"
              "    Operate: 0.17\n"
              "  mean\n"
              "    Build: 0.46\n"
              "    Operate: 0.27\n");
    }
}

TEST_CASE("items are a numbered list with where each stands and its facts", "[text_writer]") {
    doc::Item ci{"Does every change go through continuous integration?",
                 "bronze.build.ci",
                 "Bronze",
                 "Build",
                 {"essential", "weight 2"},
                 {{"Answer", "Mostly (0.75)", doc::FactKind::brief},
                  {"Note", "flaky runners", doc::FactKind::long_text},
                  {"Weight", "2", doc::FactKind::brief},
                  {"Evidence", "https://ci.example.com", doc::FactKind::link}}};
    doc::Item chaos{"Do you inject failures on purpose?",
                    "gold.operate.chaos",
                    "",
                    "Operate",
                    {},
                    {{"To do", "Start with a game day in staging, then run it every month.",
                      doc::FactKind::long_text}}};
    const doc::Items items{{ci, chaos}, "None."};

    SECTION("brief facts share a line; long ones follow; a blank line between items") {
        CHECK(write(items) ==
              "   1. Does every change go through continuous integration?\n"
              "      bronze.build.ci · Bronze · Build · essential · weight 2\n"
              "      Answer: Mostly (0.75) · Weight: 2\n"
              "      Note: flaky runners\n"
              "      Evidence: https://ci.example.com\n"
              "\n"
              "   2. Do you inject failures on purpose?\n"
              "      gold.operate.chaos · Operate\n"
              "      To do: Start with a game day in staging, then run it every month.\n");
    }
    SECTION("long facts wrap two spaces further in") {
        CHECK(write(doc::Items{{chaos}, ""}, width(40)) ==
              "   1. Do you inject failures on purpose?\n"
              "      gold.operate.chaos · Operate\n"
              "      To do: Start with a game day in\n"
              "        staging, then run it every\n"
              "        month.\n");
    }
    SECTION("the place is dim, essential red and other flags dim") {
        CHECK(write(items, color)
                  .find("      \x1b[2mbronze.build.ci · Bronze · Build\x1b[0m · "
                        "\x1b[31messential\x1b[0m · \x1b[2mweight 2\x1b[0m\n") !=
              std::string::npos);
    }
    SECTION("an empty list says its none, or nothing") {
        CHECK(write(doc::Items{{}, "Every question has full credit."}) ==
              "  Every question has full credit.\n");
        CHECK(write(doc::Items{{}, ""}).empty());
    }
    SECTION("the tenth item's marker keeps the column") {
        doc::Items ten;
        for (int i = 0; i < 10; ++i)
            ten.items.push_back({"Q?", "q", "", "A", {}, {}});
        const std::string out = write(ten);
        CHECK(out.find("\n   9. Q?\n      q · A\n") != std::string::npos);
        CHECK(out.find("\n  10. Q?\n      q · A\n") != std::string::npos);
    }
}

TEST_CASE("lines wrap at two spaces, continued at four", "[text_writer]") {
    CHECK(write(doc::Lines{{"a.yaml: skipped", "tests/data/teams/bad.yaml: not a report"}},
                width(30)) ==
          "  a.yaml: skipped\n"
          "  tests/data/teams/bad.yaml:\n"
          "    not a report\n");
}

TEST_CASE("a radar and the document's title write nothing", "[text_writer]") {
    doc::Document document;
    document.title = "Payments · SRE maturity 1.0";
    document.blocks.push_back(doc::Radar{{"People", "Access", "Releasing"},
                                         {"Crawl", "Walk"},
                                         {{0.5, 1.0, std::nullopt}, {0.25, 0.0, 1.0}}});
    CHECK(gait::write_text(document, plain).empty());
    document.blocks.push_back(doc::Paragraph{"After the radar.", doc::Tone::plain});
    CHECK(gait::write_text(document, plain) == "  After the radar.\n");
}

TEST_CASE("blocks are written one after another, in order", "[text_writer]") {
    doc::Document document;
    document.blocks.push_back(doc::Title{"Rubric", {}, {}});
    document.blocks.push_back(doc::Heading{"a", "Areas", ""});
    document.blocks.push_back(doc::Lines{{"one"}});
    CHECK(gait::write_text(document, plain) == "Rubric\n\nAreas\n  one\n");
}

TEST_CASE("no string from the document reaches the terminal unprintable", "[text_writer]") {
    // ESC, BEL, a C1 control (U+009B, CSI) and a right-to-left override (U+202E).
    const std::string bad = "x\x1b[31m\x07\xc2\x9b\xe2\x80\xaey";
    doc::Document document;
    document.title = bad;
    document.blocks.push_back(doc::Title{bad, {{bad, bad}, {bad, bad}}, bad});
    document.blocks.push_back(doc::Callout{bad, bad, bad, doc::Tone::good, {bad, bad}, bad, {bad}});
    document.blocks.push_back(doc::Meters{{{bad, 0.5, 0.5, true, bad, bad, bad, {bad}},
                                           {bad, std::nullopt, 0.5, false, bad, bad, bad, {bad}}}});
    document.blocks.push_back(doc::Heading{bad, bad, bad});
    document.blocks.push_back(doc::Paragraph{bad, doc::Tone::plain});
    document.blocks.push_back(doc::Paragraph{bad, doc::Tone::muted});
    // Every kind of cell, in a table that fits a wide terminal and becomes records on a narrow one.
    doc::Table table{bad,
                     {{bad, doc::Align::left},
                      {bad, doc::Align::left},
                      {bad, doc::Align::right},
                      {bad, doc::Align::right},
                      {bad, doc::Align::right},
                      {bad, doc::Align::right},
                      {bad, doc::Align::right},
                      {bad, doc::Align::left}},
                     {},
                     {}};
    const std::vector<doc::Cell> row = {doc::text_cell(bad),
                                        doc::code_cell(bad),
                                        doc::score_cell(0.5),
                                        doc::heat_cell(0.5),
                                        doc::change_cell(0.25, 0.5),
                                        doc::share_cell(0.5),
                                        {doc::CellKind::count, bad, std::nullopt, std::nullopt},
                                        doc::bar_cell(0.5)};
    table.rows.push_back(row);
    table.footer.push_back(row);
    document.blocks.push_back(table);
    doc::Table heat{bad, {{bad, doc::Align::left}, {bad, doc::Align::right}}, {}, {}};
    heat.rows.push_back({doc::text_cell(bad), doc::heat_cell(0.8)});
    document.blocks.push_back(heat);
    document.blocks.push_back(doc::Items{{{bad,
                                           bad,
                                           bad,
                                           bad,
                                           {bad, "essential"},
                                           {{bad, bad, doc::FactKind::brief},
                                            {bad, bad, doc::FactKind::long_text},
                                            {bad, bad, doc::FactKind::link}}}},
                                         bad});
    document.blocks.push_back(doc::Items{{}, bad});
    document.blocks.push_back(doc::Lines{{bad, bad}});
    document.blocks.push_back(doc::Radar{{bad, bad, bad}, {bad}, {{0.1, 0.2, 0.3}}});

    for (const std::size_t columns : {8, 16, 20, 40, 80, 200, 400}) {
        CAPTURE(columns);
        const std::string out = gait::write_text(document, width(columns));
        CHECK(out.find('\x1b') == std::string::npos);
        CHECK(out.find('\x07') == std::string::npos);
        CHECK(out.find("\xc2\x9b") == std::string::npos);
        CHECK(out.find("\xe2\x80\xae") == std::string::npos);
        // Shown, not dropped.
        CHECK(out.find("x^[[31m^G<U+009B><U+202E>y") != std::string::npos);
    }
    // The wide terminal lays the table out as a grid, the narrow one as records.
    const std::string wide = gait::write_text(document, width(400));
    const std::string narrow = gait::write_text(document, width(40));
    CHECK(wide.find("▒ 0.50 ") != std::string::npos);
    CHECK(narrow.find("▒ 0.50 ") == std::string::npos);
}

TEST_CASE("a series is a sparkline per line between its first and last figures", "[text_writer]") {
    doc::Series series{"phase-scores",
                       "Phase scores",
                       {"2026-01", "2026-02", "2026-03", "2026-04"},
                       {{"Crawl", {0.0, 0.5, std::nullopt, 1.0}}, {"Walk", {0.25, 0.25, 0.3, 0.3}}},
                       {}};
    CHECK(write(series) ==
          "  2026-01 to 2026-04, 4 points\n"
          "  Crawl  0.00  ▁▅·█  1.00\n"
          "  Walk   0.25  ▃▃▃▃  0.30\n");
}

TEST_CASE("a series of levels shows the first and last level by name", "[text_writer]") {
    doc::Series series{"placement",
                       "Placement",
                       {"a", "b", "c"},
                       {{"Placement", {0.0, 2.0, 1.0}}},
                       {"none yet", "Crawl", "Walk"},
                       true};
    CHECK(write(series) ==
          "  a to c, 3 points\n"
          "  Placement  none yet  ▁█▅  Crawl\n");
}

TEST_CASE("a series longer than the line is drawn at evenly spread points", "[text_writer]") {
    doc::Series series{"s", "S", {}, {{"x", {}}}, {}};
    for (int i = 0; i < 100; ++i) {
        series.points.push_back(std::to_string(i));
        series.lines[0].values.push_back(i < 99 ? 0.0 : 1.0);
    }
    const std::string out = write(series, width(40));
    CHECK(out.find("0 to 99, 100 points, 23 drawn\n") != std::string::npos);
    // 40 columns less the name, two figures and their gaps: 23 cells, the last point among them.
    CHECK(out.find("  x  0.00  ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁█  1.00\n") != std::string::npos);
}
