#pragma once

#include <string>
#include <termios.h>

#include "gait/ask/console.hpp"

namespace gait::cli {

// The questionnaire's console on the real terminal: raw mode on stdin, so each
// key arrives at once, and SIGINT, SIGTERM, SIGHUP and SIGWINCH turned into
// keys. The destructor puts the terminal back as it was, on every way out.
class TerminalConsole : public Console {
  public:
    explicit TerminalConsole(std::string color);
    ~TerminalConsole() override;
    TerminalConsole(const TerminalConsole&) = delete;
    TerminalConsole& operator=(const TerminalConsole&) = delete;

    Key read_key() override;
    void write(std::string_view text) override;
    TextStyle style() const override;

  private:
    // Waits for bytes or a signal; false when a signal's key was made instead.
    bool fill(Key& signal_key);

    std::string color_;  // --color
    termios saved_{};
    std::string pending_;  // bytes read but not yet decoded
    int signal_pipe_[2] = {-1, -1};
};

}  // namespace gait::cli
