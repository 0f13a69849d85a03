#pragma once

// gait aggregate --reports-dir DIR: each counted team's HTML report, and the
// aggregate's HTML index (index.html) whose team names link to them.

#include <string>

#include "gait/document/aggregate_document.hpp"
#include "gait/load/rubric.hpp"
#include "gait/util/text_format.hpp"

namespace gait::cli {

// Creates `directory` when missing and writes each file atomically. A team's
// report is read again from its file, in full: the aggregate keeps only a summary.
void write_reports_dir(const std::string& directory, const Aggregate& aggregate,
                       const Rubric& rubric, AggregateView view, const TextStyle& style);

}  // namespace gait::cli
