#pragma once

// Sentences about targets, for the team report and the aggregate. Raw text: the
// writers escape it.

#include <string>

#include "gait/model/result.hpp"

namespace gait {

// "Walk by 2027-06-30", or "Walk" for a target without a date.
std::string target_name(const Result& result, const TargetOutcome& target);

// "met (placed Run)", "not met (placed Crawl)", "not met, past its date (placed Crawl)".
std::string target_status(const Result& result, const TargetOutcome& target);

// "Team: Walk by 2027-06-30 — not met (placed Crawl); 5 gaps stand between", or an
// area's, named by the area.
std::string target_sentence(const Result& result, const TargetOutcome& target);

}  // namespace gait
