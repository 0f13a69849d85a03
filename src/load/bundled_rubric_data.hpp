#pragma once

// The bundled rubrics as gait_rubric_codegen compiled them at build time
// (src/tools/rubric_codegen.cpp): each one's YAML and a function that builds
// the Rubric gait's loader read from it, so no run of gait parses it again.

#include <string_view>
#include <vector>

#include "gait/load/rubric.hpp"

namespace gait::detail {

struct BundledRubricData {
    std::string_view name;  // the file's stem
    std::string_view text;  // the YAML
    Rubric (*build)();      // the loaded rubric, as data
};

// In the order of GAIT_BUNDLED_RUBRICS, the default first.
std::vector<BundledRubricData> bundled_rubric_data();

}  // namespace gait::detail
