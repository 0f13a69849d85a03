#include "gait/ask/questionnaire.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "gait/ask/line_editor.hpp"
#include "gait/score/scoring.hpp"
#include "gait/util/text_format.hpp"

#include "ask/help_view.hpp"
#include "ask/phase_notice.hpp"
#include "ask/screen_lines.hpp"

namespace gait {
namespace {

const char* const clear_screen = "\x1b[H\x1b[2J";
// Lines longer than this are hard to read, however wide the terminal.
constexpr std::size_t widest_text = 100;

struct Item {
    const Phase* phase;
    const Question* question;
};

std::vector<Item> flatten(const Rubric& rubric) {
    std::vector<Item> items;
    for (const Phase& phase : rubric.phases) {
        for (const Question& question : phase.questions)
            items.push_back({&phase, &question});
    }
    return items;
}

QuestionnaireEnd end_for(KeyCode code) {
    switch (code) {
        case KeyCode::terminate:
            return QuestionnaireEnd::terminated;
        case KeyCode::hang_up:
            return QuestionnaireEnd::hung_up;
        case KeyCode::end_of_input:
            return QuestionnaireEnd::input_ended;
        default:
            return QuestionnaireEnd::interrupted;
    }
}

// What the person did on a screen: where to go next, or how it all ended.
struct Step {
    enum Kind { answered, back, skip, go_to, next_unanswered, review, end } kind;
    QuestionnaireEnd ended = QuestionnaireEnd::finished;  // for Kind end
    std::size_t target = 0;                               // for Kind go_to
};

Step ended(QuestionnaireEnd how) {
    return {Step::end, how};
}

// The review's list cut into pages that fit the terminal's rows.
struct ReviewPages {
    std::vector<std::string> entries;  // one a question, wrapped, each line ending in a newline
    std::vector<std::size_t> starts;   // the first entry of each page
};

class Questionnaire {
  public:
    Questionnaire(const Rubric& rubric, Answers& answers, Console& console,
                  const QuestionnaireOptions& options,
                  const std::function<void(const Answers&)>& save)
        : rubric_(rubric),
          answers_(answers),
          console_(console),
          options_(options),
          save_(save),
          items_(flatten(rubric)),
          keys_(choice_keys(rubric)) {}

    QuestionnaireEnd run() {
        if (const auto ended = open()) return *ended;
        // Forward goes to the next question left when the questionnaire opened
        // (unanswered, or carried over to confirm): a fresh start asks every
        // question, a resumed one only what is left, then the review. Back goes
        // to any question; g, u and the review's numbers jump to one.
        std::vector<bool> wanted(items_.size(), false);
        for (const std::size_t i : needing_attention())
            wanted[i] = true;
        const auto next_wanted = [&](std::size_t from) {
            while (from < items_.size() && !wanted[from])
                ++from;
            return from;
        };
        const std::size_t review_screen = items_.size();
        std::size_t at = next_wanted(0);
        bool back_to_review = false;   // a question picked from the review returns to it
        std::size_t review_focus = 0;  // the review opens at the page holding this question
        for (;;) {
            const Step step = at == review_screen ? review(review_focus) : ask(at);
            if (at == review_screen) back_to_review = true;
            switch (step.kind) {
                case Step::end:
                    return step.ended;
                case Step::back:
                    at = at > 0 ? at - 1 : 0;
                    back_to_review = false;
                    break;
                case Step::go_to:
                    if (at != review_screen) back_to_review = false;
                    at = step.target;
                    break;
                case Step::next_unanswered:
                    at = next_needing_attention(at);
                    if (at == review_screen) notice_ = "Every question is answered.";
                    break;
                case Step::review:
                    review_focus = at;
                    at = review_screen;
                    break;
                case Step::answered:
                case Step::skip:
                    review_focus = back_to_review ? at : 0;
                    at = back_to_review ? review_screen : forward_from(at, next_wanted(at + 1));
                    break;
            }
        }
    }

