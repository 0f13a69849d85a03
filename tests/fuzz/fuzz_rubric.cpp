// Fuzzes the rubric reader: gait::load_rubric and gait::lint_rubric on the same
// text, which must agree; a rubric that loads is then scored (no answers, and
// answers picked from the input's bytes) and rendered in every format.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gait/load/rubric.hpp"
#include "gait/score/scoring.hpp"

#include "fuzz_common.hpp"

namespace {

const std::string file = "fuzz-rubric.yaml";

// Answers to no question, as a file with only the header would give.
gait::Answers no_answers(const gait::Rubric& rubric) {
    gait::Answers answers;
    answers.rubric_id = rubric.id;
    answers.team = "Fuzz";
    answers.date = "2026-01-01";
    return answers;
}

// Answers to every question, the choice of each taken from the input's bytes.
gait::Answers answers_from(const gait::Rubric& rubric, std::string_view text) {
    gait::Answers answers = no_answers(rubric);
    std::size_t i = 0;
    for (const gait::Phase& phase : rubric.phases) {
        for (const gait::Question& question : phase.questions) {
            const auto byte =
                text.empty() ? 0u : static_cast<unsigned char>(text[i++ % text.size()]);
            gait::Answer answer;
            answer.question = question.id;
            if (byte % (rubric.scale.size() + 1) != 0) {
                const gait::ScaleChoice& choice =
                    rubric.scale[byte % (rubric.scale.size() + 1) - 1];
                if (choice.value || question.allow_na) answer.choice = choice.id;
            }
            answer.note = byte & 1 ? "note" : "";
            answers.answers.push_back(answer);
        }
    }
    return answers;
}

// Whether the weights of a phase add up past the largest double: the weighted
// mean is then inf/inf, a NaN score (regressions/rubric-huge-weights.yaml).
// Passed over with GAIT_FUZZ_SKIP_KNOWN=1 until rubrics bound their weights.
bool known_weights_overflow(const gait::Rubric& rubric) {
    for (const gait::Phase& phase : rubric.phases) {
        double total = 0;
        for (const gait::Question& question : phase.questions)
            total += question.weight;
        if (!std::isfinite(total)) return true;
    }
    return false;
}

// Full credit to every question: the scale's best choice, not-applicable never.
gait::Answers full_credit(const gait::Rubric& rubric) {
    gait::Answers answers = no_answers(rubric);
    const gait::ScaleChoice* best = nullptr;
    for (const gait::ScaleChoice& choice : rubric.scale) {
        if (choice.value && (!best || *choice.value > *best->value)) best = &choice;
    }
    for (const gait::Phase& phase : rubric.phases) {
        for (const gait::Question& question : phase.questions) {
            gait::Answer answer;
            answer.question = question.id;
            answer.choice = best ? best->id : "";
            answers.answers.push_back(answer);
        }
    }
    return answers;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto style_bits = static_cast<std::uint8_t>(size);

    std::vector<gait::Diagnostic> lint;
    try {
        lint = gait::lint_rubric(text, file);
    } catch (const std::exception& e) {
        gait_fuzz::finding("lint_rubric threw", std::string(typeid(e).name()) + ": " + e.what());
    }
    for (const gait::Diagnostic& d : lint) {
        gait_fuzz::expect(!d.message.empty(), "lint_rubric: a problem with no message");
    }

    gait_fuzz::guarded("load_rubric threw", file, [&] {
        try {
            const gait::Rubric rubric = gait::load_rubric(text, file);
            gait_fuzz::check_whole_text_read(text, "load_rubric");
            if (gait_fuzz::skip_known_enabled() && known_weights_overflow(rubric)) return;
            if (!lint.empty()) {
                gait_fuzz::finding("load_rubric accepts what lint_rubric refuses",
                                   gait::format_diagnostic(lint.front()));
            }
            // A team with full credit everywhere holds every phase (docs/scoring.md).
            const gait::Result best = gait::score(rubric, full_credit(rubric));
            gait_fuzz::check_scores(best, "score of full credit");
            for (const gait::PhaseScore& phase : best.phases) {
                if (!phase.achieved) {
                    gait_fuzz::finding("full credit everywhere, and a phase is not achieved",
                                       phase.id + ": score " +
                                           (phase.score ? std::to_string(*phase.score) : "none"));
                }
            }
            for (const gait::Answers& answers : {no_answers(rubric), answers_from(rubric, text)}) {
                gait::Result result;
                try {
                    result = gait::score(rubric, answers);
                } catch (const std::exception& e) {
                    gait_fuzz::finding("score threw on a rubric that loads",
                                       std::string(typeid(e).name()) + ": " + e.what());
                }
                gait_fuzz::check_scores(result, "score");
                gait_fuzz::render_all(result, style_bits);
                gait_fuzz::check_round_trip(result);
            }
        } catch (const gait::Error& error) {
            const std::string refused = gait::format_diagnostic(error.diagnostic());
            if (lint.empty()) {
                gait_fuzz::finding("lint_rubric finds nothing in what load_rubric refuses",
                                   refused);
            }
            const std::string first = gait::format_diagnostic(lint.front());
            if (first != refused) {
                gait_fuzz::finding("load_rubric and lint_rubric disagree on the first problem",
                                   "load: " + refused + "\nlint: " + first);
            }
            throw;
        }
    });
    return 0;
}
