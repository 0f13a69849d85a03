#pragma once

// File names made from untrusted text, such as team names, for files gait writes
// side by side.

#include <string>
#include <vector>

namespace gait {

// One name per text, each `stem + suffix` where the stem is lowercase ASCII
// letters, digits and single '-' (other bytes, runs of them, become one '-',
// none leading or trailing; at most 60 bytes; "team" when nothing is left): no
// path separator, no dot-file, no name of `reserved`. A name already given gets
// "-2", "-3", ... in input order.
std::vector<std::string> distinct_file_names(const std::vector<std::string>& texts,
                                             const std::string& suffix,
                                             const std::vector<std::string>& reserved = {});

}  // namespace gait
