#include <cstdio>
#include <ctime>
#include <sys/stat.h>

#include <fmt/format.h>

#include "gait/file_io.hpp"
#include "gait/text_format.hpp"

#include "commands.hpp"
#include "terminal.hpp"

namespace gait::cli {

Rubric load_rubric_or_builtin(const std::string& path) {
    return path.empty() ? builtin_rubric() : load_rubric_file(path);
}

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

void add_color_option(CLI::App& command, std::string& color) {
    command
        .add_option("--color", color,
                    "Color: auto (on a terminal, unless NO_COLOR is set), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name("WHEN")
        ->default_str("auto");
}

void add_rubric_option(CLI::App& command, std::string& rubric, const std::string& description) {
    command.add_option("-r,--rubric", rubric, description + " (default: built-in SRE rubric)")
        ->type_name("FILE");
}

void add_format_and_output(CLI::App& command, std::string& format,
                           const std::vector<std::string>& formats, std::string& output) {
    command.add_option("-f,--format", format, "Output format")
        ->check(CLI::IsMember(formats))
        ->default_str(formats.front());
    command.add_option("-o,--output", output, "Write to FILE, atomically, not to stdout")
        ->type_name("FILE");
}

TextStyle output_style(const std::string& output, const std::string& color) {
    return output.empty() ? style_for(stdout, color) : TextStyle{};
}

bool file_exists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

void write_output(const std::string& path, const std::string& content) {
    if (!path.empty()) {
        write_file_atomically(path, content);
        return;
    }
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() ||
        std::fflush(stdout) != 0) {
        throw Error({"<stdout>", 0, 0}, "cannot write the report");
    }
}

void print_diagnostic(const char* level, const Diagnostic& diagnostic) {
    // Messages quote file content and file names: nothing in them may drive the terminal.
    fmt::print(stderr, "gait: {}: {}\n", level, printable(format_diagnostic(diagnostic)));
}

}  // namespace gait::cli
