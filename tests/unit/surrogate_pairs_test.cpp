#include "load/surrogate_pairs.hpp"

#include <catch2/catch.hpp>

using gait::detail::join_surrogate_pairs;

TEST_CASE("a surrogate pair in a JSON string becomes one escape and two spaces after the string",
          "[surrogate_pairs]") {
    // U+1F680 ROCKET is D83D DE80; the spaces keep "x" at its column.
    CHECK(join_surrogate_pairs(R"({"team": "A \ud83d\ude80 B", "x": 1})") ==
          std::string(R"({"team": "A \U0001F680 B"  , "x": 1})"));
    CHECK(join_surrogate_pairs(R"(["\uD83D\uDE80\ud83d\ude80"])") ==
          std::string(R"(["\U0001F680\U0001F680"    ])"));
}

TEST_CASE("text with no pair or that is not JSON is left alone", "[surrogate_pairs]") {
    CHECK_FALSE(join_surrogate_pairs(R"({"team": "caf\u00e9"})"));
    CHECK_FALSE(join_surrogate_pairs("team: \"\\ud83d\\ude80\"\nnote: x\n"));  // YAML, not JSON
    CHECK_FALSE(join_surrogate_pairs(R"({"a": "\ud83d\ude80",})"));            // not valid JSON
}

TEST_CASE("escaped backslashes and quotes before a pair are read as escapes", "[surrogate_pairs]") {
    // "\\ud83d" is a backslash and the letters ud83d, not an escape.
    CHECK(join_surrogate_pairs(R"(["\\ud83d", "\"\ud83d\ude80"])") ==
          std::string(R"(["\\ud83d", "\"\U0001F680"  ])"));
}

TEST_CASE("JSON with a lone half of a pair is not JSON and is left alone", "[surrogate_pairs]") {
    CHECK_FALSE(join_surrogate_pairs(R"(["\ud83d x", "\ud83d\ude80"])"));
}
