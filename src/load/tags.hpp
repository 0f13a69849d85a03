#pragma once

// The `tags:` of an answers file or a saved report: short labels such as
// "org:payments" that `gait aggregate --by` groups teams by. Private to load.

#include <string>
#include <vector>

#include "gait/util/diagnostic.hpp"

#include "load/yaml_reader.hpp"

namespace gait::detail {

// The tags under `tags` (a text or a list of texts); empty when absent. A tag
// with a space or a control character, a longer one, a repeated one or one
// too many is a problem.
std::vector<std::string> read_tags(MappingReader& reader, std::vector<Diagnostic>& problems);

}  // namespace gait::detail
