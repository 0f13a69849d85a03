#include "gait/load/answers_writer.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"

#include "answer_builder.hpp"

namespace {

using gait::test::answer;

const gait::Rubric& five_level() {
    static const gait::Rubric rubric =
        gait::load_rubric_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
    return rubric;
}

const gait::Rubric& builtin() {
    static const gait::Rubric rubric = gait::builtin_rubric();
    return rubric;
}

const gait::Question& question(gait::Rubric&& rubric, const std::string& id) = delete;
const gait::Question& question(const gait::Rubric& rubric, const std::string& id) {
    for (const gait::Phase& phase : rubric.phases) {
        for (const gait::Question& q : phase.questions) {
            if (q.id == id) return q;
        }
    }
    FAIL("no question " << id);
    throw;
}

// The choices a question may be given, in scale order.
std::vector<std::string> allowed_choices(const gait::Rubric& rubric, const std::string& id) {
    std::vector<std::string> choices;
    const bool na = question(rubric, id).allow_na;
    for (const gait::ScaleChoice& choice : rubric.scale) {
        if (choice.value || na) choices.push_back(choice.id);
    }
    return choices;
}

gait::Answers header(const gait::Rubric& rubric) {
    gait::Answers answers;
    answers.rubric_id = rubric.id;
    answers.rubric_version = rubric.version;
    answers.team = "Payments";
    answers.date = "2026-03-04";
    answers.respondent = "Ana";
    return answers;
}

// Every question answered, cycling through the choices it allows, with a note on
// every second one and evidence on every third.
gait::Answers full_answers(const gait::Rubric& rubric) {
    gait::Answers answers = header(rubric);
    std::size_t i = 0;
    for (const std::string& id : gait::question_ids(rubric)) {
        const std::vector<std::string> choices = allowed_choices(rubric, id);
        answers.answers.push_back(answer(id, choices[i % choices.size()],
                                         i % 2 ? "note on " + id : "",
                                         i % 3 == 0 ? "https://wiki.example/" + id : ""));
        ++i;
    }
    return answers;
}

gait::Answers round_trip(const gait::Rubric& rubric, const gait::Answers& answers) {
    const std::string text = gait::render_answers(rubric, answers);
    INFO(text);
    try {
        return gait::load_answers(text, "written.yaml", rubric);
    } catch (const gait::Error& e) {
        FAIL("load_answers refused what render_answers wrote: " << e.diagnostic().message);
        throw;
    }
}

const gait::Answer* find_answer(gait::Answers&& answers, const std::string& id) = delete;
const gait::Answer* find_answer(const gait::Answers& answers, const std::string& id) {
    for (const gait::Answer& a : answers.answers) {
        if (a.question == id) return &a;
    }
    return nullptr;
}

std::vector<std::string> questions_of(const gait::Answers& answers) {
    std::vector<std::string> ids;
    for (const gait::Answer& a : answers.answers)
        ids.push_back(a.question);
    return ids;
}

// Checks that `read` holds the same answers as `written` (in `written`'s order).
void check_same(const gait::Answers& read, const gait::Answers& written) {
    CHECK(read.team == written.team);
    CHECK(read.date == written.date);
    CHECK(read.respondent == written.respondent);
    REQUIRE(read.answers.size() == written.answers.size());
    for (std::size_t i = 0; i < written.answers.size(); ++i) {
        const gait::Answer& w = written.answers[i];
        const gait::Answer& r = read.answers[i];
        INFO("answer " << i << " to " << w.question);
        CHECK(r.question == w.question);
        CHECK(r.choice == w.choice);
        CHECK(r.note == w.note);
        CHECK(r.evidence == w.evidence);
    }
}

// Text that YAML, a terminal or a careless writer could get wrong.
const std::vector<std::string>& hostile_texts() {
    static const std::vector<std::string> texts = {
        "say \"hi\"",
        "\"",
        "back\\slash \\\\ double \\n not a newline \\x41",
        "line one\nline two\r\nline three\rend",
        "\n",
        "trailing newline\n",
        "\ttabbed\tthrough\t",
        "\x1b[31mred\x1b[0m",
        "bell\x07",
        "del\x7f",
        "\x01\x02\x1f",
        "yes",
        "no",
        "true",
        "null",
        "~",
        "123",
        "0x1F",
        "1.5e3",
        "{a: b}",
        "[1, 2]",
        "- item",
        "#comment",
        "a # not a comment",
        "key: value",
        "a:b",
        "&anchor",
        "*alias",
        "!tag x",
        "|",
        ">",
        "'single'",
        "%YAML 1.2",
        "---",
        "...",
        "@at `tick`",
        "  padded  ",
        " ",
        "café ☕ 日本語 😀",
        "line\xe2\x80\xa8separator",  // U+2028
        "next\xc2\x85line",           // U+0085
        "\xef\xbb\xbf"
        "bom",                        // U+FEFF
        "rtl \xe2\x80\xae override",  // U+202E
        "{\"json\": [1, 2]}",
    };
    return texts;
}

}  // namespace

