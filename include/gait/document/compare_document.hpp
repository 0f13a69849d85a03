#pragma once

// The comparison of two assessments of one team as a document.

#include "gait/compare.hpp"
#include "gait/document/document.hpp"

namespace gait {

doc::Document compare_document(const Comparison& comparison);

}  // namespace gait
