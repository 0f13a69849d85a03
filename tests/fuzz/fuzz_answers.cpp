// Fuzzes the answers reader: gait::load_answers against the built-in rubric and
// the five-level test rubric; answers that load are scored and rendered in
// every format, and the JSON report must read back as it was written. They are
// also saved into the text in place, as the questionnaire does, with one answer
// changed: the edited text must read back as exactly the answers asked for.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gait/load/answers.hpp"
#include "gait/load/answers_edit.hpp"
#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"

#include "fuzz_common.hpp"

namespace gait_fuzz {
std::string_view five_level_rubric_text();  // generated from tests/data/rubrics/five-level.yaml
}

namespace {

const std::string file = "fuzz-answers.yaml";

const gait::Rubric& builtin() {
    static const gait::Rubric rubric = gait::builtin_rubric();
    return rubric;
}

const gait::Rubric& five_level() {
    static const gait::Rubric rubric =
        gait::load_rubric(gait_fuzz::five_level_rubric_text(), "five-level.yaml");
    return rubric;
}

// One answer changed as the questionnaire changes them, picked by the input's
// size: a choice, a note with a line break and a '#', or the answer cleared.
gait::Answers with_one_change(gait::Answers answers, const gait::Rubric& rubric, std::size_t size) {
    const std::vector<std::string> ids = gait::question_ids(rubric);
    const std::string& id = ids[size % ids.size()];
    gait::Answer* answer = nullptr;
    for (gait::Answer& a : answers.answers) {
        if (a.question == id) answer = &a;
    }
    if (!answer) {
        answers.answers.push_back({id, {}, {}, {}, {}});
        answer = &answers.answers.back();
    }
    const std::size_t how = (size / ids.size()) % 4;
    if (how == 0) answer->choice = rubric.scale[size % 5].id;  // five-level: never n/a
    if (how == 1) answer->note = "line one\n# not a comment: \"quoted\"";
    if (how == 2) *answer = {id, {}, {}, {}, {}};
    if (how == 3) answers.team = "Team: {new} #1";
    answers.date = "2026-11-30";
    return answers;
}

// What a file says, as the questionnaire sees it: team, date and each non-blank answer.
std::string summary(const gait::Answers& answers) {
    std::string out = answers.team + "\x1f" + answers.date + "\x1f" + answers.respondent;
    std::vector<std::string> lines;
    for (const gait::Answer& a : answers.answers) {
        if (a.choice.empty() && a.note.empty() && a.evidence.empty()) continue;
        lines.push_back(a.question + "\x1f" + a.choice + "\x1f" + a.note + "\x1f" + a.evidence);
    }
    std::sort(lines.begin(), lines.end());
    for (const std::string& line : lines)
        out += "\x1e" + line;
    return out;
}

void check_edit_in_place(std::string_view text, const gait::Answers& loaded, std::size_t size) {
    const gait::Answers wanted = with_one_change(loaded, five_level(), size);
    std::string edited;
    try {
        edited = gait::edit_answers_text(text, file, five_level(), wanted);
    } catch (const std::exception& e) {
        gait_fuzz::finding("edit_answers_text threw",
                           std::string(typeid(e).name()) + ": " + e.what());
    }
    try {
        const gait::Answers read = gait::load_answers(edited, file, five_level());
        gait_fuzz::expect(summary(read) == summary(wanted),
                          "an edited answers file reads back as other answers", edited);
    } catch (const gait::Error& e) {
        gait_fuzz::finding("an edited answers file does not load",
                           std::string(e.what()) + "\n" + edited);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto style_bits = static_cast<std::uint8_t>(size);
    for (const gait::Rubric* rubric : {&builtin(), &five_level()}) {
        gait_fuzz::guarded("load_answers threw", file, [&] {
            const gait::Answers answers = gait::load_answers(text, file, *rubric);
            gait_fuzz::check_whole_text_read(text, "load_answers");
            for (const gait::Diagnostic& warning : answers.warnings) {
                gait_fuzz::expect(!warning.message.empty(), "a warning with no message");
            }
            gait::Result result;
            try {
                result = gait::score(*rubric, answers);
            } catch (const std::exception& e) {
                gait_fuzz::finding("score threw on answers that load",
                                   std::string(typeid(e).name()) + ": " + e.what());
            }
            gait_fuzz::check_scores(result, "score");
            gait_fuzz::render_all(result, style_bits);
            gait_fuzz::check_round_trip(result);
            if (rubric == &five_level()) check_edit_in_place(text, answers, size);
        });
    }
    return 0;
}
