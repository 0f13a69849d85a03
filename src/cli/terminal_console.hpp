#pragma once

#include <optional>
#include <string>
#include <termios.h>

#include "gait/ask/console.hpp"

namespace gait::cli {

// The questionnaire's console on the real terminal: raw mode on stdin, so each
// key arrives at once, and SIGINT, SIGTERM, SIGHUP and SIGWINCH turned into
// keys, bracketed paste on, so a paste arrives as one KeyCode::paste, and the
// alternate screen on. The destructor puts the terminal back as it was, on every way out.
class TerminalConsole : public Console {
  public:
    explicit TerminalConsole(std::string color);
    ~TerminalConsole() override;
    TerminalConsole(const TerminalConsole&) = delete;
    TerminalConsole& operator=(const TerminalConsole&) = delete;

    Key read_key() override;
    void write(std::string_view text) override;
    TextStyle style() const override;
    std::size_t rows() const override;
    bool key_waiting() override;

  private:
    // Waits up to `timeout_ms` (-1: with no end) for bytes or a signal. False
    // when none came: `interruption` then holds the signal's key, or
    // KeyCode::unknown when the time ran out.
    bool fill(Key& interruption, int timeout_ms);
    // What follows ESC [ 200 ~ up to ESC [ 201 ~, as one key; bounded, whatever its length.
    Key read_paste();

    std::string color_;  // --color
    termios saved_{};
    std::string pending_;          // bytes read but not yet decoded
    std::optional<Key> deferred_;  // a signal's key that arrived during a paste
    int signal_pipe_[2] = {-1, -1};
};

}  // namespace gait::cli
