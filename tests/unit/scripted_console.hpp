#pragma once

// A Console for tests: keys from a script, text into a string, no terminal.

#include <deque>
#include <string>

#include "gait/ask/console.hpp"

namespace gait::test {

class ScriptedConsole : public Console {
  public:
    explicit ScriptedConsole(std::size_t width = 80) : width_(width) {}

    // Queues each character of `keys` as a text key ("\r" is Enter).
    ScriptedConsole& type(const std::string& keys) {
        for (const char c : keys) {
            if (c == '\r') {
                press(KeyCode::enter);
            } else {
                keys_.push_back({KeyCode::text, std::string(1, c)});
            }
        }
        return *this;
    }

    // Queues one paste key holding all of `text`, as a terminal's bracketed paste arrives.
    ScriptedConsole& paste(const std::string& text) {
        keys_.push_back({KeyCode::paste, text});
        return *this;
    }

    ScriptedConsole& press(KeyCode code) {
        keys_.push_back({code, {}});
        return *this;
    }

    // The next scripted key; when the script runs out, the input has ended.
    Key read_key() override {
        if (keys_.empty()) return {KeyCode::end_of_input, {}};
        Key key = keys_.front();
        keys_.pop_front();
        return key;
    }

    void write(std::string_view text) override { output_ += text; }
    TextStyle style() const override { return {width_, false}; }
    std::size_t rows() const override { return rows_; }

    void set_width(std::size_t width) { width_ = width; }
    void set_rows(std::size_t rows) { rows_ = rows; }
    const std::string& output() const { return output_; }
    std::size_t keys_left() const { return keys_.size(); }

  private:
    std::deque<Key> keys_;
    std::string output_;
    std::size_t width_;
    std::size_t rows_ = 24;
};

}  // namespace gait::test