  private:
    // The opening screen, and the team's name when it is not known yet.
    std::optional<QuestionnaireEnd> open() {
        const TextStyle style = screen_style();
        std::string out = clear_screen;
        out +=
            paint(fmt::format("gait · {} {}", printable(rubric_.title), printable(rubric_.version)),
                  Paint::bold, style) +
            "\n\n";
        std::vector<std::string> phase_names;
        for (const Phase& phase : rubric_.phases)
            phase_names.push_back(printable(phase.name));
        out += wrap(fmt::format("{} questions in {} phases: {}.", items_.size(),
                                rubric_.phases.size(), fmt::join(phase_names, ", ")),
                    style.width, "", "");
        out += wrap(fmt::format("Answers are saved to {} after every answer: stop at any time "
                                "and run the same command again to go on.",
                                printable(options_.save_path)),
                    style.width, "", "");
        out += "\n" + wrap("Keys: " + key_help(), style.width, "", "  ") + "\n";
        const std::size_t answered = answered_count();
        const std::size_t left = needing_attention().size();
        const std::size_t to_confirm = left - (items_.size() - answered);
        const std::string confirm =
            to_confirm > 0 ? fmt::format(", {} to confirm", to_confirm) : std::string();
        if (left == 0) {
            out += wrap(fmt::format("Resuming {}: all {} answered, showing the review.",
                                    printable(answers_.team), answered),
                        style.width, "", "");
        } else if (answered > 0) {
            out += wrap(fmt::format("Resuming {}: {} of {} answered{}, starting at question {}.",
                                    printable(answers_.team), answered, items_.size(), confirm,
                                    first_unanswered() + 1),
                        style.width, "", "");
        }
        console_.write(out);
        while (answers_.team.empty()) {
            const EditedLine team = edit_line(console_, "Team name: ", "");
            if (is_exit_key({team.ended_by, {}})) return end_for(team.ended_by);
            if (team.ended_by == KeyCode::escape) return QuestionnaireEnd::quit;
            answers_.team = trim(team.text);
        }
        if (options_.ask_respondent && answers_.respondent.empty() && answered == 0) {
            const EditedLine name = edit_line(console_, "Your name (Enter to skip): ", "");
            if (is_exit_key({name.ended_by, {}})) return end_for(name.ended_by);
            if (name.ended_by == KeyCode::escape) return QuestionnaireEnd::quit;
            answers_.respondent = trim(name.text);
        }
        console_.write("Press any key to begin, q to quit. ");
        const Key key = console_.read_key();
        console_.write("\n");
        if (is_exit_key(key)) return end_for(key.code);
        if (key.code == KeyCode::text && key.text == "q") return QuestionnaireEnd::quit;
        return std::nullopt;
    }

    // The next question after `index` on the way forward, saying a phase's
    // score when its last question is behind.
    std::size_t forward_from(std::size_t index, std::size_t next) {
        if (next == items_.size() || items_[next].phase != items_[index].phase) {
            notice_ = phase_done_notice(score(rubric_, answers_), items_[index].phase->id);
        }
        return next;
    }

    // The next question after `index` that wants the team, round the end; the
    // review when none does.
    std::size_t next_needing_attention(std::size_t index) const {
        const std::size_t start = index < items_.size() ? index + 1 : 0;
        for (std::size_t k = 0; k < items_.size(); ++k) {
            const std::size_t i = (start + k) % items_.size();
            if (needs_attention(*items_[i].question)) return i;
        }
        return items_.size();
    }

