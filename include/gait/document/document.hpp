#pragma once

// The document model: what a report says, in no format. A builder
// (src/document/) turns the engine's result into a Document; a writer
// (src/format/) renders any Document as text, Markdown or HTML.
//
// Every string here is raw: as it came from a file, or in the builder's own
// words. Builders never escape; each writer escapes every string it writes, at
// the leaves, once per format. Nothing here is HTML, Markdown or escape codes.

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace gait::doc {

// How a figure, a status or a placement reads: a writer colors it (text) or
// marks it with a class and a sign (HTML); words always say it too.
enum class Tone { plain, good, bad, muted };

// A label and its value: "Team: Payments".
struct Field {
    std::string label;  // "Team"
    std::string value;  // "Payments"
};

// The top of a document: its heading, what identifies it, and one sentence.
struct Title {
    std::string text;           // "SRE maturity 1.0", the page's h1
    std::vector<Field> fields;  // "Team: Payments", "Date: 2026-11-09"
    std::string sentence;       // a line under them ("4 files read: …"); may be empty
};

// The placement in large type: "Walk", or "Crawl → Walk" in a comparison.
struct Callout {
    std::string label;                // "Placement"
    std::optional<std::string> from;  // the placement before, in a comparison
    std::string name;                 // "Walk", "none yet"
    Tone tone = Tone::plain;          // good: it rose; bad: it fell
    std::vector<std::string> sentences;
    // A short list under the sentences, for the reader who reads nothing else:
    // "First to close for Run:" and the few gaps that block the next phase.
    std::string points_label;
    std::vector<std::string> points;
};

// One phase: its score against the threshold it needs.
struct Meter {
    std::string name;                     // "Walk"
    std::optional<double> score;          // empty: nothing in the phase applies
    double threshold = 0.0;               // in [0,1]
    bool achieved = false;                // colors the status and the bar
    std::string status;                   // "achieved", "not achieved, 1 essential short"
    std::string tag;                      // "Placement", "Next", or empty
    std::string summary;                  // the phase's summary; may be empty
    std::vector<std::string> essentials;  // ids of essentials short of full credit
};

struct Meters {
    std::vector<Meter> meters;
};

// A section's heading; the section runs to the next heading. `count` is the
// heading's grey tail: "To reach Run" and "3 gaps" read "To reach Run: 3 gaps".
struct Heading {
    std::string id;     // a stable anchor: "reach", "shared-gaps"
    std::string text;   // "To reach Run"
    std::string count;  // "3 gaps"; may be empty
};

struct Paragraph {
    std::string text;
    Tone tone = Tone::plain;  // muted: a side remark ("None.")
};

// What a table cell holds, so that each format shows it its own way.
enum class CellKind {
    text,    // words
    code,    // an id or a file name: monospace, never wrapped by Markdown
    count,   // a whole number, right-aligned
    score,   // `value` as "0.43"; none as "-"
    heat,    // `value` as a score on its heatmap shade or color
    change,  // `value` minus `before`: "+0.25", colored by its sign
    share,   // `value` in [0,1] as "25%"
    bar,     // `value` in [0,1] as a bar; Markdown leaves the column out
    link,    // words that link to `target` in HTML and Markdown; text shows the words
};

struct Cell {
    CellKind kind = CellKind::text;
    std::string text;              // text, code, count
    std::optional<double> value;   // score, heat, change (after), share, bar
    std::optional<double> before;  // change
    std::string target{};          // link: a relative URL, such as "checkout.html"
};

Cell text_cell(std::string text);
Cell link_cell(std::string text, std::string target);
Cell code_cell(std::string text);
Cell count_cell(std::size_t count);
Cell score_cell(std::optional<double> score);
Cell heat_cell(std::optional<double> score);
Cell change_cell(std::optional<double> before, std::optional<double> after);
Cell share_cell(double share);
Cell bar_cell(double share);

enum class Align { left, right };

struct Column {
    std::string heading;  // raw; may be empty (a bar column)
    Align align = Align::left;
    // A short label ("1", "A1") shown instead of the heading where the columns are
    // too narrow for it, with a key that maps each label to its heading; empty: none.
    std::string key{};
};

// A table; each row's first cell names the row (a header cell). Footer rows
// (a mean, a whole phase) close the table.
struct Table {
    std::string id;  // a stable anchor: "heatmap", "teams"
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<std::vector<Cell>> footer;
    std::string noun = "row";  // what a row is, singular: "team" (for "Show all 30 teams")
};

// A fact under a question: short ones share a line ("Answer: Half way (0.50)",
// "Weight: 1"); long ones are paragraphs of their own, which keep their line
// breaks in HTML and fold away in Markdown.
enum class FactKind {
    brief,      // a few words
    long_text,  // a note, advice: may be long
    link,       // evidence: a leading http(s) URL is a link in HTML
};

struct Fact {
    std::string label;  // "Answer", "To do"
    std::string value;
    FactKind kind = FactKind::brief;
};

// A question in a numbered list: its text, where it stands, its facts.
struct Item {
    std::string text;
    std::string id;                  // the question's id
    std::string phase;               // the phase's name; may be empty
    std::string area;                // the area's name
    std::vector<std::string> flags;  // "essential", "weight 2", "n/a allowed"
    std::vector<Fact> facts;
};

struct Items {
    std::vector<Item> items;
    std::string none;               // what an empty list says: "Every question has full credit."
    std::string noun = "question";  // what an item is, singular: "gap"
};

// A bulleted list of lines: skipped files, notes.
struct Lines {
    std::vector<std::string> lines;
};

// The HTML team report's radar of area scores by phase. A format-specific
// block: text and Markdown leave it out (the table beside it says the same).
struct Radar {
    std::vector<std::string> axes;    // the areas' names
    std::vector<std::string> series;  // the phases' names
    // values[series][axis]: a score in [0,1]; empty: nothing scored there
    std::vector<std::vector<std::optional<double>>> values;
};

// One named line of a chart: a value at each of the chart's points.
struct SeriesLine {
    std::string name;                           // "Walk", "Observability"
    std::vector<std::optional<double>> values;  // one per point; empty: no value there
};

// Named lines of values over dated points: a trend's scores, or its placement.
// Text draws each line as a sparkline with its first and last value in
// figures, Markdown a table (a row per point), HTML a line chart in SVG.
struct Series {
    std::string id;                   // a stable anchor: "phase-scores"
    std::string caption;              // what the chart shows, for its title: "Phase scores"
    std::vector<std::string> points;  // each point's label: "2026-11-09", "2026-11-09 1a2b3c4"
    std::vector<SeriesLine> lines;
    // Empty: values are scores in [0,1]. Otherwise values are steps, indexes
    // into these names from the bottom ("none yet", "Crawl", "Walk", "Run"),
    // drawn as a step line.
    std::vector<std::string> levels;
    // A table beside the chart gives the same values: Markdown, which would
    // write the series as a table too, leaves it out.
    bool table_beside = false;
};

using Block =
    std::variant<Title, Callout, Meters, Heading, Paragraph, Table, Items, Lines, Radar, Series>;

// One report: the page's title (for a browser tab) and its blocks in order.
struct Document {
    std::string title;  // "Payments · SRE maturity 1.0 · 2026-11-09"
    std::vector<Block> blocks;
};

}  // namespace gait::doc
