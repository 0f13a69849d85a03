#include "gait/util/file_io.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "gait/util/diagnostic.hpp"
#include "gait/util/limits.hpp"

namespace gait {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error_number) {
    throw Error({path, 0, 0}, fmt::format("{}: {}", what, std::strerror(error_number)));
}

// Closes a file descriptor on every way out.
struct FileDescriptor {
    int fd;
    ~FileDescriptor() {
        if (fd >= 0) ::close(fd);
    }
};

std::string directory_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

void write_all(int fd, const std::string& content, const std::string& path) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(path, "cannot write", errno);
        written += static_cast<std::size_t>(n);
    }
}

// An existing file keeps its permissions; a new one gets the usual 0666 less the umask.
mode_t mode_for(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) return info.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// What the caller's check before the rename threw, carried past the handler that
// renames the file in gait's own errors: the check's error is the caller's to word.
struct CheckFailed {
    std::exception_ptr error;
};

// Runs the caller's check; what it throws comes out as CheckFailed.
void run_check(const std::function<void()>& check) {
    if (!check) return;
    try {
        check();
    } catch (...) {
        throw CheckFailed{std::current_exception()};
    }
}

// A new name or a rename reaches the disk only when the directory does.
void sync_directory_of(const std::string& path) {
    FileDescriptor directory{::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY)};
    if (directory.fd >= 0) ::fsync(directory.fd);
}

// Writes `content` to a new temporary file beside `path`, with `path`'s mode,
// flushed to disk, and returns its name; the caller renames or removes it.
std::string write_temporary_beside(const std::string& path, const std::string& content) {
    std::string temporary = directory_of(path) + "/.gait-XXXXXX";
    FileDescriptor file{::mkstemp(temporary.data())};
    if (file.fd < 0) fail(path, "cannot create a file beside it", errno);
    try {
        write_all(file.fd, content, path);
        if (::fchmod(file.fd, mode_for(path)) != 0 || ::fsync(file.fd) != 0)
            fail(path, "cannot write", errno);
        const int closed = ::close(file.fd);
        file.fd = -1;
        if (closed != 0) fail(path, "cannot write", errno);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    return temporary;
}

void write_through_links(const std::string& requested, const std::string& content,
                         const std::function<void()>& before_rename) {
    // Through a symbolic link, the file it points to is replaced, not the link.
    char resolved[PATH_MAX];
    struct stat link {};
    const std::string path = ::lstat(requested.c_str(), &link) == 0 && S_ISLNK(link.st_mode) &&
                                     ::realpath(requested.c_str(), resolved)
                                 ? std::string(resolved)
                                 : requested;
    const std::string temporary = write_temporary_beside(path, content);
    try {
        run_check(before_rename);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error_number = errno;
        ::unlink(temporary.c_str());
        fail(path, "cannot write", error_number);
    }
    sync_directory_of(path);
}

// Whether `path` is there and is not a regular file: /dev/null, a FIFO, a
// terminal. Those are written to as they are; renaming over them would put a
// plain file in their place.
// The number N of a path that names one of this process's open descriptors:
// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N or /proc/PID/fd/N with
// our PID, as given or reached through symbolic links. Resolving such a path
// names the file behind the descriptor: replacing that file would lose what
// `>> summary.md` meant to keep, so gait writes to the descriptor instead.
std::optional<int> open_descriptor_named(std::string path) {
    const std::string own_fd = "/proc/" + std::to_string(::getpid()) + "/fd/";
    for (int links = 0; links < 8; ++links) {
        if (path == "/dev/stdout") return 1;
        if (path == "/dev/stderr") return 2;
        for (const std::string& folder :
             {std::string("/dev/fd/"), std::string("/proc/self/fd/"), own_fd}) {
            if (path.size() <= folder.size() || path.compare(0, folder.size(), folder) != 0)
                continue;
            const std::string number = path.substr(folder.size());
            if (number.size() > 9 || number.find_first_not_of("0123456789") != std::string::npos)
                return std::nullopt;
            const int fd = std::stoi(number);
            return ::fcntl(fd, F_GETFD) != -1 ? std::optional<int>(fd) : std::nullopt;
        }
        char target[PATH_MAX];
        const ssize_t length = ::readlink(path.c_str(), target, sizeof target - 1);
        if (length <= 0) return std::nullopt;
        const std::string next(target, static_cast<std::size_t>(length));
        // A relative link is relative to the link's folder.
        path = next.front() == '/' ? next : path.substr(0, path.rfind('/') + 1) + next;
    }
    return std::nullopt;
}

bool is_special_file(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode);
}