    Step ask(std::size_t index) {
        const Question& question = *items_[index].question;
        HelpView help;
        // Nothing is highlighted on an unanswered question, so a stray Enter answers nothing.
        std::optional<std::size_t> highlight = current_choice(question);
        for (;;) {
            draw(index, highlight, help);
            for (;;) {
                const Key key = console_.read_key();
                if (is_exit_key(key)) return ended(end_for(key.code));
                const std::optional<std::size_t> chosen = chosen_by(key, question, highlight);
                if (chosen) {
                    set_choice(question, rubric_.scale[*chosen].id);
                    // Not applicable should say why: one line, Enter skips.
                    if (!rubric_.scale[*chosen].value) {
                        if (const auto how = edit_text(question, reason_prompt, &Answer::reason))
                            return ended(*how);
                    }
                    return {Step::answered};
                }
                const std::string text = key.code == KeyCode::text ? key.text : "";
                if (key.code == KeyCode::left || text == "b") return {Step::back};
                if (key.code == KeyCode::right || text == "s") return {Step::skip};
                if (text == "q") return ended(QuestionnaireEnd::quit);
                if (text == "u") return {Step::next_unanswered};
                if (text == "r") return {Step::review};
                if (text == "g" || text == ":") {
                    if (const auto step = ask_question_number()) return *step;
                } else if (key.code == KeyCode::backspace || key.code == KeyCode::erase) {
                    clear_choice(question);
                    highlight.reset();
                } else if (text == "?") {
                    turn_help_page(help);
                } else if (text == "e") {
                    if (const auto how = edit_text(question, "Note: ", &Answer::note))
                        return ended(*how);
                } else if (key.code == KeyCode::up || key.code == KeyCode::down) {
                    highlight = move_highlight(question, highlight, key.code == KeyCode::up);
                } else if (key.code == KeyCode::paste) {
                    // Pasted letters must not answer this question and the next ones.
                    console_.write(
                        "\r\x1b[KA paste goes into a note: press e to write one, "
                        "then paste.");
                    continue;
                } else if (key.code != KeyCode::resized) {
                    hint(question);
                    continue;
                }
                break;  // draw again
            }
        }
    }

    // The choice a key picks: its letter, its digit, or Enter on the highlighted one.
    std::optional<std::size_t> chosen_by(const Key& key, const Question& question,
                                         std::optional<std::size_t> highlight) const {
        std::optional<std::size_t> choice;
        if (key.code == KeyCode::enter) choice = highlight;
        if (key.code == KeyCode::text && key.text.size() == 1) {
            const char c = key.text[0];
            if (c >= '1' && c <= '9') choice = static_cast<std::size_t>(c - '1');
            for (const ChoiceKey& k : keys_) {
                if (k.key == std::tolower(static_cast<unsigned char>(c))) choice = k.choice;
            }
        }
        if (choice && (*choice >= rubric_.scale.size() || !allowed(question, *choice))) {
            return std::nullopt;
        }
        return choice;
    }

    static constexpr const char* reason_prompt = "Why does this not apply? (Enter to skip): ";

    // One line of an answer's text, its note or its reason, edited under the question.
    std::optional<QuestionnaireEnd> edit_text(const Question& question, const char* prompt,
                                              std::string Answer::*field) {
        const Answer* had = find_answer(question.id);
        const std::string before = had ? had->*field : std::string{};
        const EditedLine line = edit_line(console_, prompt, before);
        // Escape cancels; Enter, and any way out of the whole questionnaire, keeps
        // the text as typed so far.
        if (line.ended_by != KeyCode::escape && trim(line.text) != before) {
            answer_for(question.id).*field = trim(line.text);
            save();
        }
        if (is_exit_key({line.ended_by, {}})) return end_for(line.ended_by);
        return std::nullopt;
    }

    // g: the number of a question to go to, typed under the question. A
    // number that is no question's is said; then, as after Escape or Enter
    // alone, the question stays (nullopt).
    std::optional<Step> ask_question_number() {
        const EditedLine line =
            edit_line(console_, fmt::format("Go to question (1-{}), Enter: ", items_.size()), "");
        if (is_exit_key({line.ended_by, {}})) return ended(end_for(line.ended_by));
        const std::string text = trim(line.text);
        if (line.ended_by == KeyCode::escape || text.empty()) return std::nullopt;
        if (const auto target = question_numbered(text)) return Step{Step::go_to, {}, *target};
        return std::nullopt;
    }

