#include "gait/file_io.hpp"

#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "gait/diagnostic.hpp"

namespace {

std::string scratch(const std::string& name) {
    return "/tmp/gait-unit-file-io-" + std::to_string(::getpid()) + "-" + name;
}

bool is_fifo(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISFIFO(info.st_mode);
}

}  // namespace

TEST_CASE("an atomic write replaces a regular file whole", "[file_io]") {
    const std::string path = scratch("plain");
    gait::write_file_atomically(path, "old\n");
    gait::write_file_atomically(path, "new\n");
    CHECK(gait::read_file(path) == "new\n");
    std::remove(path.c_str());
}

TEST_CASE("a write to a FIFO goes through it and leaves the FIFO in place", "[file_io]") {
    // The same path as -o /dev/null, tested where a mistake cannot break the machine:
    // renaming a temporary file over it would put a plain file in its place.
    const std::string path = scratch("fifo");
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] {
        const int fd = ::open(path.c_str(), O_RDONLY);
        char buffer[256];
        for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
            received.append(buffer, static_cast<std::size_t>(n));
        ::close(fd);
    });
    gait::write_file_atomically(path, "report\n");
    reader.join();
    CHECK(received == "report\n");
    CHECK(is_fifo(path));
    ::unlink(path.c_str());
}

TEST_CASE("messages name standard input <stdin>", "[file_io]") {
    CHECK(gait::input_name("-") == "<stdin>");
    CHECK(gait::input_name("a.yaml") == "a.yaml");
}
