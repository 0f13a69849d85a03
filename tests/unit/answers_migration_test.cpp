// Answers written for an earlier rubric version, read through the rubric's
// migration keys (replaces, split_from, removed): what load_answers makes of
// them, the one warning it gives, and how render_answers and edit_answers_text
// write them for the current version.

#include "load/answers_migration.hpp"

#include <algorithm>
#include <dirent.h>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include "gait/load/answers.hpp"
#include "gait/load/answers_edit.hpp"
#include "gait/load/answers_writer.hpp"
#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"

#include "text_helpers.hpp"

namespace {

// Version 2 of a rubric whose version 1 had one.old-name (renamed one.new-name),
// one.whole (split into one.part-a, which allows n/a, and one.part-b, which does
// not), one.gone (removed) and one.kept (kept).
const std::string rubric_text = R"(id: mig
version: "2"
title: Migration
scale:
  - id: "yes"
    value: 1
  - id: partly
    value: 0.5
  - id: "no"
    value: 0
  - id: na
areas:
  - id: build
    name: Build
removed:
  - one.gone
phases:
  - id: one
    name: One
    threshold: 0.5
    questions:
      - id: one.kept
        area: build
        text: Kept
      - id: one.new-name
        area: build
        text: Renamed
        replaces: one.old-name
      - id: one.part-a
        area: build
        text: Part A
        allow_na: true
        split_from: one.whole
      - id: one.part-b
        area: build
        text: Part B
        split_from: one.whole
)";

const gait::Rubric& rubric() {
    static const gait::Rubric loaded = gait::load_rubric(rubric_text, "mig.yaml");
    return loaded;
}

// Answers to version 1: the first answer stands on line 8.
const std::string header = R"(# Written for version 1.
rubric:
  id: mig
  version: "1"
team: Payments
date: 2026-01-01
answers:
)";

const std::string old_answers = header + R"(  one.kept: "yes"
  one.old-name:
    answer: partly
    note: renamed note
    evidence: https://e.example/renamed
  one.whole:
    answer: na
    note: split note
    evidence: https://e.example/split
  one.gone:
    answer: "no"
    note: gone note
)";

gait::Answers load(const std::string& text) {
    return gait::load_answers(text, "a.yaml", rubric());
}

gait::Diagnostic load_error(const std::string& text) {
    try {
        load(text);
    } catch (const gait::Error& e) {
        return e.diagnostic();
    }
    FAIL("load_answers accepted the text");
    return {};
}

const gait::Answer* find_answer(gait::Answers&& answers, const std::string& id) = delete;
const gait::Answer* find_answer(const gait::Answers& answers, const std::string& id) {
    for (const gait::Answer& answer : answers.answers) {
        if (answer.question == id) return &answer;
    }
    return nullptr;
}

// An answer as "question|choice|note|evidence|carried_from".
std::string fields(const gait::Answer& a) {
    return a.question + "|" + a.choice + "|" + a.note + "|" + a.evidence + "|" + a.carried_from;
}