void write_in_place(const std::string& path, const std::string& content) {
    FileDescriptor file{::open(path.c_str(), O_WRONLY | O_CLOEXEC)};
    if (file.fd < 0) fail(path, "cannot open", errno);
    write_all(file.fd, content, path);
}

}  // namespace

void write_file_atomically(const std::string& requested, const std::string& content,
                           const std::function<void()>& before_rename) {
    try {
        if (const std::optional<int> fd = open_descriptor_named(requested)) {
            run_check(before_rename);
            write_all(*fd, content, requested);
            return;
        }
        if (is_special_file(requested)) {
            run_check(before_rename);
            write_in_place(requested, content);
            return;
        }
        write_through_links(requested, content, before_rename);
    } catch (const CheckFailed& failed) {
        std::rethrow_exception(failed.error);
    } catch (const Error& e) {
        // Name the file as the user did, not as the link resolved.
        throw Error({requested, 0, 0}, e.diagnostic().message, e.diagnostic().hint);
    }
}

std::string move_to_free_name(const std::string& from, const std::string& prefix,
                              const std::string& suffix) {
    // Bounded: a folder holding a thousand of them is a problem to report, not to loop on.
    for (int number = 1; number <= 1000; ++number) {
        const std::string name =
            prefix + (number == 1 ? "" : "-" + std::to_string(number)) + suffix;
        if (::link(from.c_str(), name.c_str()) == 0) {
            if (::unlink(from.c_str()) != 0) fail(from, "cannot move to " + name, errno);
            sync_directory_of(name);
            return name;
        }
        if (errno != EEXIST) fail(from, "cannot keep it as " + name, errno);
    }
    throw Error({from, 0, 0}, fmt::format("cannot keep it: {}{} to {}-1000{} are all taken", prefix,
                                          suffix, prefix, suffix));
}

std::string write_to_free_name(const std::string& prefix, const std::string& suffix,
                               const std::string& content) {
    const std::string temporary = write_temporary_beside(prefix + suffix, content);
    try {
        return move_to_free_name(temporary, prefix, suffix);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
}

std::string input_name(const std::string& path) {
    return path == "-" ? "<stdin>" : path;
}

int open_flags(FileKinds kinds) {
    int flags = O_RDONLY | O_CLOEXEC;
    if (kinds != FileKinds::any) flags |= O_NONBLOCK;  // a FIFO opens at once, then is refused
    if (kinds == FileKinds::regular_not_through_link) flags |= O_NOFOLLOW;
    return flags;
}

void throw_too_large(const std::string& path, std::size_t most) {
    throw Error({path, 0, 0},
                fmt::format("larger than {} MiB, the most gait reads", most / (1024 * 1024)));
}

std::string read_file(const std::string& requested, FileKinds kinds, std::size_t most) {
    const std::string path = input_name(requested);
    // Standard input is read like a file, and never closed.
    FileDescriptor file{requested == "-" ? ::dup(STDIN_FILENO)
                                         : ::open(path.c_str(), open_flags(kinds))};
    if (file.fd < 0 && errno == ELOOP && kinds == FileKinds::regular_not_through_link) {
        throw Error({path, 0, 0}, "is a symbolic link; not followed",
                    "pass --follow-symlinks to read the file it points to");
    }
    if (file.fd < 0) fail(path, "cannot open", errno);
    struct stat info {};
    if (::fstat(file.fd, &info) != 0) fail(path, "cannot read", errno);
    if (S_ISDIR(info.st_mode)) throw Error({path, 0, 0}, "is a directory, not a file");
    if (kinds != FileKinds::any && requested != "-" && !S_ISREG(info.st_mode)) {
        throw Error({path, 0, 0}, "is not a regular file (a FIFO, a device or a socket); not read");
    }
    std::string content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(path, "cannot read", errno);
        if (n == 0) break;
        content.append(buffer, static_cast<std::size_t>(n));
        if (content.size() > most) throw_too_large(path, most);
    }
    return content;
}

std::optional<std::string> read_file_if_present(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 && errno == ENOENT) return std::nullopt;
    return read_file(path);
}

}  // namespace gait
