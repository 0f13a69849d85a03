// The plan file read and written back: only a regular file, within the size gait
// reads back, atomically, and never over someone else's change.

#include <cerrno>
#include <sys/stat.h>

#include <fmt/format.h>

#include "gait/load/plan_file.hpp"
#include "gait/util/file_io.hpp"

namespace gait {
namespace {

constexpr std::size_t mebibyte = 1024 * 1024;

// A path that is there and is not a regular file is refused at once: reading a
// FIFO would wait for a writer, and the rename of the save would put a plain
// file in place of a device or a pipe.
void check_regular_or_missing(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || S_ISREG(info.st_mode)) return;
    throw Error({path, 0, 0},
                fmt::format("is {}, not a regular file; gait reads the plan file and replaces "
                            "it with the merged plan",
                            S_ISDIR(info.st_mode) ? "a directory" : "a FIFO, a device or a socket"),
                "name a plan file (YAML) with --plan, or a path where gait may create one");
}

}  // namespace

std::optional<std::string> read_plan_text(const std::string& path) {
    check_regular_or_missing(path);
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 && errno == ENOENT) return std::nullopt;
    // Without blocking, and refused, should a FIFO have taken the file's place since.
    return read_file(path, FileKinds::regular, limits::plan_bytes);
}

void save_plan_file(const std::string& path, const std::optional<std::string>& known,
                    const std::string& text) {
    if (text.size() > limits::plan_bytes) {
        throw Error(
            {path, 0, 0},
            fmt::format("the plan file would be {} MiB, more than the {} MiB gait reads "
                        "back, so gait left it as it is",
                        (text.size() + mebibyte - 1) / mebibyte, limits::plan_bytes / mebibyte),
            "keep a plan file per group of teams: run gait plan on fewer teams per "
            "--plan file");
    }
    // Checked once the new text is on disk, as late before the rename as can be.
    write_file_atomically(path, text, [&] {
        if (read_plan_text(path) == known) return;
        throw Error({path, 0, 0},
                    "changed by someone else while gait planned, so gait left it as it is",
                    "run gait plan again to add this run's changes to it");
    });
}

}  // namespace gait