TEST_CASE("render_answers round-trips every choice, note and evidence", "[answers_writer]") {
    const gait::Rubric& rubric = *GENERATE(as<const gait::Rubric*>{}, &builtin(), &five_level());
    CAPTURE(rubric.id);
    const gait::Answers written = full_answers(rubric);
    REQUIRE(written.answers.size() == gait::question_ids(rubric).size());
    const gait::Answers read = round_trip(rubric, written);
    check_same(read, written);
    CHECK(read.rubric_id == rubric.id);
    CHECK(read.rubric_version == rubric.version);
    CHECK(read.warnings.empty());
}

TEST_CASE("render_answers round-trips every choice of the scale", "[answers_writer]") {
    const gait::Rubric& rubric = *GENERATE(as<const gait::Rubric*>{}, &builtin(), &five_level());
    for (const gait::ScaleChoice& choice : rubric.scale) {
        gait::Answers written = header(rubric);
        for (const std::string& id : gait::question_ids(rubric)) {
            if (choice.value || question(rubric, id).allow_na) {
                written.answers.push_back(answer(id, choice.id));
            }
        }
        INFO("choice " << choice.id);
        REQUIRE_FALSE(written.answers.empty());
        check_same(round_trip(rubric, written), written);
    }
}

TEST_CASE("render_answers writes the questions in rubric order", "[answers_writer]") {
    const gait::Rubric& rubric = *GENERATE(as<const gait::Rubric*>{}, &builtin(), &five_level());
    const gait::Answers in_order = full_answers(rubric);
    gait::Answers shuffled = in_order;
    SECTION("reversed") {
        std::reverse(shuffled.answers.begin(), shuffled.answers.end());
    }
    SECTION("rotated") {
        std::rotate(shuffled.answers.begin(),
                    shuffled.answers.begin() + shuffled.answers.size() / 2, shuffled.answers.end());
    }
    SECTION("odd ones first") {
        std::stable_partition(shuffled.answers.begin(), shuffled.answers.end(),
                              [&](const gait::Answer& a) { return a.note.empty(); });
    }
    REQUIRE(questions_of(shuffled) != questions_of(in_order));
    const std::string text = gait::render_answers(rubric, shuffled);
    CHECK(text == gait::render_answers(rubric, in_order));
    const gait::Answers read = round_trip(rubric, shuffled);
    CHECK(questions_of(read) == gait::question_ids(rubric));
    check_same(read, in_order);
    // And in the text itself, each question after the one before it.
    std::size_t at = 0;
    for (const std::string& id : gait::question_ids(rubric)) {
        const std::size_t found = text.find("\n  " + id + ":", at);
        CHECK(found != std::string::npos);
        at = found == std::string::npos ? at : found + 1;
    }
}

TEST_CASE("render_answers keeps an answer with a note but no choice", "[answers_writer]") {
    const gait::Rubric& rubric = five_level();
    gait::Answers written = header(rubric);
    written.answers = {
        answer("bronze.build.ci", "done"),
        answer("bronze.operate.alerts", "", "we are not sure yet"),
        answer("silver.operate.slo", "", "", "https://wiki.example/slo"),
        answer("gold.build.canary", "", "only a note: yes", "and evidence"),
    };
    const gait::Answers read = round_trip(rubric, written);
    check_same(read, written);
    const gait::Answer* unsure = find_answer(read, "bronze.operate.alerts");
    REQUIRE(unsure);
    CHECK(unsure->choice.empty());  // unanswered
    CHECK(unsure->note == "we are not sure yet");
}