    // The index of the question a typed number names; otherwise says which numbers there are.
    std::optional<std::size_t> question_numbered(const std::string& text) {
        const std::size_t number = parse_number(text);
        if (number >= 1 && number <= items_.size()) return number - 1;
        notice_ = fmt::format("There is no question {}; the numbers go from 1 to {}.",
                              printable(text), items_.size());
        return std::nullopt;
    }

    // The list of every question and its answer, a page at a time; digits and
    // Enter pick a question, Enter alone finishes.
    Step review(std::size_t focus) {
        std::string typed;
        std::optional<std::size_t> page;  // the one holding `focus` until paged
        for (;;) {
            draw_review(page, focus, typed);
            const Key key = console_.read_key();
            if (is_exit_key(key)) return ended(end_for(key.code));
            const std::string text = key.code == KeyCode::text ? key.text : "";
            if (key.code == KeyCode::enter) {
                if (typed.empty()) return ended(QuestionnaireEnd::finished);
                const auto target = question_numbered(typed);
                typed.clear();
                if (target) return {Step::go_to, {}, *target};
            } else if (text.size() == 1 && text[0] >= '0' && text[0] <= '9') {
                if (typed.size() < 6) typed += text;
            } else if (key.code == KeyCode::backspace) {
                if (!typed.empty()) typed.pop_back();
            } else if (key.code == KeyCode::escape) {
                typed.clear();
            } else if (text == "q") {
                return ended(QuestionnaireEnd::quit);
            } else if (text == "u") {
                return {Step::next_unanswered, {}, 0};
            } else if (text == " " || key.code == KeyCode::down || key.code == KeyCode::right ||
                       key.code == KeyCode::page_down) {
                ++*page;  // draw_review stops at the last page
            } else if (text == "b" || key.code == KeyCode::up || key.code == KeyCode::left ||
                       key.code == KeyCode::page_up) {
                page = *page > 0 ? *page - 1 : 0;
            } else if (key.code != KeyCode::resized) {
                notice_ =
                    "Type a question's number and Enter to change its answer; Enter alone "
                    "finishes.";
            }
        }
    }

    // The screen's style: the terminal's, never wider than widest_text.
    TextStyle screen_style() const {
        TextStyle style = console_.style();
        style.width = std::min(style.width, widest_text);
        return style;
    }

    // Rows a screen may fill: the last one is kept for the hint or a prompt.
    std::size_t screen_rows() const { return std::max<std::size_t>(console_.rows(), 2) - 1; }

    // A question's screen, fitted to the terminal's rows: short of rows, the
    // progress bar and blank lines go and the keys take one line, and the help
    // shows what fits, then "… more"; the question and its choices always stay.
    void draw(std::size_t index, std::optional<std::size_t> highlight, HelpView& help) {
        const TextStyle style = screen_style();
        const Question& question = *items_[index].question;
        const std::string header = take_notice(style) + question_header(index, style);
        const std::string progress = progress_bar(style);
        const std::string body = question_body(question, style);
        std::string choices = render_choices(question, highlight, style);
        if (const std::string note = note_of(question); !note.empty()) {
            choices += wrap_verbatim("Note: " + printable(note), style.width, "", "  ");
        }
        const std::string keys =
            paint(wrap(key_help(&question), style.width, "", ""), Paint::dim, style);
        const std::string help_text = help.open ? render_help(question, style) : "";
        const std::size_t rows = screen_rows();
        const std::size_t roomy = line_count(header + progress + body + choices + keys) + 3;
        const bool compact = roomy > rows || (help.open && roomy + 2 > rows);
        std::string out = clear_screen + header;
        out += compact ? body + choices : progress + "\n" + body + "\n" + choices;
        const std::string footer =
            compact ? paint(truncate(short_key_help(), style.width), Paint::dim, style) + "\n"
                    : "\n" + keys;
        if (help.open) {
            const std::size_t used = line_count(out + footer) + (compact ? 0 : 1);
            out +=
                (compact ? "" : "\n") + help_window(help_text, rows - std::min(rows, used), help);
        }
        console_.write(out + footer);
    }

