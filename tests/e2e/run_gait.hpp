#pragma once

// Runs the real gait binary, as a user would, and captures what it prints.

#include <string>
#include <utility>
#include <vector>

#include "text_helpers.hpp"

namespace gait::test {

struct Run {
    int exit_code = -1;  // 128 + signal when killed by one
    std::string out;     // stdout
    std::string err;     // stderr
};

// Runs build/gait with `args` from the source directory, stdin from /dev/null,
// and `env` (NAME=VALUE) added to the environment. A `file_size_limit` of zero
// or more makes every write past that many bytes fail, as on a full disk.
Run run_gait(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
             long file_size_limit = -1);

// run_gait with standard input read from `stdin_path` (relative to the source directory).
Run run_gait_reading(const std::vector<std::string>& args, const std::string& stdin_path);

// An absolute path for a path relative to the source directory.
std::string source_path(const std::string& relative);

std::string read_text(const std::string& path);

// Runs gait with `args` and checks it refuses them: exit 2, nothing on stdout,
// and on stderr the one line "gait: error: MESSAGE".
void check_refused(const std::vector<std::string>& args, const std::string& message);

// Compares with tests/golden/NAME; GAIT_UPDATE_GOLDEN=1 rewrites the file instead.
void check_golden(const std::string& name, const std::string& actual);

}  // namespace gait::test
