#pragma once

// JSON writes a character past U+FFFF in a string as a surrogate pair,
// "\ud83d\ude80" (Python's json.dump does by default). yaml-cpp, which reads
// gait's JSON as YAML, takes each half as a character of its own and refuses
// it. This writes such pairs as the one YAML escape for the character.

#include <optional>
#include <string>
#include <string_view>

namespace gait::detail {

// When `text` is JSON with a surrogate pair escaped in a string: the text with
// each pair written "\U0001F680" and, for each, two spaces after the string's
// closing quote, so that everything after the string keeps its line and
// column and yaml-cpp's marks still point into `text`. Otherwise nothing: YAML
// that is not JSON is never rewritten (there a "\u" may sit in a plain or
// single-quoted scalar, where it is not an escape).
std::optional<std::string> join_surrogate_pairs(std::string_view text);

}  // namespace gait::detail
