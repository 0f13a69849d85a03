#pragma once

#include <string>

namespace gait {

// Whether `date` is YYYY-MM-DD and names a day that exists (2026-02-30 does
// not): the check an answers file's date passes, for dates given as options.
bool is_calendar_date(const std::string& date);

}  // namespace gait