    std::string question_header(std::size_t index, const TextStyle& style) const {
        const Question& question = *items_[index].question;
        const Area* area = find_area(rubric_, question.area);
        return wrap(fmt::format("Question {} of {} · {} · {}", index + 1, items_.size(),
                                printable(items_[index].phase->name),
                                printable(area ? area->name : question.area)),
                    style.width, "", "");
    }

    std::string progress_bar(const TextStyle& style) const {
        const std::size_t answered = answered_count();
        return bar(static_cast<double>(answered) / static_cast<double>(items_.size()),
                   std::min<std::size_t>(30, style.width / 2)) +
               fmt::format(" {} answered\n", answered);
    }

    // The question, and what to know before answering it.
    std::string question_body(const Question& question, const TextStyle& style) const {
        std::string out =
            wrap(paint(printable(question.text), Paint::bold, style), style.width, "", "");
        if (question.essential)
            out += paint("Essential to this phase.", Paint::yellow, style) + "\n";
        if (const Answer* answer = find_answer(question.id);
            answer && !answer->carried_from.empty()) {
            out += wrap(paint(fmt::format("Carried over from '{}', asked in two parts now: confirm "
                                          "the answer or change it.",
                                          printable(answer->carried_from)),
                              Paint::yellow, style),
                        style.width, "", "");
        }
        return out;
    }

    std::string render_choices(const Question& question, std::optional<std::size_t> highlight,
                               const TextStyle& style) const {
        const std::optional<std::size_t> current = current_choice(question);
        std::string out;
        for (std::size_t c = 0; c < rubric_.scale.size(); ++c) {
            if (!allowed(question, c)) continue;
            std::string line = fmt::format("{} {} {}  {}", c == highlight ? "›" : " ", c + 1,
                                           letter_for(c), printable(rubric_.scale[c].label));
            if (current == c) line += "  (current answer)";
            out += "  " + (c == highlight ? paint(line, Paint::cyan, style) : line) + "\n";
        }
        return out;
    }

    std::string render_help(const Question& question, const TextStyle& style) const {
        std::string out;
        if (!question.help.empty()) {
            out +=
                "\n" + wrap("Why it matters: " + printable(question.help), style.width, "", "  ");
        }
        if (!question.guidance.empty()) {
            out +=
                "\n" + wrap("What to do: " + printable(question.guidance), style.width, "", "  ");
        }
        return out.empty() ? "This question has no help text.\n" : out.substr(1);
    }

    // Every question, numbered, with its answer beside its text.
    ReviewPages review_pages(std::size_t rows) const {
        const TextStyle style = screen_style();
        std::size_t answer_width = display_width("unanswered");
        for (const ScaleChoice& choice : rubric_.scale)
            answer_width = std::max(answer_width, display_width(printable(choice.label)));
        answer_width = std::min<std::size_t>(answer_width, 20);
        const std::size_t digits = std::to_string(items_.size()).size();
        const std::string indent(digits + 2 + answer_width + 2, ' ');
        ReviewPages pages;
        std::vector<std::size_t> heights;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const Question& question = *items_[i].question;
            const std::optional<std::size_t> choice = current_choice(question);
            const std::string answer =
                pad_right(truncate(choice ? printable(rubric_.scale[*choice].label) : "unanswered",
                                   answer_width),
                          answer_width);
            const std::string number = pad_left(std::to_string(i + 1), digits) + ". ";
            const std::string text =
                printable(question.text) + (note_of(question).empty() ? "" : " (note)");
            pages.entries.push_back(wrap(
                text, style.width,
                number + (choice ? answer : paint(answer, Paint::yellow, style)) + "  ", indent));
            heights.push_back(line_count(pages.entries.back()));
        }
        pages.starts = page_starts(heights, std::max<std::size_t>(rows, 1));
        return pages;
    }

