#pragma once

// Checks of option values that CLI11 2.1.2 would word badly or not make: an
// empty value that would silently do nothing, and a whole number in a range
// (CLI11's own range check prints its double bounds, 300 digits long).

#include <cstddef>

#include <CLI/CLI.hpp>

namespace gait::cli {

// A whole number from `least` to `most`: "takes a whole number of at least 1,
// not '0'".
CLI::Validator whole_number(std::size_t least, std::size_t most);

// Refuses an empty value ("--by ''") for every option of `app` and its commands
// that takes one: none of them means anything empty, and ignoring it would
// silently do what the user did not ask for.
void refuse_empty_values(CLI::App& app);

}  // namespace gait::cli
