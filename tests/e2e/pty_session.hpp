#pragma once

// Runs build/gait on a pseudo-terminal, as a person at a terminal would, so
// tests can read what it shows and type keys. Waits are for text on screen,
// with generous time-outs, never fixed sleeps.

#include <string>
#include <sys/types.h>
#include <vector>

namespace gait::test {

class PtySession {
  public:
    // Starts gait with `args` in the source directory on a terminal of
    // `columns` x `rows`; `env` entries (NAME=VALUE) are added to the environment.
    // A `file_size_limit` of zero or more makes every write past that many
    // bytes fail (RLIMIT_FSIZE), as on a full disk.
    PtySession(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
               unsigned short columns = 80, unsigned short rows = 24, long file_size_limit = -1);
    ~PtySession();
    PtySession(const PtySession&) = delete;
    PtySession& operator=(const PtySession&) = delete;

    // Reads until `text` has appeared since the last wait (true), or until the
    // time-out or the end of output (false).
    bool wait_for(const std::string& text, int timeout_ms = 15000);

    // Types `keys`, reading the screen meanwhile; fails the test past the time-out.
    void send(const std::string& keys, int timeout_ms = 15000);
    void resize(unsigned short columns, unsigned short rows);
    void kill(int signal);

    // Reads to the end of output and returns the exit code (128 + signal when killed).
    int wait_exit(int timeout_ms = 15000);

    // Whether the terminal is back in its usual mode: line editing and echo on.
    bool terminal_restored() const;

    // Everything shown so far, escape codes included.
    const std::string& output() const { return output_; }

  private:
    bool read_some(int timeout_ms);

    int master_ = -1;
    pid_t child_ = -1;
    std::string output_;
    std::size_t seen_ = 0;  // output_ before this was matched by an earlier wait
    int exit_code_ = -1;
};

}  // namespace gait::test