TEST_CASE("render_answers drops answers with nothing in them", "[answers_writer]") {
    const gait::Rubric& rubric = five_level();
    gait::Answers written = header(rubric);
    written.answers = {
        answer("gold.operate.chaos", ""),
        answer("bronze.build.ci", "half"),
        answer("silver.build.review", ""),
    };
    const std::string text = gait::render_answers(rubric, written);
    CHECK(text.find("gold.operate.chaos") == std::string::npos);
    CHECK(text.find("silver.build.review") == std::string::npos);
    const gait::Answers read = round_trip(rubric, written);
    REQUIRE(read.answers.size() == 1);
    CHECK(read.answers[0].question == "bronze.build.ci");
    CHECK(read.answers[0].choice == "half");
}

TEST_CASE("render_answers leaves out answers to questions the rubric does not have",
          "[answers_writer]") {
    const gait::Rubric& rubric = five_level();
    gait::Answers written = header(rubric);
    written.answers = {answer("no.such.question", "done", "note"),
                       answer("bronze.build.ci", "done")};
    const std::string text = gait::render_answers(rubric, written);
    CHECK(text.find("no.such.question") == std::string::npos);
    const gait::Answers read = round_trip(rubric, written);
    CHECK(questions_of(read) == std::vector<std::string>{"bronze.build.ci"});
}

TEST_CASE("render_answers round-trips hostile text byte for byte", "[answers_writer]") {
    const gait::Rubric& rubric = *GENERATE(as<const gait::Rubric*>{}, &builtin(), &five_level());
    const std::string hostile = GENERATE(from_range(hostile_texts()));
    CAPTURE(hostile);
    const std::vector<std::string> ids = gait::question_ids(rubric);
    REQUIRE(ids.size() >= 3);
    gait::Answers written = header(rubric);
    written.team = hostile;
    written.respondent = hostile;
    written.answers = {
        answer(ids[0], allowed_choices(rubric, ids[0])[0], hostile),
        answer(ids[1], "", hostile),
        answer(ids[2], allowed_choices(rubric, ids[2])[1], hostile, hostile),
    };
    if (hostile.find_first_not_of(' ') == std::string::npos) {
        // Blank text: required fields must not be blank, so keep the team readable.
        written.team = "t";
    }
    const gait::Answers read = round_trip(rubric, written);
    check_same(read, written);
    // Nothing raw that could end the line or the string early.
    const std::string text = gait::render_answers(rubric, written);
    for (const gait::Answer& a : written.answers) {
        CHECK(text.find("note: " + gait::yaml_quote(a.note)) != std::string::npos);
    }
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\r') == std::string::npos);
    CHECK(text.find('\t') == std::string::npos);
}

TEST_CASE("render_answers round-trips a choice with hostile notes on every question",
          "[answers_writer]") {
    const gait::Rubric& rubric = *GENERATE(as<const gait::Rubric*>{}, &builtin(), &five_level());
    gait::Answers written = full_answers(rubric);
    const std::vector<std::string>& texts = hostile_texts();
    for (std::size_t i = 0; i < written.answers.size(); ++i) {
        written.answers[i].note = texts[i % texts.size()];
        written.answers[i].evidence = texts[(i + 7) % texts.size()];
    }
    check_same(round_trip(rubric, written), written);
}

TEST_CASE("render_answers writes no respondent when there is none", "[answers_writer]") {
    const gait::Rubric& rubric = five_level();
    gait::Answers written = header(rubric);
    written.respondent.clear();
    written.answers = {answer("bronze.build.ci", "done")};
    const std::string text = gait::render_answers(rubric, written);
    CHECK(text.find("respondent") == std::string::npos);
    CHECK(round_trip(rubric, written).respondent.empty());
}

TEST_CASE("render_answers writes 'answers: {}' when nothing is answered", "[answers_writer]") {
    const gait::Rubric& rubric = *GENERATE(as<const gait::Rubric*>{}, &builtin(), &five_level());
    gait::Answers written = header(rubric);
    SECTION("no answers at all") {}
    SECTION("only empty answers") {
        for (const std::string& id : gait::question_ids(rubric))
            written.answers.push_back(answer(id, ""));
    }
    const std::string text = gait::render_answers(rubric, written);
    CHECK(text.find("\nanswers: {}\n") != std::string::npos);
    CHECK(text.substr(text.size() - 12) == "answers: {}\n");
    const gait::Answers read = round_trip(rubric, written);
    CHECK(read.answers.empty());
    CHECK(read.team == "Payments");
    CHECK(read.date == "2026-03-04");
    CHECK(read.respondent == "Ana");
}

