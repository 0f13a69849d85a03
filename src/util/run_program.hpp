#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace gait {

// What a program run to its end gave back.
struct ProgramOutput {
    int exit_status = -1;  // its exit status; -1 when a signal ended it
    std::string out;       // everything it wrote on standard output
    std::string err;       // the first kilobytes it wrote on standard error
};

// Runs `argv` (argv[0] looked up in PATH, no shell), with `input` on its
// standard input and `environment` ("NAME=value") added to gait's own, and
// waits for it to end. Standard input, output and error go through one poll
// loop, so a program that writes while it reads (git cat-file --batch) cannot
// deadlock against gait. Throws Error naming `what` when the program cannot be
// started (not installed) or writes more than `most_output` bytes (it is then
// killed). A closed input is not an error: the program's status says how it
// went.
ProgramOutput run_program(const std::vector<std::string>& argv, const std::string& input,
                          const std::vector<std::string>& environment, std::size_t most_output,
                          const std::string& what);

}  // namespace gait
