#include "gait/ask/line_editor.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "gait/util/limits.hpp"

namespace gait {
namespace {

bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The line being edited, with the cursor as a byte offset on a character boundary.
class Line {
  public:
    explicit Line(std::string text) : text_(std::move(text)), cursor_(text_.size()) {}

    const std::string& text() const { return text_; }
    std::size_t cursor() const { return cursor_; }

    void insert(const std::string& piece) {
        text_.insert(cursor_, piece);
        cursor_ += piece.size();
    }
    void left() { cursor_ = previous(cursor_); }
    void right() { cursor_ = next(cursor_); }
    void home() { cursor_ = 0; }
    void end() { cursor_ = text_.size(); }
    void backspace() { erase(previous(cursor_), cursor_); }
    void erase_next() { erase(cursor_, next(cursor_)); }
    void erase_before() { erase(0, cursor_); }
    void erase_after() { erase(cursor_, text_.size()); }
    void erase_word() {
        std::size_t start = cursor_;
        while (start > 0 && text_[start - 1] == ' ')
            --start;
        while (start > 0 && text_[start - 1] != ' ')
            start = previous(start);
        erase(start, cursor_);
    }

  private:
    // The cursor moves by what shows as one character: a letter with the
    // combining marks after it (which take no column) is crossed in one step.
    std::size_t previous(std::size_t at) const {
        do
            at = previous_code_point(at);
        while (at > 0 && takes_no_column(at));
        return at;
    }
    std::size_t next(std::size_t at) const {
        do
            at = next_code_point(at);
        while (at < text_.size() && takes_no_column(at));
        return at;
    }
    std::size_t previous_code_point(std::size_t at) const {
        if (at == 0) return 0;
        do
            --at;
        while (at > 0 && is_continuation_byte(text_[at]));
        return at;
    }
    std::size_t next_code_point(std::size_t at) const {
        if (at >= text_.size()) return text_.size();
        do
            ++at;
        while (at < text_.size() && is_continuation_byte(text_[at]));
        return at;
    }
    // Whether the code point at `at` is a combining mark or another character
    // of no width (an ASCII control is shown in caret form, and is one of its own).
    bool takes_no_column(std::size_t at) const {
        const std::string_view code_point(text_.data() + at, next_code_point(at) - at);
        return static_cast<unsigned char>(code_point[0]) >= 0x80 && display_width(code_point) == 0;
    }
    void erase(std::size_t from, std::size_t to) {
        text_.erase(from, to - from);
        cursor_ = from;
    }

    std::string text_;
    std::size_t cursor_;
};

// Draws the line in place: a window of the text that keeps the cursor in view
// when the line is wider than the terminal.
void draw(Console& console, std::string_view prompt, const Line& line) {
    const std::size_t width = console.style().width;
    const std::size_t prompt_width = display_width(prompt);
    const std::size_t room = width > prompt_width + 1 ? width - prompt_width - 1 : 1;
    const std::string before = printable(line.text().substr(0, line.cursor()));
    const std::string after = printable(line.text().substr(line.cursor()));
    // The text before the cursor stays whole on screen, with a column left for the cursor.
    const std::size_t before_room = room > 1 ? room - 1 : 1;
    const std::size_t skip =
        display_width(before) > before_room ? display_width(before) - before_room : 0;
    // Whole characters off the front, a wide one taking two columns with it.
    std::size_t start = 0;
    for (std::size_t skipped = 0; skipped < skip && start < before.size();) {
        std::size_t end = start + 1;
        while (end < before.size() && is_continuation_byte(before[end]))
            ++end;
        skipped += display_width(before.substr(start, end - start));
        start = end;
    }
    const std::string shown_before = before.substr(start);
    const std::string shown =
        shown_before + truncate(after, room - std::min(room, display_width(shown_before)));
    std::string out = "\r\x1b[K" + std::string(prompt) + shown + "\r";
    const std::size_t column = prompt_width + display_width(shown_before);
    if (column > 0) out += fmt::format("\x1b[{}C", column);
    console.write(out);
}

// Inserts what fits in limits::text_bytes, whole characters only, and says so
// when not all of it fits: a longer value could be saved but never read back.
void insert_within_limit(Console& console, Line& line, const std::string& piece) {
    const std::size_t room =
        limits::text_bytes > line.text().size() ? limits::text_bytes - line.text().size() : 0;
    if (piece.size() <= room) {
        line.insert(piece);
        return;
    }
    std::size_t fits = room;
    while (fits > 0 && is_continuation_byte(piece[fits]))
        --fits;
    line.insert(piece.substr(0, fits));
    console.write(fmt::format("\r\x1b[K(a line holds at most {} KiB: the rest was not taken)\r\n",
                              limits::text_bytes / 1024));
}

}  // namespace

std::string fold_paste(std::string_view pasted) {
    std::string folded;
    folded.reserve(pasted.size());
    bool after_break = false;
    while (!pasted.empty()) {
        const std::size_t length = utf8_character_length(pasted);
        if (length == 0) {  // not UTF-8: dropped, as a typed byte would be
            pasted.remove_prefix(1);
            continue;
        }
        const char first = pasted[0];
        const bool line_break = first == '\n' || first == '\r';
        if (line_break || first == '\t') {
            if (!(line_break && after_break)) folded += ' ';
        } else if (static_cast<unsigned char>(first) >= 0x20 && first != 0x7f) {
            folded.append(pasted.substr(0, length));
        }
        after_break = line_break;
        pasted.remove_prefix(length);
    }
    return folded;
}

EditedLine edit_line(Console& console, std::string_view prompt, std::string initial) {
    Line line(std::move(initial));
    for (;;) {
        if (!console.key_waiting()) draw(console, prompt, line);
        const Key key = console.read_key();
        switch (key.code) {
            case KeyCode::text:
                insert_within_limit(console, line, key.text);
                break;
            case KeyCode::paste:
                insert_within_limit(console, line, fold_paste(key.text));
                break;
            case KeyCode::left:
                line.left();
                break;
            case KeyCode::right:
                line.right();
                break;
            case KeyCode::home:
                line.home();
                break;
            case KeyCode::end:
                line.end();
                break;
            case KeyCode::backspace:
                line.backspace();
                break;
            case KeyCode::erase:
                line.erase_next();
                break;
            case KeyCode::erase_before:
                line.erase_before();
                break;
            case KeyCode::erase_after:
                line.erase_after();
                break;
            case KeyCode::erase_word:
                line.erase_word();
                break;
            case KeyCode::enter:
            case KeyCode::escape:
                console.write("\r\n");
                return {line.text(), key.code};
            default:
                if (is_exit_key(key)) {
                    console.write("\r\n");
                    return {line.text(), key.code};
                }
                break;  // resized: drawn again; others: ignored
        }
    }
}

}  // namespace gait
