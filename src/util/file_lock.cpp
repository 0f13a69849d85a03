#include "gait/util/file_lock.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "gait/util/diagnostic.hpp"
#include "gait/util/text_format.hpp"

namespace gait {
namespace {

std::string host_name() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "this host";
    return name;
}

// What the holder wrote into the lock file: "process 123 on host h".
std::string holder_of(int fd) {
    char text[256] = {};
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    std::string holder = n > 0 ? std::string(text, static_cast<std::size_t>(n)) : "";
    while (!holder.empty() && holder.back() == '\n')
        holder.pop_back();
    return holder.empty() ? "another process" : printable(holder);
}

// Whether `fd` is still the file at `path`: a holder that was finishing may
// have removed it between our open and our lock.
bool still_there(int fd, const std::string& path) {
    struct stat opened {
    }, named{};
    return ::fstat(fd, &opened) == 0 && ::stat(path.c_str(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw Error({path, 0, 0}, fmt::format("{}: {}", what, std::strerror(errno)));
}

// The lock file's name: beside the file itself, so two names for one file (a
// symbolic link and its target) take the same lock.
std::string lock_path_for(const std::string& path) {
    char resolved[PATH_MAX];
    return (::realpath(path.c_str(), resolved) ? std::string(resolved) : path) + ".lock";
}

}  // namespace

FileLock::FileLock(const std::string& path) : path_(path), lock_path_(lock_path_for(path)) {
    for (;;) {
        fd_ = ::open(lock_path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd_ < 0) fail(lock_path_, "cannot create the lock file");
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            const int error_number = errno;
            const std::string holder = holder_of(fd_);
            ::close(fd_);
            fd_ = -1;
            if (error_number != EWOULDBLOCK) {
                errno = error_number;
                fail(lock_path_, "cannot lock");
            }
            throw Error(
                {path_, 0, 0},
                fmt::format("another gait questionnaire is answering this file ({})", holder),
                "finish or quit that one first, or answer into another file with --save");
        }
        if (still_there(fd_, lock_path_)) break;
        ::close(fd_);
    }
    const std::string holder =
        fmt::format("process {} on host {}\n", ::getpid(), printable(host_name()));
    // Should this fail, the lock holds all the same; only a second writer's message is poorer.
    (void)!::ftruncate(fd_, 0);
    (void)!::pwrite(fd_, holder.data(), holder.size(), 0);
}

FileLock::~FileLock() {
    // Removed while still locked, so no one locks a file that is about to vanish.
    ::unlink(lock_path_.c_str());
    ::close(fd_);
}

}  // namespace gait
