#pragma once

// The seam between the questionnaire and a terminal: keys in, text out. The
// gait executable implements it on a real terminal; tests implement it with a
// script of keys.

#include <cstddef>
#include <string>
#include <string_view>

#include "gait/util/text_format.hpp"

namespace gait {

enum class KeyCode {
    text,  // a printable character, in Key::text
    enter,
    backspace,
    erase,  // Delete
    left,
    right,
    up,
    down,
    home,
    end,
    page_up,
    page_down,
    escape,
    erase_before,  // Ctrl-U: erase to the start of the line
    erase_after,   // Ctrl-K: erase to the end of the line
    erase_word,    // Ctrl-W
    resized,       // the terminal changed size: draw again
    interrupt,     // Ctrl-C or SIGINT
    terminate,     // SIGTERM
    hang_up,       // SIGHUP: the terminal is gone
    end_of_input,  // Ctrl-D on an empty line, or the input closed
    paste_start,   // ESC [ 200 ~: bracketed paste begins (a console turns what follows into paste)
    paste,         // pasted text, whole, in Key::text: never a key press
    unknown,       // anything else
};

struct Key {
    KeyCode code = KeyCode::unknown;
    std::string text;  // the UTF-8 character, for KeyCode::text; what was pasted, for paste
};

class Console {
  public:
    virtual ~Console() = default;
    // The next key; blocks until there is one.
    virtual Key read_key() = 0;
    virtual void write(std::string_view text) = 0;
    // Whether another key has arrived already: the line editor draws only when
    // none has, so typing ahead or pasting without bracketed paste costs time
    // linear in its length instead of a redraw per character.
    virtual bool key_waiting() { return false; }
    // Width and color as they are now; the width changes when the terminal is resized.
    virtual TextStyle style() const = 0;
    // Rows on screen as they are now: the questionnaire fits each screen in them.
    virtual std::size_t rows() const { return 24; }
};

// Decodes the first key in bytes read from a terminal in raw mode: characters,
// control keys, the escape sequences of arrows, Home, End and Delete, and the
// start of a bracketed paste (KeyCode::paste_start). Returns
// the bytes it used, or 0 when they end in the middle of a character.
std::size_t decode_key(std::string_view bytes, Key& key);

// Whether a key ends the whole questionnaire rather than answering it.
inline bool is_exit_key(const Key& key) {
    return key.code == KeyCode::interrupt || key.code == KeyCode::terminate ||
           key.code == KeyCode::hang_up || key.code == KeyCode::end_of_input;
}

}  // namespace gait
