#pragma once

// An answer in one call, for the tests that write answers files and edit them.

#include <string>
#include <utility>

#include "gait/load/answers.hpp"

namespace gait::test {

// The answer to `question`: its choice, and a note and evidence when given.
inline Answer answer(std::string question, std::string choice, std::string note = {},
                     std::string evidence = {}) {
    Answer a;
    a.question = std::move(question);
    a.choice = std::move(choice);
    a.note = std::move(note);
    a.evidence = std::move(evidence);
    return a;
}

}  // namespace gait::test
