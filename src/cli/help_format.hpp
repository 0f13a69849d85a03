#pragma once

#include <CLI/CLI.hpp>

namespace gait::cli {

// gait's --help, written for people: each option with the name of its argument
// (FILE, FORMAT) and nothing of CLI11's own notation (TEXT:{...}=text,
// REQUIRED, Excludes:). Set on the app before its commands are added: they
// inherit it.
void use_help_format(CLI::App& app);

}  // namespace gait::cli