std::vector<std::string> all_fields(const std::vector<gait::Answer>& answers) {
    std::vector<std::string> out;
    for (const gait::Answer& a : answers)
        out.push_back(fields(a));
    std::sort(out.begin(), out.end());
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("successors_of tells renamed, split, removed and unknown ids apart",
          "[answers_migration]") {
    using gait::detail::Successors;
    const Successors renamed = gait::detail::successors_of(rubric(), "one.old-name");
    CHECK(renamed.kind == Successors::renamed);
    REQUIRE(renamed.questions.size() == 1);
    CHECK(renamed.questions[0]->id == "one.new-name");

    const Successors split = gait::detail::successors_of(rubric(), "one.whole");
    CHECK(split.kind == Successors::split);
    REQUIRE(split.questions.size() == 2);
    CHECK(split.questions[0]->id == "one.part-a");
    CHECK(split.questions[1]->id == "one.part-b");

    const Successors removed = gait::detail::successors_of(rubric(), "one.gone");
    CHECK(removed.kind == Successors::removed);
    CHECK(removed.questions.empty());

    CHECK(gait::detail::successors_of(rubric(), "one.other").kind == Successors::none);
}

TEST_CASE("answers to an earlier version carry over: renamed, split to confirm, removed kept aside",
          "[answers_migration]") {
    const gait::Answers answers = load(old_answers);
    CHECK(answers.rubric_id == "mig");
    CHECK(answers.rubric_version == "1");
    CHECK(answers.team == "Payments");

    // The kept answer first, as read; the carried ones after it.
    CHECK(all_fields(answers.answers) ==
          Strings{
              "one.kept|yes|||",
              "one.new-name|partly|renamed note|https://e.example/renamed|",
              // n/a stays on the part that allows it...
              "one.part-a|na|split note|https://e.example/split|one.whole",
              // ...and becomes blank on the one that does not; the note stays.
              "one.part-b||split note|https://e.example/split|one.whole",
          });
    CHECK(find_answer(answers, "one.old-name") == nullptr);
    CHECK(find_answer(answers, "one.whole") == nullptr);
    CHECK(find_answer(answers, "one.gone") == nullptr);
    // The renamed answer keeps the position of the old key (line 9, column 3).
    const gait::Answer* renamed = find_answer(answers, "one.new-name");
    REQUIRE(renamed);
    CHECK(renamed->where.file == "a.yaml");
    CHECK(renamed->where.line == 9);
    CHECK(renamed->where.column == 3);

    const gait::Migration& migration = answers.migration;
    CHECK(migration.any());
    CHECK(migration.renamed == 1);
    CHECK(migration.split == 1);
    CHECK(migration.to_confirm == 2);
    CHECK(migration.superseded.empty());
    REQUIRE(migration.dropped.size() == 1);
    CHECK(fields(migration.dropped[0]) == "one.gone|no|gone note||");
    CHECK(migration.dropped[0].where.line == 17);
}

TEST_CASE("one warning tells what the migration keys did, in place of the version warning",
          "[answers_migration]") {
    SECTION("renamed, split and removed") {
        const gait::Answers answers = load(old_answers);
        REQUIRE(answers.warnings.size() == 1);
        const gait::Diagnostic& warning = answers.warnings[0];
        CHECK(warning.message ==
              "answers for version 1 of 'mig' read under version 2: 1 carried over, 1 split into "
              "2 to confirm, 1 dropped (removed)");
        CHECK(warning.hint == "run 'gait migrate a.yaml' to rewrite the file for version 2");
        CHECK(warning.where.file == "a.yaml");
    }
    SECTION("only a rename: the other parts are left out") {
        const gait::Answers answers = load(header + "  one.old-name: \"yes\"\n");
        REQUIRE(answers.warnings.size() == 1);
        CHECK(answers.warnings[0].message ==
              "answers for version 1 of 'mig' read under version 2: 1 carried over");
    }
    SECTION("only a removed answer") {
        const gait::Answers answers = load(header + "  one.gone: \"yes\"\n");
        REQUIRE(answers.warnings.size() == 1);
        CHECK(answers.warnings[0].message ==
              "answers for version 1 of 'mig' read under version 2: 1 dropped (removed)");
        CHECK(answers.answers.empty());
        CHECK(answers.migration.any());
    }
    SECTION("a file that does not say its version reads as an earlier one") {
        std::string text = old_answers;
        text.replace(text.find("  version: \"1\"\n"), 15, "");
        const gait::Answers answers = load(text);
        CHECK(answers.rubric_version.empty());
        REQUIRE(answers.warnings.size() == 1);
        CHECK(answers.warnings[0].message ==
              "answers for an earlier version of 'mig' read under version 2: 1 carried over, 1 "
              "split into 2 to confirm, 1 dropped (removed)");
    }
    SECTION("no old id: the version warning as before, no migration") {
        const gait::Answers answers = load(header + "  one.kept: \"yes\"\n");
        CHECK_FALSE(answers.migration.any());
        REQUIRE(answers.warnings.size() == 1);
        CHECK(answers.warnings[0].message ==
              "answers are for version 1 of rubric 'mig', this is version 2");
    }
}

TEST_CASE("an answer under the new id wins over the one carried from the old id",
          "[answers_migration]") {
    const gait::Answers answers = load(old_answers + R"(  one.new-name:
    answer: "no"
    note: direct note
  one.part-a: "yes"
)");
    CHECK(all_fields(answers.answers) ==
          Strings{
              "one.kept|yes|||",
              "one.new-name|no|direct note||",
              "one.part-a|yes|||",
              "one.part-b||split note|https://e.example/split|one.whole",
          });
    const gait::Migration& migration = answers.migration;
    // The rename carried nothing: its old id is superseded. The split still carried
    // its answer to one part, so it counts as split, with that one part to confirm.
    CHECK(migration.renamed == 0);
    CHECK(migration.split == 1);
    CHECK(migration.to_confirm == 1);
    // The old answer, note and all, is kept to be written as a comment.
    CHECK(all_fields(migration.superseded) ==
          Strings{"one.old-name|partly|renamed note|https://e.example/renamed|"});
    REQUIRE(answers.warnings.size() == 1);
    CHECK(answers.warnings[0].message ==
          "answers for version 1 of 'mig' read under version 2: 1 split into 1 to confirm, 1 "
          "dropped (removed), 1 also answered under the new id, which wins");
    CHECK(answers.warnings[0].hint ==
          "run 'gait migrate a.yaml' to rewrite the file for version 2");
}

TEST_CASE("an old id split in two and answered under both parts is superseded once",
          "[answers_migration]") {
    const gait::Answers answers =
        load(header + "  one.whole: \"yes\"\n  one.part-a: \"no\"\n  one.part-b: partly\n");
    CHECK(all_fields(answers.answers) == Strings{"one.part-a|no|||", "one.part-b|partly|||"});
    CHECK(answers.migration.split == 0);
    CHECK(answers.migration.to_confirm == 0);
    CHECK(all_fields(answers.migration.superseded) == Strings{"one.whole|yes|||"});
    CHECK(answers.migration.any());
    REQUIRE(answers.warnings.size() == 1);
    CHECK(answers.warnings[0].message ==
          "answers for version 1 of 'mig' read under version 2: 1 also answered under the new "
          "id, which wins");
}

TEST_CASE("an old id no migration key names is still an unknown question id",
          "[answers_migration]") {
    const gait::Diagnostic error = load_error(old_answers + "  one.never: \"yes\"\n");
    CHECK(error.message == "unknown question id 'one.never'");
    CHECK(error.where.file == "a.yaml");
    CHECK(error.where.line == 20);
    CHECK(error.where.column == 3);
    CHECK_THROWS_WITH(load(old_answers + "  one.never: \"yes\"\n"),
                      Catch::Matchers::StartsWith("a.yaml:20:3: unknown question id 'one.never'"));
}

TEST_CASE("an old answer with an unknown choice is refused like any other", "[answers_migration]") {
    const gait::Diagnostic error = load_error(header + "  one.old-name: maybe\n");
    CHECK(error.message ==
          "unknown answer 'maybe' to 'one.old-name'; expected one of yes, "
          "partly, no, na");
    CHECK(error.where.line == 8);
    CHECK(error.where.column == 17);
}

TEST_CASE(
    "render_answers writes migrated answers for the current version, dropped ones as comments",
    "[answers_migration]") {
    const gait::Answers answers = load(old_answers);
    const std::string rendered = gait::render_answers(rubric(), answers);
    CHECK(rendered == R"(# Answers to "Migration", written by gait.
rubric:
  id: "mig"
  version: "2"
team: "Payments"
date: "2026-01-01"
answers:
  one.kept: "yes"
  one.new-name:
    answer: "partly"
    note: "renamed note"
    evidence: "https://e.example/renamed"
  one.part-a:
    answer: "na"
    note: "split note"
    evidence: "https://e.example/split"
    carried_from: "one.whole"
  one.part-b:
    note: "split note"
    evidence: "https://e.example/split"
    carried_from: "one.whole"

# Answers to questions version 2 of the rubric removed, kept for reference:
#  one.gone:
#    answer: "no"
#    note: "gone note"
)");

    SECTION("it reloads with no migration and the same answers") {
        const gait::Answers reloaded = load(rendered);
        CHECK(reloaded.rubric_version == "2");
        CHECK_FALSE(reloaded.migration.any());
        CHECK(reloaded.migration.dropped.empty());
        CHECK(reloaded.migration.to_confirm == 0);
        CHECK(reloaded.warnings.empty());
        CHECK(all_fields(reloaded.answers) == all_fields(answers.answers));
    }
    SECTION("rendering the reloaded answers gives the same text without the dropped ones") {
        const std::string again = gait::render_answers(rubric(), load(rendered));
        CHECK(again == rendered.substr(0, rendered.find("\n# Answers to questions")));
    }
}

TEST_CASE("edit_answers_text on a file that needed migration writes it anew for this version",
          "[answers_migration]") {
    gait::Answers answers = load(old_answers);
    SECTION("with nothing changed") {
        const std::string edited =
            gait::edit_answers_text(old_answers, "a.yaml", rubric(), answers);
        CHECK(edited == gait::render_answers(rubric(), answers));
        CHECK(edited.find("version: \"2\"") != std::string::npos);
        CHECK(edited.find("one.old-name") == std::string::npos);
    }
    SECTION("with a carried answer confirmed") {
        for (gait::Answer& answer : answers.answers) {
            if (answer.question == "one.part-b") {
                answer.choice = "partly";
                answer.carried_from.clear();
            }
        }
        const std::string edited =
            gait::edit_answers_text(old_answers, "a.yaml", rubric(), answers);
        CHECK(edited == gait::render_answers(rubric(), answers));
        const gait::Answers reloaded = load(edited);
        CHECK_FALSE(reloaded.migration.any());
        REQUIRE(find_answer(reloaded, "one.part-b"));
        CHECK(fields(*find_answer(reloaded, "one.part-b")) ==
              "one.part-b|partly|split note|https://e.example/split|");
        CHECK(fields(*find_answer(reloaded, "one.part-a")) ==
              "one.part-a|na|split note|https://e.example/split|one.whole");
    }
    SECTION("a file for the current version is edited in place, comments kept") {
        const std::string current = gait::render_answers(rubric(), answers);
        gait::Answers reread = load(current);
        for (gait::Answer& answer : reread.answers) {
            if (answer.question == "one.part-a") answer.carried_from.clear();
        }
        const std::string edited = gait::edit_answers_text(current, "a.yaml", rubric(), reread);
        CHECK(edited.find("# Answers to questions version 2 of the rubric removed") !=
              std::string::npos);
        CHECK(gait::test::count(edited, "carried_from:") == 1);
    }
}

TEST_CASE(
    "every 1.0 answers file in data/examples keeps every note and evidence under the "
    "built-in rubric",
    "[answers_migration][builtin]") {
    const std::string folder = std::string(GAIT_TEST_DATA) + "/../../data/examples";
    std::vector<std::string> files;
    DIR* dir = ::opendir(folder.c_str());
    REQUIRE(dir != nullptr);
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name.size() > 5 && name.substr(name.size() - 5) == ".yaml") files.push_back(name);
    }
    ::closedir(dir);
    std::sort(files.begin(), files.end());

    const gait::Rubric builtin = gait::builtin_rubric();
    std::size_t checked = 0;
    for (const std::string& name : files) {
        const std::string path = folder + "/" + name;
        const YAML::Node original = YAML::LoadFile(path);
        const YAML::Node reference = original["rubric"];
        if (!reference.IsMap() || !reference["version"] ||
            reference["version"].as<std::string>() != "1.0" ||
            reference["id"].as<std::string>() != builtin.id)
            continue;
        INFO(name);
        ++checked;
        // Every non-empty note and evidence of the original, with the old id.
        std::multiset<std::string> notes, evidence;
        std::size_t answered = 0;
        for (const auto& entry : original["answers"]) {
            ++answered;
            if (!entry.second.IsMap()) continue;
            if (entry.second["note"] && !entry.second["note"].as<std::string>().empty())
                notes.insert(entry.second["note"].as<std::string>());
            if (entry.second["evidence"] && !entry.second["evidence"].as<std::string>().empty())
                evidence.insert(entry.second["evidence"].as<std::string>());
        }
        CHECK(notes.size() == gait::test::count(gait::read_file(path), "note:"));

        const gait::Answers answers = gait::load_answers_file(path, builtin);
        REQUIRE(answers.migration.any());
        std::set<std::string> notes_after, evidence_after;
        for (const std::vector<gait::Answer>* list :
             {&answers.answers, &answers.migration.dropped}) {
            for (const gait::Answer& answer : *list) {
                if (!answer.note.empty()) notes_after.insert(answer.note);
                if (!answer.evidence.empty()) evidence_after.insert(answer.evidence);
            }
        }
        for (const std::string& note : notes) {
            INFO("note: " << note);
            CHECK(notes_after.count(note) == 1);
        }
        for (const std::string& link : evidence) {
            INFO("evidence: " << link);
            CHECK(evidence_after.count(link) == 1);
        }
        CHECK(notes_after.size() == std::set<std::string>(notes.begin(), notes.end()).size());
        // No answer lost either: each old answer is kept, carried or dropped.
        CHECK(answers.answers.size() + answers.migration.dropped.size() ==
              answered - answers.migration.split + answers.migration.to_confirm);
        // And rendered for 2.0, every note is still in the text.
        const std::string rendered = gait::render_answers(builtin, answers);
        for (const std::string& note : notes)
            CHECK(rendered.find(gait::yaml_quote(note)) != std::string::npos);
    }
    CHECK(checked >= 1);
}

