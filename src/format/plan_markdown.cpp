// The plan as a Markdown checklist for a pull request: a section a team, a
// heading a phase, an item a gap ("- [ ]"; closed ones checked). Every text
// from files goes through markdown_text's escaping.

#include "gait/format/plan_markdown.hpp"

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

#include "document/plan_wording.hpp"
#include "document/report_wording.hpp"
#include "document/targets_wording.hpp"
#include "format/markdown_text.hpp"

namespace gait {
namespace {

bool checked(const PlanItem& item) {
    return !is_open(item) || item.entry.status == PlanStatus::done ||
           item.entry.status == PlanStatus::wontdo;
}

// "Observability · To reach Run, essential · doing · owner alice · due 2026-06-30".
std::string facts(const Result& result, const PlanItem& item) {
    std::vector<std::string> parts;
    const std::string area = item_area_name(result, item);
    if (!area.empty()) parts.push_back(markdown_escape(area));
    parts.push_back(markdown_escape(why_it_matters(result, item)));
    if (item.question.lapsed) parts.push_back(markdown_escape(lapsed_words(item.question)));
    if (item.entry.status == PlanStatus::wontdo) {
        parts.push_back("won't do: " + markdown_escape(item.entry.reason));
    } else if (is_open(item)) {
        parts.emplace_back(status_name(item.entry.status));
    }
    if (!item.entry.owner.empty()) parts.push_back("owner " + markdown_escape(item.entry.owner));
    if (!item.entry.due.empty()) parts.push_back("due " + markdown_escape(item.entry.due));
    if (!item.entry.link.empty()) parts.push_back(markdown_escape(item.entry.link));
    return fmt::format("{}", fmt::join(parts, " · "));
}

std::string item_lines(const Result& result, const PlanItem& item) {
    const std::string text =
        markdown_bold(markdown_escape(item.question.text.empty() ? item.id : item.question.text));
    std::vector<std::string> lines = {
        fmt::format("- [{}] {} {}", checked(item) ? "x" : " ",
                    checked(item) ? "~~" + text + "~~" : text, markdown_code(item.id)),
        "  " + facts(result, item)};
    // What a person picking the item up needs: the team's note, the help, the guidance.
    if (!checked(item)) {
        if (!item.question.note.empty())
            lines.push_back("  " + markdown_bold("Note:") + " " +
                            markdown_escape(item.question.note));
        if (!item.guidance.empty() && !item.help.empty())
            lines.push_back("  " + markdown_escape(item.help));
        if (!item.guidance.empty())
            lines.push_back("  " + markdown_bold("To do:") + " " + markdown_escape(item.guidance));
    }
    return fmt::format("{}\n", fmt::join(lines, "  \n"));
}

// The team's items under a heading per phase, phases in the rubric's order.
std::string team_section(const PlanTeam& team) {
    const Result& result = team.result;
    std::string out =
        fmt::format("## {}\n\n{} {}, assessed {}: {}.\n\n", markdown_escape(result.team),
                    markdown_escape(result.rubric.title), markdown_escape(result.rubric.version),
                    markdown_escape(result.date), plan_counts(count_items(team)));
    // The team's target, so the checklist says what the items are for.
    for (const TargetOutcome& target : result.targets) {
        if (target.area.empty())
            out += fmt::format("Target: {}, {}.\n\n", markdown_escape(target_name(result, target)),
                               markdown_escape(target_status(result, target)));
    }
    if (team.items.empty()) return out + "No gaps: every question has full credit.\n\n";
    // The rubric's phases, then "Other" for questions the rubric no longer has.
    for (std::size_t p = 0; p <= result.phases.size(); ++p) {
        const bool other = p == result.phases.size();
        std::string items;
        for (const PlanItem& item : team.items) {
            const std::string& phase = item.question.phase;
            if (other ? phase.empty() : phase == result.phases[p].id)
                items += item_lines(result, item);
        }
        if (items.empty()) continue;
        out += fmt::format("### {}\n\n{}\n",
                           markdown_escape(other ? "Other" : result.phases[p].name), items);
    }
    return out;
}

}  // namespace

std::string render_plan_markdown(const Plan& plan) {
    PlanCounts counts;
    for (const PlanTeam& team : plan.teams)
        counts += count_items(team);
    std::string out = fmt::format("# Improvement plan\n\n{}: {}.\n\n",
                                  count_of(plan.teams.size(), "team"), plan_counts(counts));
    for (const PlanTeam& team : plan.teams)
        out += team_section(team);
    return markdown_end(out);
}

}  // namespace gait
