// Which format a report is written in: --format, spelled any common way, or
// the extension of -o's file; and the output files that can only be YAML.

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "gait/util/edit_distance.hpp"
#include "gait/util/text_format.hpp"

#include "cli/commands.hpp"

namespace gait::cli {
namespace {

struct FormatName {
    std::string_view name;  // as --format takes it, whatever its case
    Format format;
    std::string_view canonical;  // as help and messages name it
};

// The names and the file extensions of each format: .md is Markdown as md is.
constexpr FormatName format_names[] = {
    {"text", Format::text, "text"},
    {"txt", Format::text, "text"},
    {"markdown", Format::markdown, "markdown"},
    {"md", Format::markdown, "markdown"},
    {"html", Format::html, "html"},
    {"htm", Format::html, "html"},
    {"json", Format::json, "json"},
    {"csv", Format::csv, "csv"},
    {"junit", Format::junit, "junit"},
    {"xml", Format::junit, "junit"},
};

const FormatName* find_format(std::string_view name) {
    const std::string lower = ascii_lower(name);
    for (const FormatName& entry : format_names) {
        if (entry.name == lower) return &entry;
    }
    return nullptr;
}

std::string extension_of(const std::string& path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    return extension.empty() ? extension : extension.substr(1);
}

bool offers(const std::vector<std::string>& offered, const FormatName& format) {
    return std::find(offered.begin(), offered.end(), format.canonical) != offered.end();
}

const FormatName& named_format(const std::string& name, const std::vector<std::string>& offered) {
    const FormatName* format = find_format(name);
    if (format && offers(offered, *format)) return *format;
    std::string hint = did_you_mean(ascii_lower(name), offered);
    if (hint.empty()) hint = "the formats are " + or_list(offered);
    throw Error({}, fmt::format("--format: unknown format {}", quote_value(name)), hint);
}

// "report.json": the file named for the format, to suggest.
std::string renamed(const std::string& path, std::string_view extension) {
    return std::filesystem::path(path).replace_extension(extension).string();
}

}  // namespace

Format output_format(const std::string& format, const std::string& output,
                     const std::vector<std::string>& offered) {
    const bool to_file = !output.empty() && output != "-";
    const FormatName* by_extension = to_file ? find_format(extension_of(output)) : nullptr;
    if (!format.empty()) {
        const FormatName& chosen = named_format(format, offered);
        if (by_extension && by_extension->format != chosen.format) {
            throw Error({},
                        fmt::format("-o {}: the extension says {}, but --format is {}", output,
                                    by_extension->canonical, chosen.canonical),
                        fmt::format("name the file {} or drop --format",
                                    renamed(output, "." + std::string(chosen.name))));
        }
        return chosen.format;
    }
    if (!by_extension) return find_format(offered.front())->format;
    if (!offers(offered, *by_extension)) {
        throw Error({},
                    fmt::format("-o {}: the extension says {}, a format this command does not "
                                "write",
                                output, by_extension->canonical),
                    "the formats are " + or_list(offered));
    }
    return by_extension->format;
}

void check_yaml_output(const std::string& option, const std::string& path) {
    const FormatName* format = find_format(extension_of(path));
    if (!format || format->format == Format::text) return;
    throw Error({},
                fmt::format("{} {}: gait writes this file as YAML, not {}", option, path,
                            format->canonical),
                fmt::format("name it {}", renamed(path, ".yaml")));
}

}  // namespace gait::cli