TEST_CASE("walk-1.0.yaml reads under the built-in rubric as the notice says",
          "[answers_migration][builtin]") {
    const std::string path = std::string(GAIT_TEST_DATA) + "/../../data/examples/walk-1.0.yaml";
    const gait::Answers answers = gait::load_answers_file(path, gait::builtin_rubric());
    CHECK(answers.migration.renamed == 8);
    CHECK(answers.migration.split == 7);
    CHECK(answers.migration.to_confirm == 14);
    REQUIRE(answers.migration.dropped.size() == 2);
    CHECK(answers.migration.dropped[0].question == "crawl.people.mantras");
    CHECK(answers.migration.dropped[1].question == "crawl.oncall.schedule-fits-slo");
    CHECK(answers.migration.superseded.empty());
    REQUIRE(answers.warnings.size() == 1);
    CHECK_THAT(answers.warnings[0].message,
               Catch::Matchers::EndsWith("answers for version 1.0 of 'sre-maturity' read under "
                                         "version 2.0: 8 carried over, 7 split into 14 to "
                                         "confirm, 2 dropped (removed)"));
    std::size_t carried = 0;
    for (const gait::Answer& answer : answers.answers)
        carried += !answer.carried_from.empty();
    CHECK(carried == 14);
}

TEST_CASE("replaces as a list carries the answer of any of its earlier ids",
          "[answers_migration]") {
    std::string text = rubric_text;
    text.replace(text.find("replaces: one.old-name"), 22,
                 "replaces: [one.oldest-name, one.old-name]");
    const gait::Rubric listed = gait::load_rubric(text, "mig.yaml");
    const gait::Answers answers = gait::load_answers(
        header + "  one.oldest-name:\n    answer: \"no\"\n    note: oldest\n", "a.yaml", listed);
    CHECK(all_fields(answers.answers) == Strings{"one.new-name|no|oldest||"});
    CHECK(answers.migration.renamed == 1);
    REQUIRE(answers.warnings.size() == 1);
    CHECK(answers.warnings[0].message ==
          "answers for version 1 of 'mig' read under version 2: 1 carried over");
}

TEST_CASE("an old answer superseded by its new id is written as a comment, note and all",
          "[answers_migration]") {
    const gait::Answers answers = load(old_answers + "  one.new-name: \"no\"\n");
    const std::string text = gait::render_answers(rubric(), answers);
    CHECK(text.find("# Answers under earlier ids that the file also answers under their new ids, "
                    "kept for reference:\n#  one.old-name:\n#    answer: \"partly\"\n"
                    "#    note: \"renamed note\"\n") != std::string::npos);
    CHECK(gait::load_answers(text, "a.yaml", rubric()).migration.superseded.empty());
}
