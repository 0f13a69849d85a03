#include "gait/util/edit_distance.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/util/limits.hpp"

TEST_CASE("edit_distance counts insertions, deletions and substitutions", "[edit_distance]") {
    CHECK(gait::edit_distance("kitten", "sitting") == 3);  // k->s, e->i, +g
    CHECK(gait::edit_distance("sitting", "kitten") == 3);
    CHECK(gait::edit_distance("flaw", "lawn") == 2);  // -f, +n
    CHECK(gait::edit_distance("", "") == 0);
    CHECK(gait::edit_distance("", "abc") == 3);
    CHECK(gait::edit_distance("abc", "") == 3);
    CHECK(gait::edit_distance("same", "same") == 0);
    CHECK(gait::edit_distance("ab", "ba") == 2);  // no transpositions in Levenshtein
    CHECK(gait::edit_distance("mostyl", "mostly") == 2);
}

TEST_CASE("closest_match picks a near candidate and refuses a far one", "[edit_distance]") {
    const std::vector<std::string> ids = {"bronze.build.ci", "bronze.operate.alerts",
                                          "bronze.operate.backups", "silver.build.review"};
    CHECK(gait::closest_match("bronze.build.cj", ids) == "bronze.build.ci");
    CHECK(gait::closest_match("bronze.operate.alert", ids) == "bronze.operate.alerts");
    CHECK(gait::closest_match("gold.operate.chaos", ids).empty());
    CHECK(gait::closest_match("anything", {}).empty());

    const std::vector<std::string> choices = {"none", "started", "half", "mostly", "done"};
    CHECK(gait::closest_match("mostyl", choices) == "mostly");
    CHECK(gait::closest_match("dome", choices) == "done");  // 1 edit; none is 2
    // "kitten" has 6 letters, so at most 2 edits: "sitting" at 3 is too far
    CHECK(gait::closest_match("kitten", {"sitting"}).empty());
    CHECK(gait::closest_match("kitten", {"sitting", "mitten"}) == "mitten");
    // the nearest wins, not the first near enough
    CHECK(gait::closest_match("weight", {"eight", "weigh", "weight2", "weight"}) == "weight");
}

TEST_CASE("closest_match never suggests a word that shares no letter in place", "[edit_distance]") {
    // "1" to "no" is 2 edits, within the limit of 2, but both letters replaced.
    CHECK(gait::closest_match("1", {"yes", "no", "na"}).empty());
    CHECK(gait::closest_match("b", {"a"}).empty());
    CHECK(gait::closest_match("ab", {"xy"}).empty());
    // One letter kept is a typo: "nx" is "no" with one substitution.
    CHECK(gait::closest_match("nx", {"yes", "no"}) == "no");
    CHECK(gait::closest_match("-v", {"-h"}) == "-h");  // shares the dash
}

TEST_CASE("did_you_mean words the hint, or says nothing", "[edit_distance]") {
    CHECK(gait::did_you_mean("wieght", {"id", "weight", "text"}) == "did you mean 'weight'?");
    CHECK(gait::did_you_mean("colour", {"id", "weight", "text"}).empty());
}

TEST_CASE("no suggestion for a word longer than the limit, however near", "[edit_distance]") {
    const std::string at_limit(gait::limits::suggested_chars, 'a');
    const std::string past_limit(gait::limits::suggested_chars + 1, 'a');
    CHECK(gait::closest_match(at_limit + "", {at_limit.substr(1) + "b"}) ==
          at_limit.substr(1) + "b");
    CHECK(gait::closest_match(past_limit, {past_limit.substr(1) + "b"}).empty());
    // A candidate far longer than the word is never compared, so never suggested.
    CHECK(gait::closest_match("area", {std::string(65536, 'a')}).empty());
}
