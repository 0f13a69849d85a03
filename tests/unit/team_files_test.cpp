#include "gait/score/team_files.hpp"

#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/util/file_io.hpp"

#include "five_level.hpp"

namespace {

namespace fs = std::filesystem;

// 150 answers files, more than the files read ahead with up to four jobs (32
// each), so slots are reused; every seventh is broken.
std::vector<std::string> write_teams(const fs::path& directory) {
    fs::create_directories(directory);
    const char* const bodies[] = {gait::test::bronze_team, gait::test::silver_team,
                                  "  bronze.build.ci: none\n"};
    std::vector<std::string> files;
    for (int i = 0; i < 150; ++i) {
        const std::string team = "team-" + std::to_string(1000 + i);
        const std::string file = (directory / (team + ".yaml")).string();
        const std::string body = i % 7 == 3 ? "  bronze.build.ci: maybe\n" : bodies[i % 3];
        gait::write_file_atomically(file, "rubric: platform-health\nteam: " + team +
                                              "\ndate: 2026-01-01\nanswers:\n" + body);
        files.push_back(file);
    }
    return files;
}

}  // namespace

TEST_CASE("aggregate_files keeps input order whatever the jobs", "[team_files]") {
    const fs::path directory =
        fs::temp_directory_path() / ("gait-unit-team-files-" + std::to_string(::getpid()));
    const std::vector<std::string> files = write_teams(directory);
    const gait::Rubric& rubric = gait::test::five_level();

    for (const unsigned jobs : {1u, 2u, 3u, 8u}) {
        CAPTURE(jobs);
        const gait::Aggregate aggregate =
            gait::aggregate_files(files, rubric, false, {false, jobs});
        REQUIRE(aggregate.teams.size() + aggregate.skipped.size() == files.size());
        std::size_t team = 0;
        std::size_t skipped = 0;
        for (std::size_t i = 0; i < files.size(); ++i) {
            CAPTURE(i);
            if (i % 7 == 3) {
                REQUIRE(skipped < aggregate.skipped.size());
                CHECK(aggregate.skipped[skipped++].where.file == files[i]);
            } else {
                REQUIRE(team < aggregate.teams.size());
                CHECK(aggregate.teams[team++].file == files[i]);
            }
        }
        // bronze, silver and unplaced in turn, less the broken files.
        CHECK(aggregate.phase_counts == std::vector<std::size_t>{43, 43, 0});
        CHECK(aggregate.unplaced == 43);
    }
    fs::remove_all(directory);
}