TEST_CASE("render_answers writes the rubric reference and a header comment", "[answers_writer]") {
    const gait::Rubric& rubric = five_level();
    gait::Answers written = header(rubric);
    written.answers = {answer("bronze.build.ci", "done")};
    const std::string text = gait::render_answers(rubric, written);
    CHECK(text.rfind("# Answers to \"Platform Health Check\", written by gait.\n", 0) == 0);
    CHECK(text.find("rubric:\n  id: \"platform-health\"\n  version: \"2\"\n") != std::string::npos);
    CHECK(text.find("team: \"Payments\"\ndate: \"2026-03-04\"\nrespondent: \"Ana\"\n") !=
          std::string::npos);
    CHECK(text.find("answers:\n  bronze.build.ci: \"done\"\n") != std::string::npos);
}

TEST_CASE("render_answers output loads for a rubric whose title has a line break",
          "[answers_writer]") {
    // The title goes into the header comment unquoted: a line break in it (legal in
    // a rubric: title: "a\nb") leaves the rest of the title as YAML.
    std::string text = gait::read_file(std::string(GAIT_TEST_DATA) + "/rubrics/five-level.yaml");
    const std::string old_title = "title: Platform Health Check";
    REQUIRE(text.find(old_title) != std::string::npos);
    text.replace(text.find(old_title), old_title.size(), "title: \"Platform\\nanswers: [oops\"");
    const gait::Rubric rubric = gait::load_rubric(text, "titled.yaml");
    REQUIRE(rubric.title == "Platform\nanswers: [oops");
    gait::Answers written = header(rubric);
    written.answers = {answer("bronze.build.ci", "done")};
    check_same(round_trip(rubric, written), written);
}

TEST_CASE("yaml_quote writes a double-quoted YAML scalar", "[answers_writer]") {
    std::string text;
    std::string quoted;
    std::tie(text, quoted) = GENERATE(table<std::string, std::string>({
        {"", "\"\""},
        {"plain", "\"plain\""},
        {"yes", "\"yes\""},
        {"say \"hi\"", "\"say \\\"hi\\\"\""},
        {"a\\b", "\"a\\\\b\""},
        {"a\nb", "\"a\\x0ab\""},
        {"a\rb", "\"a\\x0db\""},
        {"\t", "\"\\x09\""},
        {"\x1b[0m", "\"\\x1b[0m\""},
        {"\x07", "\"\\x07\""},
        {"\x01", "\"\\x01\""},
        {"\x1f", "\"\\x1f\""},
        {"\x7f", "\"\\x7f\""},
        {"#: {}[]-&*!|>'%@`,?", "\"#: {}[]-&*!|>'%@`,?\""},
        {"café 😀", "\"café 😀\""},
    }));
    CAPTURE(text);
    CHECK(gait::yaml_quote(text) == quoted);
}

TEST_CASE("yaml_quote leaves no raw control character", "[answers_writer]") {
    std::string all;
    for (int c = 1; c < 0x80; ++c)
        all += static_cast<char>(c);
    const std::string quoted = gait::yaml_quote(all);
    REQUIRE(quoted.size() >= 2);
    CHECK(quoted.front() == '"');
    CHECK(quoted.back() == '"');
    for (const char c : quoted) {
        const auto byte = static_cast<unsigned char>(c);
        CHECK_FALSE((byte < 0x20 || byte == 0x7f));
    }
    // Only the two quotes around it are unescaped.
    const std::string inner = quoted.substr(1, quoted.size() - 2);
    for (std::size_t i = 0; i < inner.size(); ++i) {
        if (inner[i] == '\\') {
            ++i;  // skip what is escaped
            continue;
        }
        CHECK(inner[i] != '"');
    }
}

TEST_CASE("render_answers keeps the tags", "[answers_writer]") {
    gait::Answers written = header(five_level());
    written.tags = {"org:payments", "tier:1", "yes"};
    CHECK(round_trip(five_level(), written).tags == written.tags);
}
