#pragma once

// What gait reads at the most. Each is far above any real rubric, answers file
// or report, and far below what would exhaust the stack or memory; docs/limits.md
// gives the reasons. Input past a limit is an error (exit 2), never a crash.

#include <cstddef>

namespace gait::limits {

inline constexpr std::size_t file_bytes = 4 * 1024 * 1024;  // a rubric of 2,000 questions is 2 MiB
inline constexpr std::size_t nesting_depth = 32;            // rubrics nest 5 deep, reports 4
inline constexpr std::size_t values = 200'000;              // after aliases are expanded
// The bytes of all values, after aliases are expanded: at most this, or the
// file's own size when it is larger (a saved report), so aliases cannot make
// a file's text larger than a file gait reads.
inline constexpr std::size_t text_after_aliases = file_bytes;
// A saved JSON report repeats each question's text, note and evidence in its
// gaps: a report of a rubric and answers of 4 MiB each is about 7.3 MB. gait
// reads reports up to this size, and refuses to write a larger one.
inline constexpr std::size_t report_bytes = 16 * 1024 * 1024;
// The plan file of `gait plan` holds an item per gap of every team it plans,
// about 150 bytes and 6 values each: 700 teams of 39 gaps are 4.2 MB, 5,000
// teams about 30 MB. yaml-cpp takes about 0.3 s and 35 MB of memory per MB of
// plan file, so these bound a run at about a minute and 1.1 GB (docs/limits.md).
// gait reads plan files up to this size and this many values, and refuses to
// write a larger one, so every plan file it writes, it reads back.
inline constexpr std::size_t plan_bytes = 32 * 1024 * 1024;
inline constexpr std::size_t plan_values = 2'000'000;
// What `gait trend --git` reads of a history: its log, and every committed
// version of the answers files together.
inline constexpr std::size_t history_bytes = 256 * 1024 * 1024;
inline constexpr std::size_t text_bytes = 64 * 1024;  // one value: a question, a note
inline constexpr std::size_t questions = 2'000;
inline constexpr std::size_t phases = 20;
inline constexpr std::size_t areas = 100;
inline constexpr std::size_t scale_choices = 20;
inline constexpr std::size_t tags = 32;            // one answers file's: labels to group teams by
inline constexpr std::size_t tag_bytes = 64;       // one tag, such as "org:payments"
inline constexpr std::size_t respondents = 1'000;  // one report's, merged from their files
inline constexpr double weight = 1000.0;           // a larger one overflows the weighted sums
// "Did you mean" compares only words this long or shorter: its cost grows with
// the product of two lengths, and a typo of a longer word is not a typo.
inline constexpr std::size_t suggested_chars = 64;

}  // namespace gait::limits
