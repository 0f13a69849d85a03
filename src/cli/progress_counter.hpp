#pragma once

// "read 1234 of 10000 files" on standard error, overwriting itself, while
// gait aggregate reads many files on a terminal; nothing otherwise.

#include <cstddef>
#include <cstdio>
#include <string>

namespace gait::cli {

// Fewer files than this are read too fast for a counter to be worth drawing.
inline constexpr std::size_t progress_min_files = 200;

class ProgressCounter {
  public:
    // Draws on `stream` only when it is a terminal and `total` is at least progress_min_files.
    ProgressCounter(std::FILE* stream, std::size_t total);
    ProgressCounter(const ProgressCounter&) = delete;
    ProgressCounter& operator=(const ProgressCounter&) = delete;
    // Clears the counter's line, so that what follows starts clean.
    ~ProgressCounter();

    bool drawing() const { return stream_ != nullptr; }
    // Redraws the counter, at most once per percent of the files.
    void operator()(std::size_t read, std::size_t total);

  private:
    std::FILE* stream_ = nullptr;  // nullptr: not drawing
    std::size_t step_ = 1;         // files between redraws
    std::size_t width_ = 0;        // of the longest line drawn, to clear it
};

// "read 1234 of 10000 files"
std::string progress_text(std::size_t read, std::size_t total);

}  // namespace gait::cli
