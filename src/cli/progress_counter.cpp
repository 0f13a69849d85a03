#include "cli/progress_counter.hpp"

#include <algorithm>
#include <unistd.h>

#include <fmt/format.h>

namespace gait::cli {

std::string progress_text(std::size_t read, std::size_t total) {
    return fmt::format("read {} of {} files", read, total);
}

ProgressCounter::ProgressCounter(std::FILE* stream, std::size_t total) {
    if (total < progress_min_files || !::isatty(::fileno(stream))) return;
    stream_ = stream;
    step_ = std::max<std::size_t>(1, total / 100);
}

ProgressCounter::~ProgressCounter() {
    if (!stream_ || width_ == 0) return;
    std::fputs(("\r" + std::string(width_, ' ') + "\r").c_str(), stream_);
    std::fflush(stream_);
}

void ProgressCounter::operator()(std::size_t read, std::size_t total) {
    if (!stream_ || (read % step_ != 0 && read != total)) return;
    const std::string text = progress_text(read, total);
    width_ = std::max(width_, text.size());
    std::fputs(("\r" + text).c_str(), stream_);
    std::fflush(stream_);
}

}  // namespace gait::cli
