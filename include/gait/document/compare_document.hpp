#pragma once

// The comparison of two assessments of one team as a document.

#include "gait/document/document.hpp"
#include "gait/score/compare.hpp"

namespace gait {

doc::Document compare_document(const Comparison& comparison);

}  // namespace gait
