#include <cstdio>

#include <fmt/format.h>

#include "gait/file_io.hpp"

#include "commands.hpp"

namespace gait::cli {

Rubric load_rubric_or_builtin(const std::string& path) {
    return path.empty() ? builtin_rubric() : load_rubric_file(path);
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

void print_warning(const Diagnostic& warning) {
    fmt::print(stderr, "gait: warning: {}\n", format_diagnostic(warning));
}

}  // namespace gait::cli
