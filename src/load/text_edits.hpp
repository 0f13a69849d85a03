#pragma once

// Edits to a file's text as replacements of spans of the original, applied at once,
// so that an editor (answers_edit, plan_edit) changes some bytes and keeps the others.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/yaml_text.hpp"  // UnsupportedYaml

namespace gait::detail {

// One change: positions in the original text, so edits never move one another.
struct Edit {
    std::size_t begin, end;  // the span replaced; empty for an insertion
    std::string text;
};

// The changes to one file, and the conventions of the file they follow.
class Editor {
  public:
    explicit Editor(std::string_view text) : text_(text), newline_(detect_newline(text)) {}

    // The original text, which every position refers to.
    std::string_view text() const { return text_; }

    // Replaces [begin, end) of the original text; nothing with nothing is no edit.
    void replace(std::size_t begin, std::size_t end, std::string with) {
        if (begin != end || !with.empty()) edits_.push_back({begin, end, std::move(with)});
    }

    // Puts whole lines at `pos`, a line start or the end of the text; a text that does not
    // end with a line break still does not.
    void insert_lines(std::size_t pos, const std::vector<std::string>& lines) {
        std::string out;
        const bool unterminated = pos == text_.size() && !text_.empty() && text_.back() != '\n';
        for (const std::string& line : lines)
            out += unterminated ? newline_ + line : line + newline_;
        replace(pos, pos, std::move(out));
    }

    // The file's line end, for every line added.
    const std::string& newline() const { return newline_; }

    // The text with every edit made; edits at one place keep the order they were made in.
    // Without its last line, a text that did not end with a line break still does not.
    std::string apply() {
        std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
        });
        std::string out;
        std::size_t done = 0;
        for (const Edit& edit : edits_) {
            if (edit.begin < done) throw UnsupportedYaml();  // overlapping edits: a bug, not a file
            out.append(text_.substr(done, edit.begin - done));
            out += edit.text;
            done = edit.end;
        }
        out.append(text_.substr(done));
        if (!text_.empty() && text_.back() != '\n' && !out.empty() && out.back() == '\n') {
            out.resize(out.size() - (out.size() > 1 && out[out.size() - 2] == '\r' ? 2 : 1));
        }
        return out;
    }

  private:
    // CRLF when the first line ends so; a file without a line break gets "\n".
    static std::string detect_newline(std::string_view text) {
        const std::size_t newline = text.find('\n');
        return newline != std::string_view::npos && newline > 0 && text[newline - 1] == '\r'
                   ? "\r\n"
                   : "\n";
    }

    std::string_view text_;
    std::string newline_;  // the file's line end
    std::vector<Edit> edits_;
};

}  // namespace gait::detail
