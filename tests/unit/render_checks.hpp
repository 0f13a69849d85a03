#pragma once

// Looking into rendered Markdown and HTML, for the tests of the comparison and
// aggregate renderers.

#include <cstddef>
#include <string>

namespace gait::test {

inline bool has(const std::string& text, const std::string& piece) {
    return text.find(piece) != std::string::npos;
}

// The Markdown section that starts with `heading`, up to the next "## ".
inline std::string markdown_section(const std::string& markdown, const std::string& heading) {
    const std::size_t start = markdown.find(heading);
    if (start == std::string::npos) return {};
    const std::size_t end = markdown.find("\n## ", start + heading.size());
    return markdown.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// The pipes of a Markdown table row that are not escaped: its cell borders.
inline std::size_t borders(const std::string& row) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++n;
    }
    return n;
}

// The HTML `<section>` whose heading has id `id`, up to its end.
inline std::string html_section(const std::string& html, const std::string& id) {
    const std::size_t start = html.find("<section aria-labelledby=\"" + id + "\">");
    if (start == std::string::npos) return {};
    return html.substr(start, html.find("</section>", start) - start);
}

// The first thing in an HTML page that would load something from elsewhere
// (or link to it), or "" when it is self-contained.
inline std::string first_load(const std::string& html) {
    for (const char* load :
         {"<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href="}) {
        if (has(html, load)) return load;
    }
    return {};
}

// Whether `parts` occur in `text` in this order; names the first that does not.
template <typename Parts>
std::string out_of_order(const std::string& text, const Parts& parts) {
    std::size_t at = 0;
    for (const std::string& part : parts) {
        const std::size_t found = text.find(part, at);
        if (found == std::string::npos) return part;
        at = found + part.size();
    }
    return {};
}

}  // namespace gait::test
