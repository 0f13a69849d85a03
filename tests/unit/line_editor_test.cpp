#include "gait/ask/line_editor.hpp"

#include <deque>
#include <regex>
#include <string>

#include <catch2/catch.hpp>

#include "gait/util/limits.hpp"
#include "gait/util/text_format.hpp"

#include "scripted_console.hpp"

namespace {

using gait::EditedLine;
using gait::Key;
using gait::KeyCode;
using gait::test::ScriptedConsole;

// A ScriptedConsole that can also queue text keys of more than one byte, the way
// decode_key hands over a UTF-8 character (or whatever bytes it took as one).
// Keys queued here come before the ones queued with type() and press().
class KeyConsole : public ScriptedConsole {
  public:
    using ScriptedConsole::ScriptedConsole;

    // One text key holding all of `text`.
    KeyConsole& key_text(const std::string& text) {
        keys_.push_back({KeyCode::text, text});
        return *this;
    }
    // One text key per UTF-8 character of `text`.
    KeyConsole& chars(const std::string& text) {
        for (std::size_t i = 0; i < text.size();) {
            std::size_t end = i + 1;
            while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
                ++end;
            key_text(text.substr(i, end - i));
            i = end;
        }
        return *this;
    }
    // One paste key holding all of `text`, as a console makes of a bracketed paste.
    KeyConsole& paste(const std::string& text) {
        keys_.push_back({KeyCode::paste, text});
        return *this;
    }
    // Whether key_waiting says so while keys are queued here, as a terminal
    // does while typed-ahead or pasted bytes wait; by default it never does.
    KeyConsole& waiting_counts(bool counts) {
        waiting_counts_ = counts;
        return *this;
    }
    KeyConsole& key(KeyCode code, int times = 1) {
        for (int i = 0; i < times; ++i)
            keys_.push_back({code, {}});
        return *this;
    }

    Key read_key() override {
        if (keys_.empty()) return ScriptedConsole::read_key();
        Key key = keys_.front();
        keys_.pop_front();
        return key;
    }
    bool key_waiting() override { return waiting_counts_ && !keys_.empty(); }
    std::size_t own_keys_left() const { return keys_.size(); }

  private:
    std::deque<Key> keys_;
    bool waiting_counts_ = false;
};

// The line as last drawn (prompt and text, after the final "\r\x1b[K") and the
// column the cursor was put on.
struct Drawn {
    std::string line;
    std::size_t column = 0;
};

Drawn last_drawn(const std::string& output) {
    const std::string clear = "\r\x1b[K";
    const std::size_t at = output.rfind(clear);
    REQUIRE(at != std::string::npos);
    const std::size_t start = at + clear.size();
    const std::size_t end = output.find('\r', start);
    REQUIRE(end != std::string::npos);
    Drawn drawn;
    drawn.line = output.substr(start, end - start);
    std::smatch match;
    const std::string rest = output.substr(end + 1);
    if (std::regex_search(rest, match, std::regex("^\x1b\\[([0-9]+)C"))) {
        drawn.column = std::stoul(match[1]);
    }
    return drawn;
}

// The output with the editor's own escape codes (clear line, cursor forward) taken out.
std::string without_editor_codes(const std::string& output) {
    return std::regex_replace(output, std::regex("\x1b\\[(K|[0-9]+C)"), "");
}

EditedLine run(ScriptedConsole& console, std::string initial = {}, std::string prompt = "> ") {
    return gait::edit_line(console, prompt, std::move(initial));
}

}  // namespace

TEST_CASE("edit_line returns the typed text when Enter is pressed", "[line_editor]") {
    ScriptedConsole console;
    console.type("hello world\r");
    const EditedLine result = run(console);
    CHECK(result.text == "hello world");
    CHECK(result.ended_by == KeyCode::enter);
    CHECK(console.keys_left() == 0);
    CHECK(last_drawn(console.output()).line == "> hello world");
    // The line is ended, so what follows starts on a new line.
    CHECK(console.output().substr(console.output().size() - 2) == "\r\n");
}

TEST_CASE("edit_line stops reading at Enter", "[line_editor]") {
    ScriptedConsole console;
    console.type("ab\rcd\r");
    CHECK(run(console).text == "ab");
    CHECK(console.keys_left() == 3);
    CHECK(run(console).text == "cd");
}

