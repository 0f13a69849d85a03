#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "gait/document/trend_document.hpp"
#include "gait/format/html_writer.hpp"
#include "gait/format/markdown_writer.hpp"
#include "gait/format/text_writer.hpp"
#include "gait/util/file_io.hpp"
#include "gait/util/text_format.hpp"

#include "cli/commands.hpp"
#include "cli/terminal.hpp"

namespace gait::cli {

RubricSource rubric_source(const std::string& name_or_path) {
    if (name_or_path.empty()) {
        const BundledRubric rubric = bundled_rubrics().front();
        return {bundled_file_name(rubric), std::string(rubric.text)};
    }
    if (const auto rubric = find_bundled_rubric(name_or_path)) {
        return {bundled_file_name(*rubric), std::string(rubric->text)};
    }
    const bool looks_like_a_name =
        name_or_path != "-" && name_or_path.find_first_of("./") == std::string::npos;
    if (looks_like_a_name && !file_exists(name_or_path)) {
        throw Error({},
                    fmt::format("no bundled rubric or file named {}", quote_value(name_or_path)),
                    bundled_rubric_hint(name_or_path));
    }
    return {input_name(name_or_path), read_file(name_or_path)};
}

Rubric load_rubric_or_builtin(const std::string& name_or_path) {
    // A bundled rubric was compiled to data at build time: no YAML to parse.
    if (name_or_path.empty()) return builtin_rubric();
    if (const auto bundled = find_bundled_rubric(name_or_path))
        return load_bundled_rubric(*bundled);
    const RubricSource source = rubric_source(name_or_path);
    return load_rubric(source.text, source.name);
}

Rubric rubric_for_answers(const std::string& name_or_path, const std::vector<InputText>& texts) {
    if (!name_or_path.empty()) return load_rubric_or_builtin(name_or_path);
    for (const InputText& input : texts) {
        if (const auto bundled = bundled_rubric_for(input.text, input.name))
            return load_bundled_rubric(*bundled);
    }
    return builtin_rubric();
}

InputText read_input(const std::string& path, std::size_t most) {
    return {input_name(path), read_file(path, FileKinds::any, most)};
}

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

void warn_if_future(const std::string& file, const std::string& date) {
    const std::string now = today();
    if (date <= now) return;  // YYYY-MM-DD orders as text
    print_diagnostic("warning",
                     {{file, 0, 0},
                      fmt::format("the assessment is dated {}, after today ({}); an aggregate or "
                                  "a trend takes it for the team's latest",
                                  date, now),
                      "correct its 'date'"});
}

void add_color_option(CLI::App& command, std::string& color) {
    command
        .add_option("--color", color,
                    "Color: auto, always or never (default: auto, on a terminal unless NO_COLOR "
                    "is set)")
        ->check(CLI::IsMember({"auto", "always", "never"}, CLI::ignore_case))
        ->type_name("WHEN");
}

void add_team_paths(CLI::App& command, std::vector<std::string>& paths) {
    command
        .add_option("paths", paths,
                    "Answers files or JSON reports, one per team; a directory is read "
                    "recursively (.yaml, .yml, .json)")
        ->type_name("FILE|DIR")
        ->required();
}

void add_rubric_option(CLI::App& command, std::string& rubric, const std::string& description,
                       const std::string& default_rubric) {
    command
        .add_option("-r,--rubric", rubric,
                    description +
                        ": a bundled rubric's name (see 'gait rubric list') or a file "
                        "(default: " +
                        default_rubric + ")")
        ->type_name("NAME|FILE");
}

void add_format_and_output(CLI::App& command, std::string& format,
                           const std::vector<std::string>& formats, std::string& output) {
    command
        .add_option("-f,--format", format,
                    fmt::format("Output format: {} (default: from -o's extension, else {})",
                                or_list(formats), formats.front()))
        ->type_name("FORMAT");
    command.add_option("-o,--output", output, "Write to FILE, atomically, not to stdout")
        ->type_name("FILE");
}

TextStyle output_style(const std::string& output, const std::string& color) {
    return output.empty() ? style_for(stdout, color) : TextStyle{};
}

std::string installed_schema(const std::string& name) {
    const std::string file = "/" + name + ".schema.json";
    char executable[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", executable, sizeof executable - 1);
    if (length > 0) {
        std::string bin(executable, static_cast<std::size_t>(length));
        bin.erase(bin.rfind('/'));
        const std::string beside =
            std::filesystem::path(bin + "/../share/gait/schemas" + file).lexically_normal();
        if (file_exists(beside)) return beside;
    }
    return GAIT_SCHEMA_DIR + file;
}

bool file_exists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

std::string shell_word(const std::string& word, const std::string& placeholder) {
    const auto control = [](unsigned char c) { return c < 0x20 || c == 0x7f; };
    if (word.empty() || std::any_of(word.begin(), word.end(), control)) return placeholder;
    const auto plain = [](unsigned char c) {
        return std::isalnum(c) ||
               std::string_view("._/@%+=:,-").find(static_cast<char>(c)) != std::string_view::npos;
    };
    if (std::all_of(word.begin(), word.end(), plain)) return word;
    std::string quoted = "'";
    for (const char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

namespace {

// One file by two names: the same device and inode when both exist, else the
// same path once links and dots are resolved.
bool same_file(const std::string& a, const std::string& b) {
    struct stat a_info {};
    struct stat b_info {};
    if (::stat(a.c_str(), &a_info) == 0 && ::stat(b.c_str(), &b_info) == 0)
        return a_info.st_dev == b_info.st_dev && a_info.st_ino == b_info.st_ino;
    std::error_code a_error;
    std::error_code b_error;
    const std::filesystem::path a_path = std::filesystem::weakly_canonical(a, a_error);
    const std::filesystem::path b_path = std::filesystem::weakly_canonical(b, b_error);
    return !a_error && !b_error && a_path == b_path;  // an unresolved path is nobody's
}

}  // namespace

void check_output_not_input(const std::string& output, const std::vector<std::string>& inputs) {
    if (output.empty() || output == "-") return;
    for (const std::string& input : inputs) {
        if (input.empty() || input == "-" || !same_file(output, input)) continue;
        throw Error({},
                    fmt::format("-o {} is the input {}: the output would replace it",
                                quote_value(output), quote_value(input)),
                    "write the output to another file");
    }
}

void write_output(const std::string& path, const std::string& content) {
    if (!path.empty() && path != "-") {
        write_file_atomically(path, content);
        return;
    }
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() ||
        std::fflush(stdout) != 0) {
        throw Error({"<stdout>", 0, 0}, "cannot write the report");
    }
}

std::string write_document(const doc::Document& document, Format format, const TextStyle& style) {
    switch (format) {
        case Format::text:
            return write_text(document, style);
        case Format::markdown:
            return write_markdown(document);
        case Format::html:
            return write_html(document);
        case Format::json:
        case Format::csv:
        case Format::junit:
            break;
    }
    throw Error({}, "this format is not written from a document");
}

// --rubric, else the bundled rubric the first file names (as assess and compare
// do), else the default. A first file that cannot be read is skipped later, with
// its reason, like any other; standard input can be read only once, so it is
// not looked at here.
Rubric rubric_for_files(const std::string& rubric_option, const std::vector<TeamFile>& files) {
    const bool unread_stdin = !files.empty() && files.front().path == "-" && !files.front().text;
    if (!rubric_option.empty() || files.empty() || unread_stdin) {
        return load_rubric_or_builtin(rubric_option);
    }
    try {
        const TeamFile& first = files.front();
        return rubric_for_answers(
            {}, {{input_name(first.path), read_team_file(first, limits::report_bytes)}});
    } catch (const Error&) {
        return load_rubric_or_builtin({});
    }
}

bool any_directory(const std::vector<std::string>& paths) {
    return std::any_of(paths.begin(), paths.end(), [](const std::string& path) {
        std::error_code error;
        return std::filesystem::is_directory(path, error);
    });
}

void tell_regression(const std::string& team, const PlacementDrop& drop) {
    tell(printable(fmt::format("{}: {}, the --fail-on-regression gate", team, drop_text(drop))));
}

void tell(const std::string& message) {
    const std::string line = "gait: " + message + "\n";
    // Whatever fwrite and fflush report is left: there is nowhere else to say it.
    (void)std::fwrite(line.data(), 1, line.size(), stderr);
    (void)std::fflush(stderr);
}

void print_diagnostic(const char* level, const Diagnostic& diagnostic) {
    // Messages quote file content and file names: nothing in them may drive the terminal.
    tell(fmt::format("{}: {}", level, printable(format_diagnostic(diagnostic))));
}

}  // namespace gait::cli
