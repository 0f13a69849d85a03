#include "gait/report_markdown.hpp"

#include <fmt/format.h>

#include "gait/text_format.hpp"

#include "markdown_text.hpp"
#include "report_wording.hpp"

namespace gait {
namespace {

std::string render_placement(const Result& result) {
    const std::string name =
        result.placement ? markdown_escape(result.phases[*result.placement].name) : "none yet";
    std::string out = "## Placement: " + name + "\n\n";
    const PlacementWords words = placement_words(result);
    for (const std::string& sentence : {words.summary, words.next}) {
        if (!sentence.empty()) out += markdown_escape(sentence) + "\n\n";
    }
    for (const std::string& note : words.notes)
        out += markdown_escape(note) + "\n\n";
    return out;
}

std::string render_phases(const Result& result) {
    std::string out = "## Phases\n\n| Phase | Score | Threshold | Status |\n|---|---:|---:|---|\n";
    for (const PhaseScore& phase : result.phases) {
        out += fmt::format("| {} | {} | {:.2f} | {} |\n", markdown_escape(phase.name),
                           format_score(phase.score), phase.threshold,
                           (phase.achieved ? "✅ " : "❌ ") + phase_status(phase));
    }
    return out + "\n";
}

std::string render_matrix(const Result& result) {
    std::string header = "| Area |";
    std::string rule = "|---|";
    for (const PhaseScore& phase : result.phases) {
        header += " " + markdown_escape(phase.name) + " |";
        rule += "---:|";
    }
    std::string out = "## Areas by phase\n\n" + header + "\n" + rule + "\n";
    for (const AreaScores& area : result.areas) {
        out += "| " + markdown_escape(area.name) + " |";
        for (const std::optional<double>& cell : area.by_phase) {
            out += " " + format_score(cell) + " |";
        }
        out += "\n";
    }
    return out + "\n";
}

std::string render_gap(const Result& result, const Gap& gap, std::size_t number) {
    const std::string answer =
        gap.answer
            ? fmt::format("{} ({})", markdown_escape(gap.answer_label), format_score(gap.value))
            : std::string("unanswered");
    const std::string facts =
        fmt::format("`{}` · {} · {} · answer: {} · weight {}", gap.question,
                    markdown_escape(phase_name(result, gap.phase)),
                    markdown_escape(area_name(result, gap.area)), answer, gap.weight);
    const std::string details = markdown_detail("Note", gap.note) +
                                markdown_detail("Evidence", gap.evidence) +
                                markdown_detail("What to do", gap.guidance);
    return markdown_item(number, markdown_escape(gap.text), gap.essential, facts, details);
}

std::string render_gaps(const Result& result, GapKind kind, const std::string& title) {
    const std::vector<const Gap*> gaps = gaps_of_kind(result, kind);
    std::string out = fmt::format("## {}: {}\n\n", title, count_of(gaps.size(), "gap"));
    if (gaps.empty()) out += "Every question has full credit.\n\n";
    for (std::size_t i = 0; i < gaps.size(); ++i)
        out += render_gap(result, *gaps[i], i + 1);
    return out;
}

std::string render_unanswered(const Result& result) {
    if (result.unanswered.empty()) return {};
    std::string out = fmt::format("## Unanswered: {} (counted as 0)\n\n",
                                  count_of(result.unanswered.size(), "question"));
    for (const UnansweredQuestion& question : result.unanswered) {
        out += fmt::format("- `{}` {}\n", question.question, markdown_escape(question.text));
    }
    return out + "\n";
}

}  // namespace

std::string render_markdown(const Result& result) {
    std::string out =
        fmt::format("# {} {}: {}\n\n", markdown_escape(result.rubric.title),
                    markdown_escape(result.rubric.version), markdown_escape(result.team));
    out += fmt::format("Assessed {}", markdown_escape(result.date));
    if (!result.respondent.empty()) out += " by " + markdown_escape(result.respondent);
    out += ".\n\n";
    out += render_placement(result);
    out += render_phases(result);
    out += render_matrix(result);
    if (result.placement) {
        out += render_gaps(result, GapKind::hold,
                           "To hold " + markdown_escape(result.phases[*result.placement].name));
    }
    if (result.next) {
        out += render_gaps(result, GapKind::reach,
                           "To reach " + markdown_escape(result.phases[*result.next].name));
    }
    out += render_unanswered(result);
    return markdown_end(out);
}

}  // namespace gait
