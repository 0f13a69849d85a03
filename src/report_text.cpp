#include "gait/report_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report_wording.hpp"
#include "text_blocks.hpp"

namespace gait {
namespace {

constexpr std::size_t bar_cells = 20;
constexpr std::size_t score_cell = 7;  // width of one matrix column

using detail::section_heading;

std::string render_title(const Result& result, const TextStyle& style) {
    std::string line = fmt::format("{} {} · {} · {}", result.rubric.title, result.rubric.version,
                                   result.team, result.date);
    if (!result.respondent.empty()) line += " · " + result.respondent;
    return wrap(line, style.width, "", "");
}

std::string render_placement(const Result& result, const TextStyle& style) {
    std::string out = "\n";
    const std::string name =
        result.placement ? ascii_upper(result.phases[*result.placement].name) : "none yet";
    out += "  Placement: " + paint(name, Paint::bold, style) + "\n";
    const PlacementWords words = placement_words(result);
    for (const std::string& sentence : {words.summary, words.next}) {
        if (!sentence.empty()) out += wrap(sentence, style.width, "  ", "  ");
    }
    for (const std::string& note : words.notes)
        out += wrap(note, style.width, "  ", "  ");
    return out;
}

std::string painted_status(const PhaseScore& phase, const TextStyle& style) {
    const std::string status = phase_status(phase);
    return paint(status, phase.achieved ? Paint::green : Paint::red, style);
}

std::string render_phases(const Result& result, const TextStyle& style) {
    std::size_t name_width = 0;
    for (const PhaseScore& phase : result.phases) {
        name_width = std::max(name_width, display_width(phase.name));
    }
    name_width = std::min<std::size_t>(name_width, 16);
    // A bar only where it fits beside name, figures and status.
    const bool with_bar = style.width >= name_width + bar_cells + 44;
    std::string out = section_heading("Phases", style);
    for (const PhaseScore& phase : result.phases) {
        out += "  " + pad_right(truncate(phase.name, name_width), name_width) + "  ";
        if (with_bar) out += bar(phase.score.value_or(0.0), bar_cells) + "  ";
        out += fmt::format("{:>4} / {:.2f}", format_score(phase.score), phase.threshold);
        const std::string status = painted_status(phase, style);
        const std::size_t used = display_width(out.substr(out.rfind('\n') + 1));
        // On a narrow terminal the status goes on a line of its own.
        out += used + 2 + display_width(status) <= style.width
                   ? "  " + status + "\n"
                   : "\n" + std::string(name_width + 4, ' ') + status + "\n";
    }
    return out;
}

std::string render_matrix(const Result& result, const TextStyle& style) {
    const std::size_t cells = score_cell * result.phases.size();
    const std::size_t room = style.width > cells + 2 ? style.width - cells - 2 : 0;
    std::size_t longest = 0;
    for (const AreaScores& area : result.areas) {
        longest = std::max(longest, display_width(area.name));
    }
    const std::size_t name_width =
        std::clamp<std::size_t>(longest, 10, std::max<std::size_t>(room, 10));
    std::string out = section_heading("Areas by phase", style);
    out += "  " + std::string(name_width, ' ');
    for (const PhaseScore& phase : result.phases) {
        out += pad_left(truncate(phase.name, score_cell - 1), score_cell);
    }
    out += '\n';
    for (const AreaScores& area : result.areas) {
        out += "  " + pad_right(truncate(area.name, name_width), name_width);
        for (const std::optional<double>& cell : area.by_phase) {
            out += pad_left(format_score(cell), score_cell);
        }
        out += '\n';
    }
    return out;
}

std::string render_gap(const Result& result, const Gap& gap, std::size_t number,
                       const TextStyle& style) {
    const std::string marker = detail::list_marker(number);
    const std::string indent(marker.size(), ' ');
    std::string out = detail::question_block(
        marker, gap.text,
        {gap.question, phase_name(result, gap.phase), area_name(result, gap.area), gap.essential},
        style);
    const std::string answer =
        gap.answer ? fmt::format("{} ({})", gap.answer_label, format_score(gap.value))
                   : std::string("unanswered");
    out +=
        wrap(fmt::format("Answer: {}, weight {}", answer, gap.weight), style.width, indent, indent);
    if (!gap.note.empty()) out += wrap("Note: " + gap.note, style.width, indent, indent + "  ");
    if (!gap.evidence.empty()) {
        out += wrap("Evidence: " + gap.evidence, style.width, indent, indent + "  ");
    }
    if (!gap.guidance.empty()) {
        out += wrap("To do: " + gap.guidance, style.width, indent, indent + "  ");
    }
    return out;
}

std::string render_gaps(const Result& result, GapKind kind, const std::string& title,
                        const TextStyle& style) {
    const std::vector<const Gap*> gaps = gaps_of_kind(result, kind);
    std::string out = section_heading(title + ": " + count_of(gaps.size(), "gap"), style);
    if (gaps.empty()) out += "  Every question has full credit.\n";
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        if (i > 0) out += '\n';
        out += render_gap(result, *gaps[i], i + 1, style);
    }
    return out;
}

std::string render_unanswered(const Result& result, const TextStyle& style) {
    if (result.unanswered.empty()) return {};
    std::string out = section_heading(
        "Unanswered: " + count_of(result.unanswered.size(), "question") + " (counted as 0)", style);
    for (const UnansweredQuestion& question : result.unanswered) {
        out += "  " + paint(question.question, Paint::dim, style) + "\n";
        out += wrap(question.text, style.width, "    ", "    ");
    }
    return out;
}

}  // namespace

Result make_printable(Result result) {
    for (std::string* text : {&result.rubric.title, &result.rubric.version, &result.team,
                              &result.date, &result.respondent}) {
        *text = printable(*text);
    }
    for (PhaseScore& phase : result.phases) {
        phase.name = printable(phase.name);
        phase.summary = printable(phase.summary);
    }
    for (AreaScores& area : result.areas)
        area.name = printable(area.name);
    for (Gap& gap : result.gaps) {
        for (std::string* text :
             {&gap.text, &gap.answer_label, &gap.guidance, &gap.note, &gap.evidence}) {
            *text = printable(*text);
        }
    }
    for (UnansweredQuestion& question : result.unanswered)
        question.text = printable(question.text);
    for (QuestionOutcome& outcome : result.questions) {
        for (std::string* text :
             {&outcome.text, &outcome.answer_label, &outcome.note, &outcome.evidence}) {
            *text = printable(*text);
        }
    }
    return result;
}

std::string render_text(const Result& raw, const TextStyle& style) {
    const Result result = make_printable(raw);
    std::string out = render_title(result, style);
    out += render_placement(result, style);
    out += render_phases(result, style);
    out += render_matrix(result, style);
    if (result.placement) {
        out += render_gaps(result, GapKind::hold,
                           "To hold " + result.phases[*result.placement].name, style);
    }
    if (result.next) {
        out += render_gaps(result, GapKind::reach, "To reach " + result.phases[*result.next].name,
                           style);
    }
    out += render_unanswered(result, style);
    return out;
}

}  // namespace gait
