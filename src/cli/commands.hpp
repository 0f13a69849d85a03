#pragma once

// The subcommands: each adds its options to the CLI11 app, then runs on what was parsed.

#include <string>

#include <CLI/CLI.hpp>

#include "gait/answers.hpp"
#include "gait/rubric.hpp"
#include "gait/text_format.hpp"

namespace gait::cli {

// Where the questionnaire saves answers unless --save says otherwise.
inline constexpr const char* default_save_path = "gait-answers.yaml";

struct AssessOptions {
    std::string answers;  // the answers file; empty: ask on the terminal
    std::string rubric;   // a rubric file; empty for the built-in one
    std::string format = "text";
    std::string output;                    // the report file; empty for stdout
    std::string fail_below;                // a phase id; empty for no gate
    bool strict = false;                   // unanswered questions are an error
    std::string save = default_save_path;  // the questionnaire's answers file
    std::string team;                      // the team's name, for the questionnaire
    bool restart = false;        // start the questionnaire over, keeping the old file as FILE.bak
    std::string color = "auto";  // --color: auto, always or never
};
CLI::App* add_assess_command(CLI::App& app, AssessOptions& options);
int run_assess(const AssessOptions& options);
int run_interactive_assess(const AssessOptions& options, const Rubric& rubric);
// Scores, writes the report where the options say, and applies --fail-below.
int report(const AssessOptions& options, const Rubric& rubric, const Answers& answers,
           const TextStyle& terminal_style);

struct InitOptions {
    std::string rubric;
    std::string output;
    std::string team;
    bool force = false;  // overwrite an existing file
};
CLI::App* add_init_command(CLI::App& app, InitOptions& options);
int run_init(const InitOptions& options);

struct RubricOptions {
    std::string file;  // empty for the built-in rubric
    std::string color = "auto";
    CLI::App* show = nullptr;
    CLI::App* lint = nullptr;
};
CLI::App* add_rubric_command(CLI::App& app, RubricOptions& options);
int run_rubric(const RubricOptions& options);

// Shared by the commands.
void add_color_option(CLI::App& command, std::string& color);
std::string today();  // YYYY-MM-DD, local time
bool file_exists(const std::string& path);
Rubric load_rubric_or_builtin(const std::string& path);
// Writes to stdout when `path` is empty, else atomically to the file.
void write_output(const std::string& path, const std::string& content);
// "gait: LEVEL: FILE:LINE:COL: message; hint" on stderr, level "error" or "warning".
void print_diagnostic(const char* level, const Diagnostic& diagnostic);

}  // namespace gait::cli
