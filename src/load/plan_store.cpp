// The plan file written back: atomically, and never over someone else's change.

#include "gait/load/plan_file.hpp"
#include "gait/util/file_io.hpp"

namespace gait {

void save_plan_file(const std::string& path, const std::optional<std::string>& known,
                    const std::string& text) {
    // Checked once the new text is on disk, as late before the rename as can be.
    write_file_atomically(path, text, [&] {
        if (read_file_if_present(path) == known) return;
        throw Error({path, 0, 0},
                    "changed by someone else while gait planned, so gait left it as it is",
                    "run gait plan again to add this run's changes to it");
    });
}

}  // namespace gait