TEST_CASE("edit_line starts from the initial text with the cursor at its end", "[line_editor]") {
    SECTION("Enter alone keeps it") {
        ScriptedConsole console;
        console.press(KeyCode::enter);
        const EditedLine result = run(console, "partly");
        CHECK(result.text == "partly");
        CHECK(result.ended_by == KeyCode::enter);
    }
    SECTION("typing appends") {
        ScriptedConsole console;
        console.type("!\r");
        CHECK(run(console, "partly").text == "partly!");
    }
    SECTION("the first draw shows it with the cursor after it") {
        ScriptedConsole console;
        console.press(KeyCode::enter);
        run(console, "abc", "Note: ");
        const std::string first = console.output().substr(0, console.output().find("\r\n"));
        CHECK(first == "\r\x1b[KNote: abc\r\x1b[9C");
    }
}

TEST_CASE("edit_line moves the cursor with Left, Right, Home and End", "[line_editor]") {
    ScriptedConsole console;
    SECTION("Left then insert") {
        console.press(KeyCode::left).press(KeyCode::left).type("X\r");
        CHECK(run(console, "abcd").text == "abXcd");
    }
    SECTION("Left then Right then insert") {
        console.press(KeyCode::left).press(KeyCode::left).press(KeyCode::right).type("X\r");
        CHECK(run(console, "abcd").text == "abcXd");
    }
    SECTION("Home then insert") {
        console.press(KeyCode::home).type("X\r");
        CHECK(run(console, "abcd").text == "Xabcd");
    }
    SECTION("Home then End then insert") {
        console.press(KeyCode::home).press(KeyCode::end).type("X\r");
        CHECK(run(console, "abcd").text == "abcdX");
    }
    SECTION("Left stops at the start") {
        for (int i = 0; i < 10; ++i)
            console.press(KeyCode::left);
        console.type("X\r");
        CHECK(run(console, "ab").text == "Xab");
    }
    SECTION("Right stops at the end") {
        console.press(KeyCode::home);
        for (int i = 0; i < 10; ++i)
            console.press(KeyCode::right);
        console.type("X\r");
        CHECK(run(console, "ab").text == "abX");
    }
    SECTION("Up and Down do not move the cursor or change the text") {
        console.press(KeyCode::left).press(KeyCode::up).press(KeyCode::down).type("X\r");
        CHECK(run(console, "ab").text == "aXb");
    }
    SECTION("the drawn cursor follows") {
        console.press(KeyCode::home).press(KeyCode::right).press(KeyCode::right);
        console.press(KeyCode::interrupt);
        run(console, "abcd");
        const Drawn drawn = last_drawn(console.output());
        CHECK(drawn.line == "> abcd");
        CHECK(drawn.column == 4);  // the prompt and "ab"
    }
    SECTION("at the start the cursor goes back to column 0") {
        console.press(KeyCode::home).press(KeyCode::interrupt);
        run(console, "abcd", "");
        const std::string& out = console.output();
        // The last draw puts the cursor at the start and moves no further.
        const std::string tail = "\r\x1b[Kabcd\r\r\n";
        REQUIRE(out.size() >= tail.size());
        CHECK(out.substr(out.size() - tail.size()) == tail);
    }
}

TEST_CASE("edit_line erases with Backspace and Delete", "[line_editor]") {
    ScriptedConsole console;
    SECTION("Backspace at the end") {
        console.press(KeyCode::backspace).press(KeyCode::enter);
        CHECK(run(console, "abcd").text == "abc");
    }
    SECTION("Backspace in the middle") {
        console.press(KeyCode::left).press(KeyCode::backspace).type("X\r");
        CHECK(run(console, "abcd").text == "abXd");
    }
    SECTION("Backspace at the start does nothing") {
        console.press(KeyCode::home).press(KeyCode::backspace).type("X\r");
        CHECK(run(console, "abcd").text == "Xabcd");
    }
    SECTION("Backspace on an empty line does nothing") {
        console.press(KeyCode::backspace).press(KeyCode::backspace).type("X\r");
        CHECK(run(console).text == "X");
    }
    SECTION("Delete at the start") {
        console.press(KeyCode::home).press(KeyCode::erase).type("X\r");
        CHECK(run(console, "abcd").text == "Xbcd");
    }
    SECTION("Delete in the middle") {
        console.press(KeyCode::left).press(KeyCode::left).press(KeyCode::erase).type("X\r");
        CHECK(run(console, "abcd").text == "abXd");
    }
    SECTION("Delete at the end does nothing") {
        console.press(KeyCode::erase).type("X\r");
        CHECK(run(console, "abcd").text == "abcdX");
    }
    SECTION("Backspace everything") {
        for (int i = 0; i < 6; ++i)
            console.press(KeyCode::backspace);
        console.press(KeyCode::enter);
        const EditedLine result = run(console, "abcd");
        CHECK(result.text.empty());
        CHECK(last_drawn(console.output()).line == "> ");
    }
}

