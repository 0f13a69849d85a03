#pragma once

// A trend of one or more teams over their assessments as a document.

#include <string>

#include "gait/document/document.hpp"
#include "gait/score/compare.hpp"
#include "gait/score/trend.hpp"

namespace gait {

doc::Document trend_document(const Trend& trend);

// What fell, in the report's words: "placement fell from Walk to Crawl",
// "area Observability fell from Walk to none yet". Raw text.
std::string drop_text(const PlacementDrop& drop);

}  // namespace gait
