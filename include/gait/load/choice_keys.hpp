#pragma once

// How a person names a choice of the answer scale: the questionnaire's key for
// it, and the spellings an answers file may use. One place for both, so the
// letter a file may write is the letter the questionnaire shows.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

// The choice `word` names, whatever its case: by id ("partly"), by label
// ("Not applicable"), by its questionnaire letter ("p"), or for the
// not-applicable choice na, n/a, N/A or NA. nullptr when it names none.
const ScaleChoice* choice_spelled(const Rubric& rubric, std::string_view word);

// "did you mean 'partly'?" for a word near a choice's id or label, or empty.
std::string choice_suggestion(const Rubric& rubric, std::string_view word);

}  // namespace gait