TEST_CASE("edit_line erases to the start, to the end and a word", "[line_editor]") {
    ScriptedConsole console;
    SECTION("Ctrl-U erases before the cursor") {
        console.press(KeyCode::left).press(KeyCode::left).press(KeyCode::erase_before).type("X\r");
        CHECK(run(console, "abcd").text == "Xcd");
    }
    SECTION("Ctrl-U at the end erases everything") {
        console.press(KeyCode::erase_before).press(KeyCode::enter);
        CHECK(run(console, "abcd").text.empty());
    }
    SECTION("Ctrl-K erases after the cursor") {
        console.press(KeyCode::left).press(KeyCode::left).press(KeyCode::erase_after).type("X\r");
        CHECK(run(console, "abcd").text == "abX");
    }
    SECTION("Ctrl-K at the start erases everything") {
        console.press(KeyCode::home).press(KeyCode::erase_after).press(KeyCode::enter);
        CHECK(run(console, "abcd").text.empty());
    }
    SECTION("Ctrl-W erases the word before the cursor") {
        console.press(KeyCode::erase_word).press(KeyCode::enter);
        CHECK(run(console, "one two three").text == "one two ");
    }
    SECTION("Ctrl-W erases the spaces between the word and the cursor too") {
        console.press(KeyCode::erase_word).press(KeyCode::enter);
        CHECK(run(console, "one two   ").text == "one ");
    }
    SECTION("Ctrl-W twice erases two words") {
        console.press(KeyCode::erase_word).press(KeyCode::erase_word).press(KeyCode::enter);
        CHECK(run(console, "one two three").text == "one ");
    }
    SECTION("Ctrl-W in the middle keeps what is after the cursor") {
        for (int i = 0; i < 6; ++i)
            console.press(KeyCode::left);
        console.press(KeyCode::erase_word).type("X\r");
        CHECK(run(console, "one two three").text == "one X three");
    }
    SECTION("Ctrl-W on one word erases it all") {
        console.press(KeyCode::erase_word).press(KeyCode::enter);
        CHECK(run(console, "word").text.empty());
    }
    SECTION("Ctrl-W at the start does nothing") {
        console.press(KeyCode::home).press(KeyCode::erase_word).press(KeyCode::enter);
        CHECK(run(console, "one two").text == "one two");
    }
}

