#pragma once

// `gait rubric show`: a rubric's phases, areas and questions as a document.

#include "gait/document/document.hpp"
#include "gait/load/rubric.hpp"

namespace gait {

doc::Document rubric_document(const Rubric& rubric);

}  // namespace gait
