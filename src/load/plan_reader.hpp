#pragma once

// The plan file's content from its parsed YAML: for the editor, which outlines
// the same tree it reads, so a plan of thousands of teams is parsed once less.

#include <string>

#include <yaml-cpp/yaml.h>

#include "gait/load/plan_file.hpp"

namespace gait::detail {

// The content of a parsed plan file (a null node: an empty plan). Throws Error
// as read_plan does.
PlanFileContent read_plan_node(const YAML::Node& document, const std::string& file);

// What parse_yaml takes of a plan file: its own number of values, and nothing
// or comments only as an empty plan.
YAML::Node parse_plan_yaml(std::string_view text, const std::string& file);

}  // namespace gait::detail
