#include "gait/util/file_io.hpp"

#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "gait/util/diagnostic.hpp"

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

TEST_CASE("a move to a free name never replaces a file, and numbers the next", "[file_io]") {
    const std::string path = scratch("answers.yaml");
    const std::string prefix = path + ".2026-11-30";
    gait::write_file_atomically(path, "first\n");
    CHECK(gait::move_to_free_name(path, prefix, ".bak") == prefix + ".bak");
    CHECK(::access(path.c_str(), F_OK) != 0);
    gait::write_file_atomically(path, "second\n");
    CHECK(gait::move_to_free_name(path, prefix, ".bak") == prefix + "-2.bak");
    gait::write_file_atomically(path, "third\n");
    CHECK(gait::move_to_free_name(path, prefix, ".bak") == prefix + "-3.bak");
    CHECK(gait::read_file(prefix + ".bak") == "first\n");
    CHECK(gait::read_file(prefix + "-2.bak") == "second\n");
    CHECK(gait::read_file(prefix + "-3.bak") == "third\n");
    for (const char* suffix : {".bak", "-2.bak", "-3.bak"})
        std::remove((prefix + suffix).c_str());
}

TEST_CASE("a move of a missing file fails naming it, and takes no name", "[file_io]") {
    const std::string path = scratch("missing.yaml");
    CHECK_THROWS_WITH(gait::move_to_free_name(path, path + ".x", ".bak"),
                      Catch::Matchers::StartsWith(path + ": cannot keep it as " + path +
                                                  ".x.bak: No such file or directory"));
    CHECK(::access((path + ".x.bak").c_str(), F_OK) != 0);
}

TEST_CASE("a write to a free name leaves the taken ones and no temporary file", "[file_io]") {
    const std::string prefix = scratch("side.yaml.mine");
    gait::write_file_atomically(prefix, "theirs\n");
    CHECK(gait::write_to_free_name(prefix, "", "mine\n") == prefix + "-2");
    CHECK(gait::read_file(prefix) == "theirs\n");
    CHECK(gait::read_file(prefix + "-2") == "mine\n");
    std::remove(prefix.c_str());
    std::remove((prefix + "-2").c_str());
}

TEST_CASE("a check before the rename that throws leaves the old file and no temporary file",
          "[file_io]") {
    const std::string folder = scratch("checked");
    REQUIRE(::mkdir(folder.c_str(), 0700) == 0);
    const std::string path = folder + "/answers.yaml";
    gait::write_file_atomically(path, "old\n");
    bool checked = false;
    // The check's own error comes out as it was thrown, not renamed to the path.
    CHECK_THROWS_WITH(gait::write_file_atomically(
                          path, "new\n",
                          [&] {
                              checked = true;
                              throw gait::Error({"other.yaml", 3, 4}, "changed meanwhile");
                          }),
                      "other.yaml:3:4: changed meanwhile");
    CHECK(checked);
    CHECK(gait::read_file(path) == "old\n");
    gait::write_file_atomically(path, "new\n", [&] { CHECK(gait::read_file(path) == "old\n"); });
    CHECK(gait::read_file(path) == "new\n");
    std::remove(path.c_str());
    CHECK(::rmdir(folder.c_str()) == 0);  // empty: no temporary file was left behind
}

TEST_CASE("a path naming an open descriptor is written through it, appending where it appends",
          "[file_io]") {
    // As `gait ... -o /dev/stdout >> summary.md`: the file behind the descriptor
    // keeps what it held, and the report is added at its end.
    const std::string path = scratch("append");
    gait::write_file_atomically(path, "before\n");
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    REQUIRE(fd >= 0);
    gait::write_file_atomically("/proc/self/fd/" + std::to_string(fd), "report\n");
    gait::write_file_atomically("/dev/fd/" + std::to_string(fd), "again\n");
    ::close(fd);
    CHECK(gait::read_file(path) == "before\nreport\nagain\n");
    std::remove(path.c_str());
}

TEST_CASE("a descriptor path that is not open is an ordinary path", "[file_io]") {
    // /dev/fd/N of a closed N does not exist: nothing is written anywhere.
    CHECK_THROWS_AS(gait::write_file_atomically("/dev/fd/987654", "x"), gait::Error);
}
