#pragma once

// The team report: one team's assessment as a document, the same sections in
// the same words for every human format.

#include "gait/document/document.hpp"
#include "gait/model/result.hpp"

namespace gait {

doc::Document report_document(const Result& result);

}  // namespace gait
