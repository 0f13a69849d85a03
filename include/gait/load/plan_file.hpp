#pragma once

// The plan file (docs/plan.md): what people add to the items of `gait plan`
// (owner, due date, status, link), kept across runs. gait reads it, adds new
// gaps to it and marks the items whose gap closed, editing it in place.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gait/util/diagnostic.hpp"

namespace gait {

// The version of the plan file's format, written as `gait-plan: 1`.
inline constexpr int plan_file_version = 1;

// Where an item stands: gait sets todo for a new gap and done for a closed one;
// people set any of them, and wontdo only with a reason.
enum class PlanStatus { todo, doing, done, wontdo };

// "todo", "doing", "done", "wontdo": as the file and the outputs write it.
const char* status_name(PlanStatus status);

// One item of the file, as people and gait wrote it.
struct PlanEntry {
    std::string id;     // TEAM/QUESTION: the team's name and the question's id
    std::string title;  // the question's text when gait added the item; for people
    PlanStatus status = PlanStatus::todo;
    std::string owner;     // who does it; empty when nobody is named
    std::string due;       // YYYY-MM-DD; empty when there is no date
    std::string link;      // the issue tracker's item; empty when there is none
    std::string reason;    // why it is wontdo (required then), or any remark
    std::string closed;    // YYYY-MM-DD: the assessment in which gait saw the gap closed
    SourceLocation id_at;  // where the id stands in the file
};

// The team of an item's id: what stands before its last '/'.
std::string plan_id_team(const std::string& id);
// The question of an item's id: what stands after its last '/'.
std::string plan_id_question(const std::string& id);
// The id of a team's question.
std::string plan_id(const std::string& team, const std::string& question);

// The date of the latest assessment of a team that gait merged into the file:
// an older one would roll its items back, so gait refuses it.
struct PlanAssessed {
    std::string team;   // the team's name, as its items' ids begin
    std::string date;   // YYYY-MM-DD
    SourceLocation at;  // where the date stands in the file; none for a new one
};

// What a plan file holds. A file of an earlier gait has no `assessed:`.
struct PlanFileContent {
    std::vector<PlanEntry> items;        // in file order
    std::vector<PlanAssessed> assessed;  // in file order
};

// A plan file read. Throws Error at FILE:LINE:COL for a file that is not a
// plan: an unknown key or status, a wontdo without a reason, a date that is not
// YYYY-MM-DD, a duplicate id or team, an id without a '/'. A file with nothing
// in it but comments is an empty plan.
PlanFileContent read_plan(std::string_view text, const std::string& file);

// The items of a plan file in file order, as read_plan reads them.
std::vector<PlanEntry> read_plan_file(std::string_view text, const std::string& file);

// The plan file's text, or nothing when there is none yet (gait creates it).
// Throws Error, before reading a byte, for a path that is not a regular file
// (a FIFO, a device, a directory): gait replaces the file it reads, so it
// never reads a pipe, and never blocks opening one. Throws for a file larger
// than limits::plan_bytes too.
std::optional<std::string> read_plan_text(const std::string& path);

// What a run of `gait plan` changes in the file.
struct PlanChanges {
    std::vector<PlanEntry> added;  // new gaps, in plan order
    struct Closed {
        std::string id;
        std::string date;  // the assessment's date
    };
    std::vector<Closed> closed;          // todo or doing items whose gap closed: done now
    std::vector<std::string> reopened;   // items gait had closed whose gap is back: todo now
    std::vector<PlanAssessed> assessed;  // teams whose assessment is newer than the file's

    // Whether the file changes at all.
    bool any() const {
        return !added.empty() || !closed.empty() || !reopened.empty() || !assessed.empty();
    }
};

// The file's text with `changes` made in place: the lines of the items that
// change, and the new items at the end of `items:`; every other byte (comments,
// order, what people typed) stays. Empty `text`: a new file. A file the editor
// cannot change in place (a flow mapping, anchors) is written anew from its
// entries, keeping every value but not the comments. `text` must read with
// read_plan_file.
std::string edit_plan_text(std::string_view text, const std::string& file,
                           const PlanChanges& changes);

// Writes `text` to the plan file at `path` atomically, unless the file is no
// longer `known` (its text when gait read it; empty: there was none), since
// someone changed it meanwhile, or `text` is larger than limits::plan_bytes,
// which gait would not read back: then it stays as it is and Error says so.
void save_plan_file(const std::string& path, const std::optional<std::string>& known,
                    const std::string& text);

// A whole plan file of `content`, with the comment that explains it.
std::string render_plan_file(const PlanFileContent& content);

}  // namespace gait
