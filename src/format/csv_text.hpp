#pragma once

// CSV as spreadsheets and issue trackers import it (RFC 4180), with the fields a
// spreadsheet would evaluate made text: the aggregate's and the plan's CSV.
// Private to src/format/.

#include <string>
#include <vector>

namespace gait {

// One field: control characters shown visibly (line breaks kept), quoted when it
// holds a comma, a quote or a line break, and a field that starts like a formula
// (=, +, -, @, tab, CR) quoted with a ' in front, so that it reads as text.
std::string csv_field(const std::string& raw);

// A record of `fields`, each through csv_field, ended by CRLF.
std::string csv_line(const std::vector<std::string>& fields);

}  // namespace gait