    static std::size_t page_holding(const ReviewPages& pages, std::size_t entry) {
        std::size_t page = 0;
        while (page + 1 < pages.starts.size() && pages.starts[page + 1] <= entry)
            ++page;
        return page;
    }

    // One page of the review, with its message and the keys under it: all on screen.
    void draw_review(std::optional<std::size_t>& page, std::size_t focus,
                     const std::string& typed) {
        const TextStyle style = screen_style();
        std::string message = take_notice(style);
        const std::string keys =
            paint(wrap("Number and Enter: change that answer · Enter: finish · Space ↓ next page · "
                       "↑ b previous page · u next unanswered · q quit",
                       style.width, "", ""),
                  Paint::dim, style);
        const std::size_t rows = screen_rows();
        const std::size_t around = 3 + line_count(message + keys);  // heading, blank lines
        const ReviewPages pages = review_pages(rows > around ? rows - around : 1);
        if (!page) page = page_holding(pages, focus);
        page = std::min(*page, pages.starts.size() - 1);
        const std::size_t first = pages.starts[*page];
        const std::size_t end =
            *page + 1 < pages.starts.size() ? pages.starts[*page + 1] : pages.entries.size();
        std::string out = clear_screen;
        out += paint(fmt::format("Review: {} of {} answered · page {} of {}", answered_count(),
                                 items_.size(), *page + 1, pages.starts.size()),
                     Paint::bold, style) +
               "\n\n";
        for (std::size_t i = first; i < end; ++i)
            out += pages.entries[i];
        out += "\n" + message + keys + "Question number: " + typed;
        console_.write(out);
    }

    void hint(const Question& question) {
        std::vector<std::string> letters;
        for (std::size_t c = 0; c < rubric_.scale.size(); ++c) {
            if (allowed(question, c)) letters.push_back(std::string(1, letter_for(c)));
        }
        console_.write(fmt::format("\r\x1b[KPress {} to answer, ? for help, q to quit.",
                                   fmt::join(letters, ", ")));
    }

    // The keys, with the answers a question allows; all of them when there is no question.
    std::string key_help(const Question* question = nullptr) const {
        std::vector<std::string> parts;
        std::size_t last_digit = 0;
        for (const ChoiceKey& k : keys_) {
            if (question && !allowed(*question, k.choice)) continue;
            parts.push_back(fmt::format("{} {}", k.key, printable(rubric_.scale[k.choice].label)));
            last_digit = std::max(last_digit, k.choice + 1);
        }
        return fmt::format(
            "{} · 1-{} the same · ↑↓ Enter choose · ? help · b back · s skip · "
            "e note · Del clear · g go to · u unanswered · r review · q quit",
            fmt::join(parts, " · "), last_digit);
    }

    // The keys on one line, for a terminal short of rows, the most needed
    // first as a narrow terminal cuts the end: the answers' letters are on the
    // choices already.
    static std::string short_key_help() {
        return "? help · q quit · g go to · u unanswered · r review · Del clear · e note · "
               "b back · s skip";
    }

    std::string take_notice(const TextStyle& style) {
        if (notice_.empty()) return {};
        std::string out = paint(wrap(notice_, style.width, "", ""), Paint::green, style) + "\n";
        notice_.clear();
        return out;
    }

    // Del or Backspace: the question unanswered again; its note stays. The
    // answer stays in the list, blank, so the save blanks it in the file too.
    void clear_choice(const Question& question) {
        const Answer* had = find_answer(question.id);
        if (!had || (had->choice.empty() && had->carried_from.empty())) return;
        Answer& answer = answer_for(question.id);
        answer.choice.clear();
        answer.carried_from.clear();
        notice_ = "Answer cleared: the question is unanswered.";
        save();
    }

