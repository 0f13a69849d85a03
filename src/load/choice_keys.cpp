#include "gait/load/choice_keys.hpp"

#include <algorithm>
#include <cctype>

#include "gait/util/edit_distance.hpp"
#include "gait/util/text_format.hpp"

namespace gait {
namespace {

// Keys the questionnaire uses itself: back, skip, edit note, quit, help, go to
// a question, next unanswered, review; x is the not-applicable choice's.
constexpr std::string_view reserved_keys = "bseq?gurx";

bool is_not_applicable_spelling(const std::string& lower) {
    return lower == "na" || lower == "n/a";
}

}  // namespace

std::vector<ChoiceKey> choice_keys(const Rubric& rubric) {
    std::vector<ChoiceKey> keys;
    std::string taken(reserved_keys);
    const auto take = [&](std::size_t choice, char key) {
        keys.push_back({key, choice});
        taken += key;
    };
    for (std::size_t c = 0; c < rubric.scale.size(); ++c) {
        if (!rubric.scale[c].value) take(c, 'x');
    }
    for (std::size_t c = 0; c < rubric.scale.size(); ++c) {
        if (!rubric.scale[c].value) continue;
        for (const char raw : rubric.scale[c].id + rubric.scale[c].label) {
            const char key = static_cast<char>(std::tolower(static_cast<unsigned char>(raw)));
            if (key >= 'a' && key <= 'z' && taken.find(key) == std::string::npos) {
                take(c, key);
                break;
            }
        }
    }
    std::sort(keys.begin(), keys.end(),
              [](const ChoiceKey& a, const ChoiceKey& b) { return a.choice < b.choice; });
    return keys;
}

const ScaleChoice* choice_spelled(const Rubric& rubric, std::string_view word) {
    const std::string lower = ascii_lower(word);
    // An id first: a rubric may give one choice an id that is another's label.
    for (const ScaleChoice& choice : rubric.scale) {
        if (ascii_lower(choice.id) == lower) return &choice;
    }
    for (const ScaleChoice& choice : rubric.scale) {
        if (ascii_lower(choice.label) == lower) return &choice;
    }
    if (is_not_applicable_spelling(lower)) return not_applicable_choice(rubric);
    if (lower.size() == 1) {
        for (const ChoiceKey& key : choice_keys(rubric)) {
            if (key.key == lower.front()) return &rubric.scale[key.choice];
        }
    }
    return nullptr;
}

std::string choice_suggestion(const Rubric& rubric, std::string_view word) {
    std::vector<std::string> names;
    for (const ScaleChoice& choice : rubric.scale) {
        names.push_back(ascii_lower(choice.id));
        names.push_back(ascii_lower(choice.label));
    }
    const std::string match = closest_match(ascii_lower(word), names);
    if (match.empty()) return {};
    // Named by its id, what an answers file writes, even when the label was nearer.
    const auto at = std::find(names.begin(), names.end(), match) - names.begin();
    return "did you mean '" + rubric.scale[static_cast<std::size_t>(at) / 2].id + "'?";
}

}  // namespace gait
