#pragma once

#include <string>

namespace gait {

// An exclusive lock on a file that is written by one program at a time: an
// advisory lock (flock) held on PATH.lock beside the file a symbolic link at
// PATH leads to, which says who holds it. The kernel
// releases it when the process ends, however it ends, so a lock file left by a
// killed process stops no one. Unlocked and removed on destruction.
class FileLock {
  public:
    // Takes the lock at once, or throws Error naming the holder's process and host.
    explicit FileLock(const std::string& path);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    const std::string& lock_path() const { return lock_path_; }

  private:
    std::string path_;       // the file locked, for messages
    std::string lock_path_;  // PATH.lock, PATH resolved through symbolic links
    int fd_ = -1;            // the open lock file that holds the flock
};

}  // namespace gait
