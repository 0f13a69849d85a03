#include "load/tags.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "gait/util/limits.hpp"
#include "gait/util/text_format.hpp"

namespace gait::detail {
namespace {

// Why the tag cannot be read, or empty when it can.
std::string tag_problem(const std::string& tag) {
    if (tag.size() > limits::tag_bytes)
        return fmt::format("tag {} is longer than {} bytes", quote_value(tag), limits::tag_bytes);
    // Spaces would make `--by` prefixes and CSV columns ambiguous.
    const bool blank_or_control = std::any_of(tag.begin(), tag.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7f;
    });
    if (blank_or_control)
        return fmt::format("tag {} holds a space or a control character", quote_value(tag));
    return {};
}

}  // namespace

std::vector<std::string> read_tags(MappingReader& reader, std::vector<Diagnostic>& problems) {
    std::vector<std::string> tags;
    for (auto& [tag, where] : reader.texts("tags")) {
        std::string problem = tag_problem(tag);
        if (problem.empty() && std::find(tags.begin(), tags.end(), tag) != tags.end())
            problem = fmt::format("tag {} is given twice", quote_value(tag));
        if (problem.empty() && tags.size() == limits::tags)
            problem = fmt::format("more than {} tags", limits::tags);
        if (!problem.empty()) {
            problems.push_back({where, problem, "write short labels such as org:payments"});
            continue;
        }
        tags.push_back(std::move(tag));
    }
    return tags;
}

}  // namespace gait::detail
