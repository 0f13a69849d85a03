#include "cli/terminal_console.hpp"

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include "gait/util/limits.hpp"

#include "cli/terminal.hpp"

namespace gait::cli {
namespace {

constexpr int handled_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH};
// A lone ESC is the Escape key unless the rest of a sequence follows this soon.
constexpr int escape_wait_ms = 50;
// A paste that pauses this long without its end marker has ended: a terminal
// that lost the marker must not swallow every key typed after it.
constexpr int paste_idle_ms = 3000;
// Bracketed paste: the terminal wraps pasted text in these, so it never reads as keys.
constexpr std::string_view paste_on = "\x1b[?2004h";
constexpr std::string_view paste_off = "\x1b[?2004l";
constexpr std::string_view paste_end = "\x1b[201~";
// The alternate screen, as less and vim use it: the questionnaire's screens
// leave the scrollback as it was, and the report after them lands on the normal screen.
constexpr std::string_view alternate_screen_on = "\x1b[?1049h";
constexpr std::string_view alternate_screen_off = "\x1b[?1049l";
// A paste keeps one byte past the most a line holds, so the editor can say it was cut.
constexpr std::size_t paste_kept = limits::text_bytes + 1;

// A signal handler can reach nothing but globals: the write end of the pipe
// that turns signals into keys (the self-pipe trick).
volatile sig_atomic_t signal_pipe_write = -1;

void on_signal(int number) {
    const int saved_errno = errno;
    const char byte = static_cast<char>(number);
    if (signal_pipe_write >= 0) (void)!::write(signal_pipe_write, &byte, 1);
    errno = saved_errno;
}

KeyCode key_for_signal(int number) {
    switch (number) {
        case SIGWINCH:
            return KeyCode::resized;
        case SIGTERM:
            return KeyCode::terminate;
        case SIGHUP:
            return KeyCode::hang_up;
        default:
            return KeyCode::interrupt;
    }
}

}  // namespace

TerminalConsole::TerminalConsole(std::string color) : color_(std::move(color)) {
    ::tcgetattr(STDIN_FILENO, &saved_);
    termios raw = saved_;
    // No line buffering or echo, and Ctrl-C arrives as a key; output keeps \n -> \r\n.
    raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO | ISIG | IEXTEN));
    raw.c_iflag &= static_cast<tcflag_t>(~(IXON | ICRNL));
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    ::tcsetattr(STDIN_FILENO, TCSADRAIN, &raw);

    if (::pipe2(signal_pipe_, O_CLOEXEC | O_NONBLOCK) == 0) signal_pipe_write = signal_pipe_[1];
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (const int number : handled_signals)
        ::sigaction(number, &action, nullptr);
    write(alternate_screen_on);
    write(paste_on);
}

TerminalConsole::~TerminalConsole() {
    write(paste_off);
    write(alternate_screen_off);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGWINCH, SIG_DFL);
    signal_pipe_write = -1;
    for (const int fd : signal_pipe_) {
        if (fd >= 0) ::close(fd);
    }
    ::tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_);
}

bool TerminalConsole::fill(Key& interruption, int timeout_ms) {
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {signal_pipe_[0], POLLIN, 0}};
    const int ready = ::poll(fds, 2, timeout_ms);
    if (ready < 0) return true;  // EINTR: the pipe has the signal
    if (fds[1].revents & POLLIN) {
        char number = 0;
        if (::read(signal_pipe_[0], &number, 1) == 1) {
            interruption.code = key_for_signal(number);
            return false;
        }
    }
    if (ready == 0) {
        interruption.code = KeyCode::unknown;  // the time ran out
        return false;
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            pending_.append(buffer, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
            interruption.code = n == 0 ? KeyCode::end_of_input : KeyCode::hang_up;
            return false;
        }
    }
    return true;
}

Key TerminalConsole::read_key() {
    if (deferred_) {
        Key key = std::move(*deferred_);
        deferred_.reset();
        return key;
    }
    for (;;) {
        Key key;
        if (!pending_.empty() && pending_ != "\x1b") {
            const std::size_t used = decode_key(pending_, key);
            if (used > 0) {
                pending_.erase(0, used);
                return key.code == KeyCode::paste_start ? read_paste() : key;
            }
        }
        const bool lone_escape = pending_ == "\x1b";
        if (!fill(key, lone_escape ? escape_wait_ms : -1)) {
            if (key.code == KeyCode::unknown) {  // the lone ESC stayed alone
                pending_.clear();
                key.code = KeyCode::escape;
            }
            return key;
        }
    }
}

Key TerminalConsole::read_paste() {
    Key paste{KeyCode::paste, {}};
    const auto take = [&](std::size_t bytes) {
        const std::size_t room = paste_kept - std::min(paste_kept, paste.text.size());
        paste.text.append(pending_, 0, std::min(bytes, room));
        pending_.erase(0, bytes);
    };
    for (;;) {
        const std::size_t end = pending_.find(paste_end);
        if (end != std::string::npos) {
            take(end);
            pending_.erase(0, paste_end.size());
            return paste;
        }
        // Keep what may be the start of the end marker; beyond paste_kept, read and drop.
        take(pending_.size() - std::min(pending_.size(), paste_end.size() - 1));
        Key interruption;
        if (!fill(interruption, paste_idle_ms)) {
            // The paste so far first, then the signal; when the time ran out, the
            // terminal lost the end marker, and what follows is keys again.
            if (interruption.code != KeyCode::unknown) deferred_ = std::move(interruption);
            return paste;
        }
    }
}

bool TerminalConsole::key_waiting() {
    if (!pending_.empty() && pending_ != "\x1b") return true;
    pollfd fd{STDIN_FILENO, POLLIN, 0};
    return ::poll(&fd, 1, 0) > 0;
}

void TerminalConsole::write(std::string_view text) {
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;  // the terminal is gone; the answers are saved already
        written += static_cast<std::size_t>(n);
    }
}

TextStyle TerminalConsole::style() const {
    return style_for(stdout, color_);
}

std::size_t TerminalConsole::rows() const {
    return terminal_rows(stdout);
}

}  // namespace gait::cli
