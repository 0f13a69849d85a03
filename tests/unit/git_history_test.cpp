#include "gait/load/git_history.hpp"

#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "gait/util/diagnostic.hpp"

#include "util/run_program.hpp"

namespace {

// A scratch git repository with commits at dates of the test's choosing.
class Repository {
  public:
    explicit Repository(const std::string& name)
        : top_("/tmp/gait-unit-git-" + std::to_string(::getpid()) + "-" + name) {
        shell("rm -rf '" + top_ + "' && mkdir -p '" + top_ + "' && git init -q '" + top_ +
              "' && git -C '" + top_ + "' config user.email t@example.org && git -C '" + top_ +
              "' config user.name Test");
    }
    ~Repository() { shell("rm -rf '" + top_ + "'"); }

    const std::string& top() const { return top_; }

    void write(const std::string& file, const std::string& content) {
        shell("mkdir -p \"$(dirname '" + top_ + "/" + file + "')\"");
        std::ofstream(top_ + "/" + file) << content;
    }
    // Commits everything with this committer date (ISO 8601 with a zone).
    void commit(const std::string& date) {
        shell("cd '" + top_ + "' && git add -A && GIT_COMMITTER_DATE='" + date +
              "' GIT_AUTHOR_DATE='" + date + "' git commit -q --allow-empty -m change");
    }
    std::string head() {
        std::string id = shell("git -C '" + top_ + "' rev-parse HEAD");
        return id.substr(0, id.find('\n'));
    }

  private:
    static std::string shell(const std::string& command) {
        const auto output = gait::run_program({"sh", "-c", command}, {}, {}, 1 << 20, "test");
        REQUIRE(output.exit_status == 0);
        return output.out;
    }
    std::string top_;
};

}  // namespace

TEST_CASE("each commit that changed the file is one version oldest first", "[git_history]") {
    Repository repo("file");
    repo.write("team.yaml", "one\n");
    repo.commit("2026-01-05T10:00:00+00:00");
    repo.write("other.yaml", "not asked for\n");
    repo.commit("2026-02-05T10:00:00+00:00");
    repo.write("team.yaml", "two\n");
    repo.commit("2026-03-05T23:30:00-05:00");  // the 6th in UTC: the commit's own date counts
    const std::string last = repo.head();

    const auto versions = gait::read_git_history(repo.top() + "/team.yaml").versions;
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].text == "one\n");
    CHECK(versions[0].date == "2026-01-05");
    CHECK(versions[1].text == "two\n");
    CHECK(versions[1].date == "2026-03-05");
    CHECK(versions[1].commit == last);
    CHECK(versions[1].short_commit == last.substr(0, 7));
    CHECK(versions[1].time == 1772771400);
    CHECK(versions[1].path == repo.top() + "/team.yaml");
}

TEST_CASE("a folder's history holds every answers file under it", "[git_history]") {
    Repository repo("folder");
    repo.write("teams/a.yaml", "a1\n");
    repo.write("teams/deep/b.json", "{}\n");
    repo.write("teams/notes.txt", "not answers\n");
    repo.write("elsewhere.yaml", "outside\n");
    repo.commit("2026-01-01T09:00:00+00:00");
    repo.write("teams/a.yaml", "a2\n");
    repo.commit("2026-01-02T09:00:00+00:00");

    const auto versions = gait::read_git_history(repo.top() + "/teams").versions;
    REQUIRE(versions.size() == 3);
    CHECK(versions[0].path == repo.top() + "/teams/a.yaml");
    CHECK(versions[1].path == repo.top() + "/teams/deep/b.json");
    CHECK(versions[2].path == repo.top() + "/teams/a.yaml");
    CHECK(versions[2].text == "a2\n");
}

TEST_CASE("since and most keep the latest commits and deletions are left out", "[git_history]") {
    Repository repo("since");
    for (int day = 1; day <= 5; ++day) {
        repo.write("team.yaml", "day " + std::to_string(day) + "\n");
        repo.commit("2026-04-0" + std::to_string(day) + "T12:00:00+00:00");
    }
    CHECK(gait::read_git_history(repo.top() + "/team.yaml", {"2026-04-03", 0}).versions.size() ==
          3);
    const auto latest = gait::read_git_history(repo.top() + "/team.yaml", {"", 2}).versions;
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].text == "day 4\n");
    CHECK(latest[1].text == "day 5\n");
    CHECK(gait::read_git_history(repo.top() + "/team.yaml", {"2026-04-05", 4}).versions.size() ==
          1);

    repo.write("gone.yaml", "here\n");
    repo.commit("2026-04-06T12:00:00+00:00");
    std::remove((repo.top() + "/gone.yaml").c_str());
    repo.commit("2026-04-07T12:00:00+00:00");
    // The file is gone from the work tree and its last commit deletes it.
    const auto gone = gait::read_git_history(repo.top() + "/gone.yaml").versions;
    REQUIRE(gone.size() == 2);
    CHECK(gone[0].text == "here\n");
    CHECK_FALSE(gone[0].gone);
    CHECK(gone[1].gone);
    CHECK(gone[1].text.empty());
}