TEST_CASE("edit_line moves and erases whole UTF-8 characters", "[line_editor]") {
    KeyConsole console;
    SECTION("Backspace after café removes é whole") {
        console.chars("café").key(KeyCode::backspace).key(KeyCode::enter);
        CHECK(run(console).text == "caf");
    }
    SECTION("Left moves over é whole") {
        console.chars("café").key(KeyCode::left).chars("X").key(KeyCode::enter);
        CHECK(run(console).text == "cafXé");
    }
    SECTION("Left twice moves over é and f") {
        console.key(KeyCode::left, 2).chars("X").key(KeyCode::enter);
        CHECK(run(console, "café").text == "caXfé");
    }
    SECTION("Right moves over € whole") {
        console.key(KeyCode::home).key(KeyCode::right).chars("X").key(KeyCode::enter);
        CHECK(run(console, "€uro").text == "€Xuro");
    }
    SECTION("Delete removes an emoji whole") {
        console.key(KeyCode::home).key(KeyCode::erase).key(KeyCode::enter);
        CHECK(run(console, "😀ok").text == "ok");
    }
    SECTION("Ctrl-W removes a word of multi-byte characters") {
        console.key(KeyCode::erase_word).key(KeyCode::enter);
        CHECK(run(console, "naïve crème brûlée").text == "naïve crème ");
    }
    SECTION("the drawn cursor counts columns, not bytes") {
        console.key(KeyCode::left).key(KeyCode::interrupt);
        run(console, "é€😀x");
        const Drawn drawn = last_drawn(console.output());
        CHECK(drawn.line == "> é€😀x");
        CHECK(drawn.column == 6);  // "> ", é and € one column each, the emoji two
    }
    SECTION("the drawn cursor counts a wide character as two columns") {
        console.key(KeyCode::left).key(KeyCode::interrupt);
        run(console, "日本語x");
        CHECK(last_drawn(console.output()).column == 8);  // "> " and three wide characters
    }
    SECTION("the drawn cursor counts a combining mark as no column") {
        console.key(KeyCode::interrupt);
        run(console, "cafe\u0301");
        CHECK(last_drawn(console.output()).column == 6);  // "> " and four columns
    }
    SECTION("a long line of wide characters keeps the cursor on screen") {
        console.set_width(40);
        console.key(KeyCode::interrupt);
        std::string wide;
        for (int i = 0; i < 30; ++i)
            wide += "日";  // 60 columns
        run(console, wide);
        const Drawn drawn = last_drawn(console.output());
        CHECK(drawn.column <= 39);
        CHECK(gait::display_width(drawn.line) <= 40);
    }
}

TEST_CASE("edit_line returns the text with Escape", "[line_editor]") {
    ScriptedConsole console;
    console.type("draft").press(KeyCode::escape).type("more\r");
    const EditedLine result = run(console, "a ");
    CHECK(result.text == "a draft");
    CHECK(result.ended_by == KeyCode::escape);
    CHECK(console.keys_left() == 5);
}

TEST_CASE("edit_line returns with the exit key that ended it", "[line_editor]") {
    const KeyCode code =
        GENERATE(KeyCode::interrupt, KeyCode::end_of_input, KeyCode::hang_up, KeyCode::terminate);
    ScriptedConsole console;
    console.type("typed").press(code).type("after\r");
    const EditedLine result = run(console, "x");
    CHECK(result.text == "xtyped");
    CHECK(result.ended_by == code);
    CHECK(gait::is_exit_key(Key{result.ended_by, {}}));
    CHECK(console.keys_left() == 6);
    CHECK(console.output().substr(console.output().size() - 2) == "\r\n");
}

TEST_CASE("edit_line ends with end_of_input when the input runs out", "[line_editor]") {
    ScriptedConsole console;
    console.type("abc");
    const EditedLine result = run(console);
    CHECK(result.text == "abc");
    CHECK(result.ended_by == KeyCode::end_of_input);
}

TEST_CASE("edit_line ignores unknown keys and redraws on resize", "[line_editor]") {
    ScriptedConsole console(40);
    console.type("ab").press(KeyCode::unknown).press(KeyCode::resized).type("c\r");
    const EditedLine result = run(console);
    CHECK(result.text == "abc");
    CHECK(result.ended_by == KeyCode::enter);
}

TEST_CASE("edit_line never writes an escape sequence typed as text", "[line_editor]") {
    KeyConsole console;
    console.key_text("\x1b[31m").chars("red").key(KeyCode::enter);
    const EditedLine result = run(console);
    // The text itself is kept as typed...
    CHECK(result.text == "\x1b[31mred");
    // ...but shown in caret form, and no ESC reaches the terminal but the editor's own.
    CHECK(last_drawn(console.output()).line == "> ^[[31mred");
    CHECK(without_editor_codes(console.output()).find('\x1b') == std::string::npos);
    CHECK(console.output().find("\x1b[31m") == std::string::npos);
}

TEST_CASE("edit_line shows control characters in the initial text in caret form", "[line_editor]") {
    ScriptedConsole console;
    console.press(KeyCode::enter);
    const EditedLine result = run(console, "a\x1b]0;title\x07z");
    CHECK(result.text == "a\x1b]0;title\x07z");
    CHECK(last_drawn(console.output()).line == "> a^[]0;title^Gz");
    CHECK(without_editor_codes(console.output()).find('\x1b') == std::string::npos);
    CHECK(console.output().find('\x07') == std::string::npos);
}

