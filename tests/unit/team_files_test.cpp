#include "gait/score/team_files.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
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
    const std::vector<std::string> paths = write_teams(directory);
    std::vector<gait::TeamFile> files;
    for (const std::string& path : paths)
        files.push_back({path, gait::FileKinds::regular_not_through_link});
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
                CHECK(aggregate.skipped[skipped++].where.file == paths[i]);
            } else {
                REQUIRE(team < aggregate.teams.size());
                CHECK(aggregate.teams[team++].file == paths[i]);
            }
        }
        // bronze, silver and unplaced in turn, less the broken files.
        CHECK(aggregate.phase_counts == std::vector<std::size_t>{43, 43, 0});
        CHECK(aggregate.unplaced == 43);
    }
    fs::remove_all(directory);
}

namespace {

// A folder for one test, removed at its end.
struct Folder {
    fs::path path;
    explicit Folder(const std::string& name)
        : path(fs::temp_directory_path() /
               ("gait-unit-folder-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
    std::string file(const std::string& name, const std::string& text = "x: 1\n") const {
        std::ofstream(path / name) << text;
        return (path / name).generic_string();
    }
};

std::vector<std::string> paths_of(const std::vector<gait::TeamFile>& files) {
    std::vector<std::string> paths;
    for (const gait::TeamFile& file : files)
        paths.push_back(file.path);
    return paths;
}

}  // namespace

TEST_CASE("a folder is a boundary: a symbolic link in it is skipped and not read", "[team_files]") {
    const Folder outside("outside");
    const std::string secret = outside.file("credentials", "https://user:TOKEN@example.com\n");
    const Folder team("team");
    const std::string a = team.file("a.yaml");
    fs::create_symlink(secret, team.path / "b.yaml");
    std::vector<gait::Diagnostic> problems;
    const std::vector<gait::TeamFile> files =
        gait::collect_team_files({team.path.string()}, problems);
    CHECK(paths_of(files) == std::vector<std::string>{a});
    CHECK(files[0].kinds == gait::FileKinds::regular_not_through_link);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where.file == (team.path / "b.yaml").generic_string());
    CHECK(problems[0].message == "is a symbolic link; not followed");
    CHECK(problems[0].hint == "pass --follow-symlinks to read the file it points to");
    CHECK(problems[0].message.find("TOKEN") == std::string::npos);

    SECTION("--follow-symlinks reads it, still as a regular file only") {
        problems.clear();
        const std::vector<gait::TeamFile> followed =
            gait::collect_team_files({team.path.string()}, problems, gait::FolderLinks::followed);
        CHECK(followed.size() == 2);
        CHECK(problems.empty());
        CHECK(followed[1].kinds == gait::FileKinds::regular);
    }
    SECTION("a link put in place after the listing is refused when it is read") {
        fs::remove(a);
        fs::create_symlink(secret, a);
        try {
            gait::read_file(a, gait::FileKinds::regular_not_through_link);
            FAIL("read through a symbolic link");
        } catch (const gait::Error& e) {
            CHECK(e.diagnostic().message == "is a symbolic link; not followed");
        }
    }
}

TEST_CASE("a FIFO in a folder is skipped and one put in place later is refused at once",
          "[team_files]") {
    const Folder team("fifo");
    const std::string fifo = (team.path / "c.yaml").generic_string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::vector<gait::Diagnostic> problems;
    CHECK(gait::collect_team_files({team.path.string()}, problems).empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "is not a regular file (a FIFO, a device or a socket); not read");
    // Read as a file found in a folder, it neither blocks (no writer) nor is read.
    try {
        gait::read_file(fifo, gait::FileKinds::regular_not_through_link);
        FAIL("read a FIFO");
    } catch (const gait::Error& e) {
        CHECK(e.diagnostic().message ==
              "is not a regular file (a FIFO, a device or a socket); not read");
    }
}

TEST_CASE("a file is named twice only when it is the same file whatever the spelling",
          "[team_files]") {
    const Folder team("identity");
    const std::string x = team.file("x.yaml");
    fs::create_directories(team.path / "sub");
    // link points elsewhere: link/../x.yaml spells x.yaml once made lexically
    // normal, but is another file, other/x.yaml.
    const Folder other("identity-other");
    fs::create_directories(other.path / "inner");
    other.file("x.yaml");
    fs::create_directory_symlink(other.path / "inner", team.path / "link");
    const std::string through_link = (team.path / "link" / ".." / "x.yaml").string();
    const std::string same = (team.path / "sub" / ".." / "x.yaml").string();
    std::vector<gait::Diagnostic> problems;
    const std::vector<gait::TeamFile> files =
        gait::collect_team_files({x, through_link, same}, problems);
    CHECK(paths_of(files) == std::vector<std::string>{x, through_link});
}

TEST_CASE("a hidden file named .yaml is a team file", "[team_files]") {
    const Folder team("hidden");
    const std::string hidden = team.file(".yaml");
    team.file("notes.txt");
    std::vector<gait::Diagnostic> problems;
    CHECK(paths_of(gait::collect_team_files({team.path.string()}, problems)) ==
          std::vector<std::string>{hidden});
}

TEST_CASE("aggregate_files tells its progress after each file, in order", "[team_files]") {
    const fs::path directory =
        fs::temp_directory_path() / ("gait-unit-progress-" + std::to_string(::getpid()));
    const std::vector<std::string> paths = write_teams(directory);
    std::vector<gait::TeamFile> files;
    for (const std::string& path : paths)
        files.push_back({path, gait::FileKinds::regular_not_through_link});
    std::vector<std::pair<std::size_t, std::size_t>> told;
    const gait::AggregateProgress progress = [&](std::size_t read, std::size_t total) {
        told.emplace_back(read, total);
    };
    gait::aggregate_files(files, gait::test::five_level(), false, {false, 3, progress});
    // Skipped files count as read too: one call per file, 1 to n, each of n.
    REQUIRE(told.size() == files.size());
    for (std::size_t i = 0; i < told.size(); ++i) {
        CHECK(told[i].first == i + 1);
        CHECK(told[i].second == files.size());
    }
    fs::remove_all(directory);
}
