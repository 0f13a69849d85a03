#pragma once

// The Markdown writer's pieces and its escaping: text from files goes through
// markdown_escape (or markdown_line, markdown_code). Private to src/format/.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gait {

// `text` as literal Markdown: control characters shown, pipes, backticks,
// emphasis and link characters backslash-escaped, HTML characters as entities.
std::string markdown_escape(const std::string& text);

// An id or a file name in a code span; escaped text instead when it holds
// anything that could end the span or break a table.
std::string markdown_code(std::string_view text);

// One row of a table: each cell is Markdown already.
std::string markdown_row(const std::vector<std::string>& cells);

// A table's heading row and the rule under it. `align` has a letter a column:
// 'r' for right-aligned (figures), 'l' for left-aligned.
std::string markdown_table_head(const std::vector<std::string>& headings, std::string_view align);

// `text` escaped as markdown_escape does, for where it starts a line (a
// paragraph, a list item's text): without the leading spaces that would make it
// code, and with a leading "-", "+" or "1." escaped so that it is no list or rule.
std::string markdown_line(const std::string& text);

// `markdown`, Markdown already, in bold: "**text**" without the spaces at its ends
// (they would end the emphasis); nothing when there is nothing to make bold.
std::string markdown_bold(const std::string& markdown);

// One paragraph of an item's details: "   **Label:** text", or nothing when
// there is no text. `label` and `text` are raw.
std::string markdown_detail(std::string_view label, const std::string& text);

// One item of a numbered list: `heading` on its first line, a line of facts under
// it when there are any, and the details, when there are any, collapsed.
// `heading`, `facts` and `details` are Markdown already.
std::string markdown_list_item(std::size_t number, const std::string& heading,
                               const std::string& facts, const std::string& details);

// One item of a numbered list: the text in bold, a line of facts under it, and
// the details, when there are any, collapsed. `text`, `facts` and `details` are
// Markdown already.
std::string markdown_item(std::size_t number, const std::string& text, bool essential,
                          const std::string& facts, const std::string& details);

// How many items a list, and rows a table, show before they are collapsed.
inline constexpr std::size_t open_list_items = 10;
inline constexpr std::size_t open_table_rows = 25;

// `body`, a list or table of `items` `noun`s, collapsed under "Show all N
// nouns" when it has more than `most_open`, so that it stays short in a
// pull-request comment.
std::string markdown_fold(const std::string& body, std::size_t items, const char* noun,
                          std::size_t most_open);

// `out` with the blank lines at its end cut to one final newline, as Markdown
// linters want.
std::string markdown_end(std::string out);

}  // namespace gait
