#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "gait/util/limits.hpp"

namespace gait {

// What a file may be. One named on the command line may be anything that reads
// (a pipe from `<(...)` too); one found in a folder someone else may have filled
// must be a regular file, opened without blocking, so a FIFO or a device cannot
// hang gait, and, unless links are followed, not through a symbolic link, so a
// link out of the folder cannot make gait read (and quote) a file elsewhere.
enum class FileKinds {
    any,                      // as named on the command line
    regular,                  // found in a folder, --follow-symlinks given
    regular_not_through_link  // found in a folder
};

// The whole content of a file, or of standard input for "-"; throws Error naming
// the path when it is missing, a directory, unreadable, larger than `most`
// bytes, or not of `kinds`.
std::string read_file(const std::string& path, FileKinds kinds = FileKinds::any,
                      std::size_t most = limits::file_bytes);

// The file's text as read_file reads it, or nothing when there is no file at
// `path`: a file gait creates on its first run (a save file, a plan file).
std::optional<std::string> read_file_if_present(const std::string& path);

// Throws the "larger than N MiB" error of read_file for `path`.
[[noreturn]] void throw_too_large(const std::string& path, std::size_t most);

// How messages name an input: "<stdin>" for "-", else the path as given.
std::string input_name(const std::string& path);

// Writes through a temporary file in the same directory, flushed to disk and then
// renamed over `path`, so readers see the old content or the new, never a part.
// Throws Error naming the path on failure, leaving any old file intact. A path
// that is not a regular file (/dev/null, a FIFO, a terminal) is written to in
// place, never replaced; a path that names one of gait's open descriptors
// (/dev/stdout, /dev/fd/N, /proc/self/fd/N) is written to that descriptor, so
// `-o /dev/stdout >> FILE` appends as the shell meant. `before_rename`, when
// given, runs once the new content is on disk, just before the rename: it throws
// to leave the old file as it is, and so checks a condition as close to the
// replacement as a rename allows.
void write_file_atomically(const std::string& path, const std::string& content,
                           const std::function<void()>& before_rename = {});

// Gives the file at `from` the first name of `prefix + suffix`, `prefix-2 + suffix`,
// `prefix-3 + suffix`, ... that no file has yet, never replacing one (a hard link,
// then `from` unlinked), and returns that name. Throws Error naming `from`.
std::string move_to_free_name(const std::string& from, const std::string& prefix,
                              const std::string& suffix);

// Writes `content` durably to the first free name as move_to_free_name picks it,
// and returns that name.
std::string write_to_free_name(const std::string& prefix, const std::string& suffix,
                               const std::string& content);

}  // namespace gait
