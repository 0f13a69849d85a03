#pragma once

#include <string>

#include "gait/rubric.hpp"
#include "gait/text_format.hpp"

namespace gait {

// The rubric for people to read: scale, areas, then each phase with its questions and ids.
std::string render_rubric(const Rubric& rubric, const TextStyle& style);

}  // namespace gait
