#include "util/run_program.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include "gait/util/diagnostic.hpp"

extern char** environ;

namespace gait {
namespace {

// What standard error keeps: enough for git's first lines, never a flood.
constexpr std::size_t kept_error_bytes = 4096;

// Closes a file descriptor on every way out, once.
struct Descriptor {
    int fd = -1;
    Descriptor() = default;
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() { close(); }
    void close() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
};

[[noreturn]] void fail(const std::string& what, const std::string& message) {
    throw Error({what, 0, 0}, message);
}

// A pair of connected descriptors: [0] the program's end, [1] gait's. Standard
// input is a socket so that writing to a program that has exited returns EPIPE
// (MSG_NOSIGNAL) instead of raising SIGPIPE in gait.
void make_channel(Descriptor (&ends)[2], bool socket, const std::string& what) {
    int fds[2];
    const int made = socket ? ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds)
                            : ::pipe2(fds, O_CLOEXEC);
    if (made != 0) fail(what, fmt::format("cannot make a pipe: {}", std::strerror(errno)));
    ends[0].fd = fds[socket ? 0 : 1];
    ends[1].fd = fds[socket ? 1 : 0];
    ::fcntl(ends[1].fd, F_SETFL, ::fcntl(ends[1].fd, F_GETFL) | O_NONBLOCK);
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (auto& s : strings)
        pointers.push_back(s.data());
    pointers.push_back(nullptr);
    return pointers;
}

// gait's environment with `added` set, a name in `added` replacing gait's own.
std::vector<std::string> environment_with(const std::vector<std::string>& added) {
    std::vector<std::string> result = added;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string line = *entry;
        const std::string name = line.substr(0, line.find('=') + 1);
        bool replaced = false;
        for (const auto& a : added)
            replaced = replaced || a.compare(0, name.size(), name) == 0;
        if (!replaced) result.push_back(line);
    }
    return result;
}

pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& environment,
            int in, int out, int err, const std::string& what) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in, 0);
    posix_spawn_file_actions_adddup2(&actions, out, 1);
    posix_spawn_file_actions_adddup2(&actions, err, 2);
    std::vector<std::string> args = argv;
    std::vector<std::string> env = environment_with(environment);
    pid_t pid = 0;
    const int status = ::posix_spawnp(&pid, args[0].c_str(), &actions, nullptr,
                                      c_strings(args).data(), c_strings(env).data());
    posix_spawn_file_actions_destroy(&actions);
    if (status != 0) fail(what, fmt::format("cannot run {}: {}", argv[0], std::strerror(status)));
    return pid;
}

int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Moves the bytes between gait and the program until it closes its output.
class Exchange {
  public:
    Exchange(Descriptor& in, int out, int err, const std::string& input, std::size_t most)
        : in_(in), out_(out), err_(err), input_(input), most_(most) {}

    // False when the program wrote more than `most` bytes on standard output.
    bool run(ProgramOutput& result) {
        while (out_ >= 0 || err_ >= 0) {
            pollfd fds[3];
            nfds_t count = 0;
            add(fds, count, in_.fd, POLLOUT);
            add(fds, count, out_, POLLIN);
            add(fds, count, err_, POLLIN);
            if (::poll(fds, count, -1) < 0 && errno != EINTR) return true;
            write_some();
            if (!read_some(out_, result.out, most_)) return false;
            read_some(err_, result.err, kept_error_bytes);
        }
        return true;
    }

  private:
    static void add(pollfd* fds, nfds_t& count, int fd, short events) {
        if (fd >= 0) fds[count++] = {fd, events, 0};
    }

    // Writes what the program takes now; closes its input once all is written
    // (or it stopped reading), so it sees the end.
    void write_some() {
        if (in_.fd < 0) return;
        const ssize_t n = ::send(in_.fd, input_.data() + written_, input_.size() - written_,
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) written_ += static_cast<std::size_t>(n);
        if ((n < 0 && errno != EAGAIN && errno != EINTR) || written_ >= input_.size()) in_.close();
    }

    // Reads what is there, keeping at most `most` bytes (one more to tell it
    // was exceeded); closes the descriptor at its end. False past `most`.
    static bool read_some(int& fd, std::string& into, std::size_t most) {
        if (fd < 0) return true;
        char buffer[65536];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) fd = -1;
        if (n <= 0) return true;
        const std::size_t room = most + 1 - std::min(into.size(), most + 1);
        into.append(buffer, std::min(room, static_cast<std::size_t>(n)));
        return into.size() <= most;
    }

    Descriptor& in_;
    int out_;
    int err_;
    const std::string& input_;
    std::size_t written_ = 0;
    std::size_t most_;
};

}  // namespace

ProgramOutput run_program(const std::vector<std::string>& argv, const std::string& input,
                          const std::vector<std::string>& environment, std::size_t most_output,
                          const std::string& what) {
    Descriptor in[2], out[2], err[2];
    make_channel(in, true, what);
    make_channel(out, false, what);
    make_channel(err, false, what);
    const pid_t pid = spawn(argv, environment, in[0].fd, out[0].fd, err[0].fd, what);
    in[0].close();
    out[0].close();
    err[0].close();
    if (input.empty()) in[1].close();

    ProgramOutput result;
    Exchange exchange(in[1], out[1].fd, err[1].fd, input, most_output);
    const bool within = exchange.run(result);
    if (result.err.size() > kept_error_bytes) result.err.resize(kept_error_bytes);
    if (!within) ::kill(pid, SIGKILL);
    result.exit_status = wait_for(pid);
    if (!within) fail(what, fmt::format("{} wrote more than {} MiB", argv[0], most_output >> 20));
    return result;
}

}  // namespace gait
