#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "gait/ask/console.hpp"
#include "gait/load/answers.hpp"
#include "gait/load/choice_keys.hpp"  // the keys it shows for the choices
#include "gait/load/rubric.hpp"

namespace gait {

struct QuestionnaireOptions {
    std::string save_path;  // where answers are saved, to tell the user
    std::string today;      // YYYY-MM-DD, set as the answers' date when saved
    // Ask who answers (Enter skips) at the start of a new assessment whose answers
    // name no respondent: off when --respondent gave the name.
    bool ask_respondent = false;
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
// one; asks for the team's name when `answers` has none, and the respondent's
// when options.ask_respondent and nothing is answered yet. Calls `save` after
// every change, so nothing answered is lost however it ends.
QuestionnaireEnd run_questionnaire(const Rubric& rubric, Answers& answers, Console& console,
                                   const QuestionnaireOptions& options,
                                   const std::function<void(const Answers&)>& save);

}  // namespace gait
