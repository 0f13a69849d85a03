#pragma once

// Dates as files write them: YYYY-MM-DD, a real day of the Gregorian calendar.

#include <string>

namespace gait::detail {

// Whether `date` is YYYY-MM-DD and names a day that exists (2026-02-29 does not).
bool is_iso_date(const std::string& date);

// Whether `day` has passed on `today`, both YYYY-MM-DD: today is after it. Their
// text orders as the days do, so no calendar is needed.
inline bool day_passed(const std::string& day, const std::string& today) {
    return today > day;
}

}  // namespace gait::detail
