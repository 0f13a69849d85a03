#include "gait/util/file_lock.hpp"

#include <cstdio>
#include <optional>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"

namespace {

std::string scratch(const std::string& name) {
    return "/tmp/gait-unit-file-lock-" + std::to_string(::getpid()) + "-" + name;
}

// What the lock file says of this process.
std::string this_holder() {
    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    return "process " + std::to_string(::getpid()) + " on host " + name;
}

}  // namespace

TEST_CASE("a second lock on a file is refused, naming the holder", "[file_lock]") {
    const std::string path = scratch("answers.yaml");
    std::optional<gait::FileLock> first(path);
    CHECK(first->lock_path() == path + ".lock");
    CHECK(gait::read_file(path + ".lock") == this_holder() + "\n");
    // flock locks belong to the open file, so a second open in the same process is refused too.
    CHECK_THROWS_WITH(gait::FileLock(path),
                      path + ": another gait questionnaire is answering this file (" +
                          this_holder() +
                          "); finish or quit that one first, or answer into another file with "
                          "--save");
    first.reset();
    CHECK(::access((path + ".lock").c_str(), F_OK) != 0);  // removed with the lock
    const gait::FileLock again(path);                      // free once released
    CHECK(::access((path + ".lock").c_str(), F_OK) == 0);
}

TEST_CASE("a lock file left behind by a process that died stops no one", "[file_lock]") {
    const std::string path = scratch("left.yaml");
    gait::write_file_atomically(path + ".lock", "process 1 on host gone\n");
    {
        const gait::FileLock lock(path);
        CHECK(gait::read_file(path + ".lock") == this_holder() + "\n");
    }
    CHECK(::access((path + ".lock").c_str(), F_OK) != 0);
}

TEST_CASE("a lock in a folder that does not exist fails naming the lock file", "[file_lock]") {
    const std::string path = scratch("no-such-folder/answers.yaml");
    CHECK_THROWS_WITH(gait::FileLock(path),
                      path + ".lock: cannot create the lock file: No such file or directory");
}

TEST_CASE("a symbolic link and the file it leads to take the same lock", "[file_lock]") {
    const std::string target = scratch("target.yaml");
    const std::string link = scratch("link.yaml");
    gait::write_file_atomically(target, "team: Ops\n");
    REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);
    const gait::FileLock lock(target);
    CHECK_THROWS_WITH(
        gait::FileLock(link),
        Catch::Matchers::StartsWith(link + ": another gait questionnaire is answering this file"));
    std::remove(link.c_str());
    std::remove(target.c_str());
}
