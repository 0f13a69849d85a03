// Fuzzes the plan file: gait::read_plan_file, then gait::edit_plan_text with
// every kind of change (an item closed, one reopened, one added), whose text
// must read back with exactly those changes made, and keep the entries it had.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "gait/load/plan_file.hpp"

#include "fuzz_common.hpp"

namespace {

const std::string file = "fuzz-plan.yaml";

const std::string added_id = "fuzz team/new.gap";

bool has(const std::vector<gait::PlanEntry>& entries, const std::string& id) {
    return std::any_of(entries.begin(), entries.end(),
                       [&](const gait::PlanEntry& entry) { return entry.id == id; });
}

// Changes to the first entries, as make_plan makes them: the first closed, the
// second reopened, a gap with no item added.
gait::PlanChanges changes_for(const std::vector<gait::PlanEntry>& entries) {
    gait::PlanChanges changes;
    if (!entries.empty()) changes.closed.push_back({entries[0].id, "2026-03-01"});
    if (entries.size() > 1) changes.reopened.push_back(entries[1].id);
    if (!has(entries, added_id)) {
        gait::PlanEntry added;
        added.id = added_id;
        added.title = "A \"new\" gap: #1";
        changes.added.push_back(added);
    }
    return changes;
}

void check_edit(const std::vector<gait::PlanEntry>& before, const gait::PlanChanges& changes,
                const std::string& edited) {
    const std::vector<gait::PlanEntry> after = gait::read_plan_file(edited, file);
    gait_fuzz::expect(after.size() == before.size() + changes.added.size(),
                      "edit_plan_text: an item lost or added twice");
    for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
        gait_fuzz::expect(after[i].id == before[i].id, "edit_plan_text: an item moved",
                          before[i].id);
        gait_fuzz::expect(after[i].owner == before[i].owner && after[i].due == before[i].due &&
                              after[i].link == before[i].link,
                          "edit_plan_text: what people typed changed", before[i].id);
    }
    if (!before.empty() && !after.empty()) {
        gait_fuzz::expect(
            after[0].status == gait::PlanStatus::done && after[0].closed == "2026-03-01",
            "edit_plan_text: the closed item is not done");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    gait_fuzz::guarded("read_plan_file threw", file, [&] {
        const std::vector<gait::PlanEntry> before = gait::read_plan_file(text, file);
        const gait::PlanChanges changes = changes_for(before);
        // Text read_plan_file took must be edited: an Error here is a finding too.
        std::string edited;
        try {
            edited = gait::edit_plan_text(text, file, changes);
        } catch (const std::exception& e) {
            gait_fuzz::finding("edit_plan_text threw on a plan it read", e.what());
        }
        check_edit(before, changes, edited);
    });
    return 0;
}
