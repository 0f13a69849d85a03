#include "pty_session.hpp"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <catch2/catch.hpp>

namespace gait::test {
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

}  // namespace

PtySession::PtySession(const std::vector<std::string>& args, const std::vector<std::string>& env,
                       unsigned short columns, unsigned short rows, long file_size_limit) {
    struct winsize size {};
    size.ws_col = columns;
    size.ws_row = rows;
    child_ = ::forkpty(&master_, nullptr, nullptr, &size);
    REQUIRE(child_ >= 0);
    if (child_ == 0) {
        for (const std::string& entry : env)
            ::putenv(const_cast<char*>(entry.c_str()));
        std::vector<char*> argv{const_cast<char*>(GAIT_BINARY)};
        for (const std::string& arg : args)
            argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        if (::chdir(GAIT_SOURCE_DIR) != 0) ::_exit(127);
        if (file_size_limit >= 0) {
            const rlimit size{static_cast<rlim_t>(file_size_limit),
                              static_cast<rlim_t>(file_size_limit)};
            ::setrlimit(RLIMIT_FSIZE, &size);
        }
        ::execv(GAIT_BINARY, argv.data());
        ::_exit(127);
    }
}

PtySession::~PtySession() {
    if (exit_code_ < 0 && child_ > 0) {
        ::kill(child_, SIGKILL);
        ::waitpid(child_, nullptr, 0);
    }
    if (master_ >= 0) ::close(master_);
}

bool PtySession::read_some(int timeout_ms) {
    pollfd fd{master_, POLLIN, 0};
    const int ready = ::poll(&fd, 1, timeout_ms);
    if (ready < 0) return errno == EINTR;
    if (ready == 0) return false;  // timed out
    char buffer[4096];
    const ssize_t n = ::read(master_, buffer, sizeof buffer);
    if (n <= 0) return false;  // EIO: the child closed the terminal
    output_.append(buffer, static_cast<std::size_t>(n));
    return true;
}

bool PtySession::wait_for(const std::string& text, int timeout_ms) {
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
    for (;;) {
        const std::size_t found = output_.find(text, seen_);
        if (found != std::string::npos) {
            seen_ = found + text.size();
            return true;
        }
        const int left = remaining_ms(deadline);
        if (left == 0 || !read_some(left)) return false;
    }
}

void PtySession::send(const std::string& keys, int timeout_ms) {
    // Reads what gait shows while writing: a long paste fills the terminal's
    // buffers both ways, and gait blocks on its output while we block on input.
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
    const int flags = ::fcntl(master_, F_GETFL);
    ::fcntl(master_, F_SETFL, flags | O_NONBLOCK);
    std::size_t written = 0;
    while (written < keys.size()) {
        REQUIRE(remaining_ms(deadline) > 0);
        pollfd fd{master_, POLLIN | POLLOUT, 0};
        if (::poll(&fd, 1, remaining_ms(deadline)) <= 0) continue;
        if (fd.revents & POLLIN) read_some(0);
        if (!(fd.revents & POLLOUT)) continue;
        const ssize_t n = ::write(master_, keys.data() + written, keys.size() - written);
        REQUIRE((n > 0 || errno == EINTR || errno == EAGAIN));
        if (n > 0) written += static_cast<std::size_t>(n);
    }
    ::fcntl(master_, F_SETFL, flags);
}

void PtySession::resize(unsigned short columns, unsigned short rows) {
    struct winsize size {};
    size.ws_col = columns;
    size.ws_row = rows;
    ::ioctl(master_, TIOCSWINSZ, &size);
}

bool PtySession::terminal_restored() const {
    termios modes{};
    if (::tcgetattr(master_, &modes) != 0) return false;
    return (modes.c_lflag & ICANON) && (modes.c_lflag & ECHO) && (modes.c_lflag & ISIG);
}

void PtySession::kill(int signal) {
    ::kill(child_, signal);
}

int PtySession::wait_exit(int timeout_ms) {
    if (exit_code_ >= 0) return exit_code_;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
    while (remaining_ms(deadline) > 0 && read_some(remaining_ms(deadline))) {
    }
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(child_, &status, WNOHANG);
        if (done == child_) break;
        if (remaining_ms(deadline) == 0) {
            ::kill(child_, SIGKILL);
            ::waitpid(child_, &status, 0);
            break;
        }
        ::poll(nullptr, 0, 10);  // the child closed the terminal and is about to exit
    }
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return exit_code_;
}

}  // namespace gait::test