TEST_CASE("edit_line never writes an ESC hidden in a broken UTF-8 key", "[line_editor]") {
    // decode_key("\xe2\x1b[A") hands over "\xe2\x1b[" as one text key; the ESC in it
    // must not reach the terminal raw.
    KeyConsole console;
    console.key_text("\xe2\x1b[").chars("31mred").key(KeyCode::enter);
    run(console);
    CHECK(without_editor_codes(console.output()).find('\x1b') == std::string::npos);
}

TEST_CASE("edit_line keeps the cursor in view on a line longer than the width", "[line_editor]") {
    const std::size_t width = GENERATE(10u, 20u, 33u);
    CAPTURE(width);
    std::string typed;
    for (int i = 0; i < 60; ++i)
        typed += static_cast<char>('a' + i % 26);

    SECTION("typing at the end") {
        ScriptedConsole console(width);
        console.type(typed).press(KeyCode::enter);
        const EditedLine result = run(console);
        CHECK(result.text == typed);
        const Drawn drawn = last_drawn(console.output());
        CHECK(gait::display_width(drawn.line) < width);
        CHECK(drawn.column < width);
        // The end of the text, where the cursor is, is what is shown.
        const std::string shown = drawn.line.substr(2);
        CHECK(typed.substr(typed.size() - shown.size()) == shown);
        CHECK(drawn.column == 2 + shown.size());
    }
    SECTION("every draw fits while typing") {
        ScriptedConsole console(width);
        console.type(typed).press(KeyCode::enter);
        run(console);
        const std::string& out = console.output();
        std::size_t draws = 0;
        for (std::size_t at = out.find("\r\x1b[K"); at != std::string::npos;
             at = out.find("\r\x1b[K", at + 1)) {
            const std::size_t end = out.find('\r', at + 4);
            REQUIRE(end != std::string::npos);
            CHECK(gait::display_width(out.substr(at + 4, end - at - 4)) < width);
            ++draws;
        }
        CHECK(draws == typed.size() + 1);
    }
    SECTION("after Home the start is shown") {
        ScriptedConsole console(width);
        console.type(typed).press(KeyCode::home).press(KeyCode::enter);
        run(console);
        const Drawn drawn = last_drawn(console.output());
        CHECK(gait::display_width(drawn.line) < width);
        CHECK(drawn.column == 2);
        CHECK(drawn.line.substr(0, 4) == "> ab");
        CHECK(drawn.line.substr(drawn.line.size() - 3) == "…");  // cut, and says so
    }
    SECTION("in the middle") {
        ScriptedConsole console(width);
        console.type(typed);
        for (int i = 0; i < 15; ++i)
            console.press(KeyCode::left);
        console.press(KeyCode::enter);
        run(console);
        const Drawn drawn = last_drawn(console.output());
        CHECK(gait::display_width(drawn.line) < width);
        CHECK(drawn.column >= 2);
        CHECK(drawn.column < width);
    }
    SECTION("with multi-byte characters") {
        KeyConsole console(width);
        for (int i = 0; i < 40; ++i)
            console.chars("é€");
        console.key(KeyCode::enter);
        const EditedLine result = run(console);
        CHECK(result.text.size() == 40 * 5);
        const Drawn drawn = last_drawn(console.output());
        CHECK(gait::display_width(drawn.line) < width);
        CHECK(drawn.column < width);
        CHECK(drawn.column == gait::display_width(drawn.line));
    }
    SECTION("with control characters shown in caret form") {
        KeyConsole console(width);
        for (int i = 0; i < 30; ++i)
            console.key_text("\x07");
        console.key(KeyCode::enter);
        run(console);
        const Drawn drawn = last_drawn(console.output());
        CHECK(gait::display_width(drawn.line) < width);
        CHECK(drawn.column < width);
        CHECK(drawn.column == gait::display_width(drawn.line));
    }
}