    // A choice made, or an answer carried over confirmed. Another choice ends
    // an exemption; a reason stays only with a not-applicable choice.
    void set_choice(const Question& question, const std::string& choice) {
        Answer& answer = answer_for(question.id);
        if (answer.choice != choice) {
            answer.exempt = false;
            answer.until.clear();
        }
        answer.choice = choice;
        answer.carried_from.clear();
        const ScaleChoice* picked = find_choice(rubric_, choice);
        if (picked && picked->value) answer.reason.clear();
        save();
    }

    void save() {
        if (!options_.today.empty()) answers_.date = options_.today;
        save_(answers_);
    }

    Answer& answer_for(const std::string& id) {
        for (Answer& answer : answers_.answers) {
            if (answer.question == id) return answer;
        }
        Answer answer;
        answer.question = id;
        answers_.answers.push_back(std::move(answer));
        return answers_.answers.back();
    }

    const Answer* find_answer(const std::string& id) const {
        for (const Answer& answer : answers_.answers) {
            if (answer.question == id) return &answer;
        }
        return nullptr;
    }

    std::string note_of(const Question& question) const {
        const Answer* answer = find_answer(question.id);
        return answer ? answer->note : std::string{};
    }

    std::optional<std::size_t> current_choice(const Question& question) const {
        const Answer* answer = find_answer(question.id);
        for (std::size_t c = 0; answer && c < rubric_.scale.size(); ++c) {
            if (rubric_.scale[c].id == answer->choice) return c;
        }
        return std::nullopt;
    }

    bool allowed(const Question& question, std::size_t choice) const {
        return rubric_.scale[choice].value || question.allow_na;
    }

    // The next allowed choice up or down, round the ends; from none, the first or the last.
    std::size_t move_highlight(const Question& question, std::optional<std::size_t> from,
                               bool up) const {
        const std::size_t n = rubric_.scale.size();
        std::size_t c = from.value_or(up ? 0 : n - 1);
        do
            c = up ? (c + n - 1) % n : (c + 1) % n;
        while (!allowed(question, c));
        return c;
    }

    char letter_for(std::size_t choice) const {
        for (const ChoiceKey& k : keys_) {
            if (k.choice == choice) return k.key;
        }
        return ' ';
    }

    std::size_t answered_count() const {
        std::size_t count = 0;
        for (const Item& item : items_)
            count += current_choice(*item.question).has_value();
        return count;
    }

    std::size_t first_unanswered() const {
        const std::vector<std::size_t> queue = needing_attention();
        return queue.empty() ? items_.size() : queue.front();
    }

    // Whether a question still wants the team: unanswered, or carried over to confirm.
    bool needs_attention(const Question& question) const {
        const Answer* answer = find_answer(question.id);
        return !current_choice(question) || (answer && !answer->carried_from.empty());
    }

    std::vector<std::size_t> needing_attention() const {
        std::vector<std::size_t> queue;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (needs_attention(*items_[i].question)) queue.push_back(i);
        }
        return queue;
    }

    static std::string trim(const std::string& text) {
        const std::size_t first = text.find_first_not_of(' ');
        if (first == std::string::npos) return {};
        return text.substr(first, text.find_last_not_of(' ') - first + 1);
    }

    static std::size_t parse_number(const std::string& text) {
        if (text.empty() || text.size() > 6) return 0;
        std::size_t number = 0;
        for (const char c : text) {
            if (c < '0' || c > '9') return 0;
            number = number * 10 + static_cast<std::size_t>(c - '0');
        }
        return number;
    }

    const Rubric& rubric_;
    Answers& answers_;
    Console& console_;
    const QuestionnaireOptions& options_;
    const std::function<void(const Answers&)>& save_;
    std::vector<Item> items_;
    std::vector<ChoiceKey> keys_;
    std::string notice_;  // said once, at the top of the next screen
};

}  // namespace

QuestionnaireEnd run_questionnaire(const Rubric& rubric, Answers& answers, Console& console,
                                   const QuestionnaireOptions& options,
                                   const std::function<void(const Answers&)>& save) {
    return Questionnaire(rubric, answers, console, options, save).run();
}

}  // namespace gait
