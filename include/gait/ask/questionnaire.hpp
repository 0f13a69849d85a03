#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "gait/ask/console.hpp"
#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"

namespace gait {

// The key that picks one choice of the scale.
struct ChoiceKey {
    char key;            // a letter, derived from the choice's id
    std::size_t choice;  // index into Rubric::scale; its digit is choice + 1
};

// Letters for the scale's choices: the first free letter of the id ("yes" y,
// "partly" p), x for not applicable, never a letter the questionnaire uses itself.
std::vector<ChoiceKey> choice_keys(const Rubric& rubric);

struct QuestionnaireOptions {
    std::string save_path;  // where answers are saved, to tell the user
    std::string today;      // YYYY-MM-DD, set as the answers' date when saved
};

enum class QuestionnaireEnd {
    finished,     // every question seen and the review accepted
    quit,         // q
    interrupted,  // Ctrl-C or SIGINT
    terminated,   // SIGTERM
    hung_up,      // SIGHUP
    input_ended,  // the input closed
};

// Asks the rubric's questions on the console, starting at the first unanswered
// one; asks for the team's name when `answers` has none. Calls `save` after
// every change, so nothing answered is lost however it ends.
QuestionnaireEnd run_questionnaire(const Rubric& rubric, Answers& answers, Console& console,
                                   const QuestionnaireOptions& options,
                                   const std::function<void(const Answers&)>& save);

}  // namespace gait