TEST_CASE("edit_line shows the character before the cursor in the middle of a long line",
          "[line_editor]") {
    // Typing in the middle of a line wider than the terminal: what was just typed
    // must be visible right before the cursor, not hidden under the ellipsis.
    ScriptedConsole console(20);
    console.type(std::string(40, 'a'));
    for (int i = 0; i < 10; ++i)
        console.press(KeyCode::left);
    console.type("Z").press(KeyCode::enter);
    run(console);
    const Drawn drawn = last_drawn(console.output());
    REQUIRE(drawn.column >= 1);
    // The byte just before the cursor column is the typed Z (all ASCII but the "…").
    const std::size_t z = drawn.line.find('Z');
    CHECK(z != std::string::npos);
    CHECK(z + 1 == drawn.column);
}

TEST_CASE("edit_line takes no more than a value may hold and says so", "[line_editor]") {
    KeyConsole console;
    // 65,535 bytes; a two-byte character would end past 64 KiB and is not taken,
    // not even half of it; one byte more still fits, then nothing does.
    console.key_text(std::string(gait::limits::text_bytes - 1, 'a'))
        .key_text("\xc3\xa9")
        .key_text("b")
        .key_text("c")
        .key(KeyCode::enter);
    const EditedLine result = run(console);
    CHECK(result.text == std::string(gait::limits::text_bytes - 1, 'a') + "b");
    CHECK(result.ended_by == KeyCode::enter);
    CHECK(console.output().find("(a line holds at most 64 KiB: the rest was not taken)") !=
          std::string::npos);
}

TEST_CASE("fold_paste makes pasted lines one line and drops control characters", "[line_editor]") {
    using gait::fold_paste;
    CHECK(fold_paste("one\ntwo") == "one two");
    CHECK(fold_paste("one\r\ntwo\r\n\r\nthree") == "one two three");  // a run of breaks: one space
    CHECK(fold_paste("a\tb") == "a b");
    CHECK(fold_paste("x\x1b]52;c;aGk=\x07y") == "x]52;c;aGk=y");  // ESC and BEL dropped
    CHECK(fold_paste("caf\xc3\xa9 \xff!") == "caf\xc3\xa9 !");    // a byte that is not UTF-8
    CHECK(fold_paste("  two  spaces  ") == "  two  spaces  ");
    CHECK(fold_paste("") == "");
}

TEST_CASE("a paste goes into the line at the cursor and never ends it", "[line_editor]") {
    KeyConsole console;
    console.chars("ab").key(KeyCode::left).paste("1\n2\ny\n").key(KeyCode::enter);
    const EditedLine result = run(console);
    CHECK(result.text == "a1 2 y b");
    CHECK(result.ended_by == KeyCode::enter);
}

TEST_CASE("a paste past the limit is cut at a whole character and the editor says so",
          "[line_editor]") {
    KeyConsole console;
    console.paste(std::string(gait::limits::text_bytes + 10, 'p')).key(KeyCode::enter);
    const EditedLine result = run(console);
    CHECK(result.text == std::string(gait::limits::text_bytes, 'p'));
    CHECK(console.output().find("(a line holds at most 64 KiB: the rest was not taken)") !=
          std::string::npos);
}

TEST_CASE("edit_line does not draw while more keys are waiting", "[line_editor]") {
    // Case 8 of the hardening issue: a paste without bracketed paste arrives as
    // keys, and a redraw of the whole line per key made it quadratic.
    KeyConsole console;
    console.waiting_counts(true);
    console.chars(std::string(5000, 'k')).key(KeyCode::enter);
    const EditedLine result = run(console);
    CHECK(result.text == std::string(5000, 'k'));
    // Every key was waiting when the editor would have drawn: nothing drawn,
    // only the newline that ends the line.
    CHECK(console.output() == "\r\n");
}

TEST_CASE("the cursor crosses a letter and its combining accent in one step", "[line_editor]") {
    // "e" + U+0301 COMBINING ACUTE ACCENT shows as one character, é.
    KeyConsole console;
    console.chars("ae\xcc\x81z").key(KeyCode::left, 2).chars("X").key(KeyCode::backspace);
    console.key(KeyCode::right).key(KeyCode::backspace).key(KeyCode::enter);
    const EditedLine result = run(console);
    // Left twice: before the accented e; X typed and erased; right crosses é;
    // Backspace erases the e with its accent.
    CHECK(result.text == "az");
}
