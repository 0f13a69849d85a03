#include "run_gait.hpp"

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

extern char** environ;

namespace gait::test {
namespace {

// Reads both pipes until both close, so neither can fill up and block the child.
void drain(int out_fd, int err_fd, Run& run) {
    pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    std::string* sinks[2] = {&run.out, &run.err};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0) continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
}

Run run_gait_from(const std::vector<std::string>& args, const std::vector<std::string>& env,
                  long file_size_limit, const std::string& stdin_path) {
    int out_pipe[2], err_pipe[2];
    REQUIRE(::pipe(out_pipe) == 0);
    REQUIRE(::pipe(err_pipe) == 0);
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e)
        environment.emplace_back(*e);
    environment.insert(environment.end(), env.begin(), env.end());

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::vector<char*> argv{const_cast<char*>(GAIT_BINARY)};
        for (const std::string& arg : args)
            argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (std::string& entry : environment)
            envp.push_back(entry.data());
        envp.push_back(nullptr);
        if (::chdir(GAIT_SOURCE_DIR) != 0) ::_exit(127);
        const int input_fd = ::open(stdin_path.c_str(), O_RDONLY);
        if (input_fd < 0) ::_exit(127);
        ::dup2(input_fd, 0);
        ::dup2(out_pipe[1], 1);
        ::dup2(err_pipe[1], 2);
        ::close(out_pipe[0]);
        ::close(err_pipe[0]);
        if (file_size_limit >= 0) {
            const rlimit limit{static_cast<rlim_t>(file_size_limit),
                               static_cast<rlim_t>(file_size_limit)};
            // gait itself must ignore SIGXFSZ, so that the write fails with EFBIG
            // instead of killing it: the default action is left as it is.
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_DFL);
        }
        ::execve(GAIT_BINARY, argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    Run run;
    drain(out_pipe[0], err_pipe[0], run);
    int status = 0;
    ::waitpid(child, &status, 0);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

}  // namespace

Run run_gait(const std::vector<std::string>& args, const std::vector<std::string>& env,
             long file_size_limit) {
    return run_gait_from(args, env, file_size_limit, "/dev/null");
}

Run run_gait_reading(const std::vector<std::string>& args, const std::string& stdin_path) {
    return run_gait_from(args, {}, -1, stdin_path);
}

std::string source_path(const std::string& relative) {
    return std::string(GAIT_SOURCE_DIR) + "/" + relative;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void check_refused(const std::vector<std::string>& args, const std::string& message) {
    INFO("gait " << Catch::Detail::stringify(args));
    const Run run = run_gait(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(lines_of(run.err).size() == 1);
    CHECK(run.err == "gait: error: " + message + "\n");
}

void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = source_path("tests/golden/" + name);
    const char* update = std::getenv("GAIT_UPDATE_GOLDEN");
    if (update && std::strcmp(update, "1") == 0) {
        std::ofstream(path, std::ios::binary) << actual;
    }
    INFO("golden file " << path << " (GAIT_UPDATE_GOLDEN=1 rewrites it)");
    CHECK(actual == read_text(path));
}

}  // namespace gait::test
