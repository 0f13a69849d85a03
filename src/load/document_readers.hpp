#pragma once

// The loaders' readers of an already parsed document, for a caller that parses
// once and then decides what kind of file it holds.

#include <string>

#include <yaml-cpp/yaml.h>

#include "gait/load/answers.hpp"
#include "gait/model/result.hpp"

namespace gait::detail {

Answers read_answers(const YAML::Node& document, const std::string& file, const Rubric& rubric);
Result read_report(const YAML::Node& document, const std::string& file);

}  // namespace gait::detail
