#include "gait/load/choice_keys.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "gait/load/rubric.hpp"

#include "five_level.hpp"

using gait::test::five_level;

namespace {

// The id of the choice `word` names, or "(none)".
std::string spelled(const gait::Rubric& rubric, const std::string& word) {
    const gait::ScaleChoice* choice = gait::choice_spelled(rubric, word);
    return choice ? choice->id : "(none)";
}

}  // namespace

TEST_CASE("a choice is named by its id or its label in any case", "[choice_keys]") {
    const gait::Rubric sre = gait::builtin_rubric();
    CHECK(spelled(sre, "partly") == "partly");
    CHECK(spelled(sre, "Partly") == "partly");
    CHECK(spelled(sre, "PARTLY") == "partly");
    CHECK(spelled(sre, "Not applicable") == "na");
    CHECK(spelled(sre, "NOT APPLICABLE") == "na");
    CHECK(spelled(five_level(), "Half way") == "half");
    CHECK(spelled(five_level(), "does not apply") == "skip");
}

TEST_CASE("a choice is named by the letter the questionnaire shows for it", "[choice_keys]") {
    const gait::Rubric sre = gait::builtin_rubric();
    // sre: yes y, partly p, no n, na x.
    CHECK(spelled(sre, "y") == "yes");
    CHECK(spelled(sre, "p") == "partly");
    CHECK(spelled(sre, "P") == "partly");
    CHECK(spelled(sre, "n") == "no");
    CHECK(spelled(sre, "x") == "na");
    // five-level: none n, started t (s is skip's key), half h, mostly m, done d, skip x.
    CHECK(spelled(five_level(), "t") == "started");
    CHECK(spelled(five_level(), "s") == "(none)");
    CHECK(spelled(five_level(), "x") == "skip");
}

TEST_CASE("g u and r are the questionnaire's keys and no choice's letter", "[choice_keys]") {
    const gait::Rubric health =
        gait::load_bundled_rubric(*gait::find_bundled_rubric("health-check"));
    std::string letters;
    for (const gait::ChoiceKey& key : gait::choice_keys(health))
        letters += key.key;
    // always a; usually: u, s and a are taken, so l; sometimes o; rarely: r, a, e and l
    // are taken, so y; never n; na x.
    CHECK(letters == "aloynx");
    CHECK(spelled(health, "l") == "usually");
    CHECK(spelled(health, "y") == "rarely");
    CHECK(spelled(health, "u") == "(none)");
    CHECK(spelled(health, "r") == "(none)");
}

TEST_CASE("na and n/a in any case name the not-applicable choice of any scale", "[choice_keys]") {
    for (const char* word : {"na", "NA", "n/a", "N/A", "Na"}) {
        INFO(word);
        CHECK(spelled(gait::builtin_rubric(), word) == "na");
        CHECK(spelled(five_level(), word) == "skip");
    }
}

TEST_CASE("a word that names no choice names none", "[choice_keys]") {
    const gait::Rubric sre = gait::builtin_rubric();
    for (const char* word : {"", "1", "z", "maybe", "yes please", "n/", "/a"}) {
        INFO(word);
        CHECK(spelled(sre, word) == "(none)");
    }
}

TEST_CASE("suggestions come from ids and labels and name the id", "[choice_keys]") {
    const gait::Rubric sre = gait::builtin_rubric();
    CHECK(gait::choice_suggestion(sre, "parly") == "did you mean 'partly'?");
    CHECK(gait::choice_suggestion(sre, "PARLTY") == "did you mean 'partly'?");
    // Nearer "Not applicable" (one letter off) than any id: named by its id.
    CHECK(gait::choice_suggestion(sre, "not aplicable") == "did you mean 'na'?");
    CHECK(gait::choice_suggestion(five_level(), "halfway") == "did you mean 'half'?");
    // Nothing in common with any choice: no guess.
    CHECK(gait::choice_suggestion(sre, "1").empty());
    CHECK(gait::choice_suggestion(sre, "42").empty());
}
