#pragma once

// What the words of a command line ask for, read against the commands' CLI11
// model before CLI11 parses them: CLI11 2.1.2 answers a mistyped command or
// option with "A subcommand is required" or "The following arguments were not
// expected", with no suggestion, and prints help only for a trailing --help.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace gait::cli {

struct Request {
    const CLI::App* command = nullptr;  // the deepest command named; the app for none
    bool help = false;     // -h, --help, `gait help [COMMAND...]`, or a command that needs more
    bool version = false;  // --version or `gait version`
};

// Throws Error, one line with the nearest valid spelling, for an unknown
// command or option.
Request read_request(const CLI::App& app, const std::vector<std::string>& words);

// "gait rubric show": how messages and help name a command.
std::string command_title(const CLI::App& command);

// CLI11's message of `error`, with a missing argument named as the help names
// it: "gait aggregate needs FILE|DIR...", not "paths is required".
std::string parse_error_message(const CLI::App& command, const CLI::ParseError& error);

// "run 'gait assess --help'", after `hint` when there is one.
std::string help_hint(const CLI::App& command, const std::string& hint = {});

}  // namespace gait::cli