TEST_CASE("most says when it left older commits out", "[git_history]") {
    Repository repo("more");
    for (int day = 1; day <= 3; ++day) {
        repo.write("team.yaml", "day " + std::to_string(day) + "\n");
        repo.commit("2026-04-0" + std::to_string(day) + "T12:00:00+00:00");
    }
    CHECK(gait::read_git_history(repo.top() + "/team.yaml", {"", 2}).more);
    CHECK_FALSE(gait::read_git_history(repo.top() + "/team.yaml", {"", 3}).more);
    CHECK_FALSE(gait::read_git_history(repo.top() + "/team.yaml").more);
}

TEST_CASE("a folder read from a later commit starts with how each file stood", "[git_history]") {
    Repository repo("earlier");
    repo.write("team/ana.yaml", "ana 1\n");
    repo.write("team/ben.yaml", "ben 1\n");
    repo.write("team/old.yaml", "old\n");
    repo.commit("2026-01-01T09:00:00+00:00");
    repo.write("team/ana.yaml", "ana 2\n");
    std::remove((repo.top() + "/team/old.yaml").c_str());
    repo.commit("2026-02-01T09:00:00+00:00");
    repo.write("team/ben.yaml", "ben 2\n");
    repo.commit("2026-03-01T09:00:00+00:00");

    const auto history = gait::read_git_history(repo.top() + "/team", {"", 1});
    REQUIRE(history.versions.size() == 3);
    // Before the latest commit: ana's second version and ben's first; old.yaml
    // was deleted, so it has none.
    CHECK(history.versions[0].earlier);
    CHECK(history.versions[1].earlier);
    CHECK(history.versions[0].text == "ben 1\n");
    CHECK(history.versions[1].text == "ana 2\n");
    CHECK_FALSE(history.versions[2].earlier);
    CHECK(history.versions[2].text == "ben 2\n");
}

TEST_CASE("a file's history is followed across a rename", "[git_history]") {
    Repository repo("rename");
    repo.write("old-name.yaml", "first\n");
    repo.commit("2026-01-01T09:00:00+00:00");
    repo.write("new-name.yaml", "first\n");
    std::remove((repo.top() + "/old-name.yaml").c_str());
    repo.commit("2026-02-01T09:00:00+00:00");
    repo.write("new-name.yaml", "second\n");
    repo.commit("2026-03-01T09:00:00+00:00");

    const auto file = gait::read_git_history(repo.top() + "/new-name.yaml").versions;
    REQUIRE(file.size() == 3);
    CHECK(file[0].text == "first\n");
    CHECK(file[0].path == repo.top() + "/new-name.yaml");
    CHECK(file[2].text == "second\n");
    // A folder is not followed: the rename is a file gone and one added.
    const auto folder = gait::read_git_history(repo.top()).versions;
    REQUIRE(folder.size() == 4);
    CHECK(folder[1].path == repo.top() + "/new-name.yaml");  // a commit's files by path
    CHECK(folder[2].gone);
    CHECK(folder[2].path == repo.top() + "/old-name.yaml");
}

TEST_CASE("a file name with spaces and glob characters is taken literally", "[git_history]") {
    Repository repo("literal");
    repo.write("team [a]*.yaml", "literal\n");
    repo.write("team a.yaml", "not this one\n");
    repo.commit("2026-01-01T00:00:00+00:00");
    const auto versions = gait::read_git_history(repo.top() + "/team [a]*.yaml").versions;
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].text == "literal\n");
}

TEST_CASE("a path outside any git repository is an error naming it", "[git_history]") {
    const std::string path = "/tmp/gait-unit-git-none-" + std::to_string(::getpid());
    REQUIRE(std::system(("mkdir -p " + path).c_str()) == 0);
    try {
        gait::read_git_history(path).versions;
        FAIL("no error");
    } catch (const gait::Error& e) {
        CHECK(e.diagnostic().where.file == path);
        CHECK(e.diagnostic().message.rfind("cannot read its git history: not a git repository",
                                           0) == 0);
    }
    std::system(("rmdir " + path).c_str());
}

TEST_CASE("a file never committed has no versions", "[git_history]") {
    Repository repo("none");
    repo.write("team.yaml", "one\n");
    repo.commit("2026-01-01T00:00:00+00:00");
    CHECK(gait::read_git_history(repo.top() + "/other.yaml").versions.empty());
}

TEST_CASE("a folder deleted from the work tree is still read as a folder", "[git_history]") {
    Repository repo("deleted-folder");
    repo.write("team/ana.yaml", "ana\n");
    repo.write("team/ben.yaml", "ben\n");
    repo.commit("2026-01-01T09:00:00+00:00");
    REQUIRE(std::system(("rm -rf '" + repo.top() + "/team'").c_str()) == 0);
    const auto versions = gait::read_git_history(repo.top() + "/team").versions;
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].path == repo.top() + "/team/ana.yaml");
    CHECK(versions[1].path == repo.top() + "/team/ben.yaml");
}
