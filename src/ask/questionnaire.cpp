#include "gait/ask/questionnaire.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "gait/ask/line_editor.hpp"
#include "gait/score/scoring.hpp"
#include "gait/util/text_format.hpp"

namespace gait {
namespace {

const char* const clear_screen = "\x1b[H\x1b[2J";

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

// What the person did on a question's screen.
struct Step {
    enum Kind { answered, back, skip, quit, end } kind;
    QuestionnaireEnd ended = QuestionnaireEnd::finished;  // for Kind end
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
        // question, a resumed one only what is left. Back goes to any question.
        std::vector<bool> wanted(items_.size(), false);
        for (const std::size_t i : needing_attention())
            wanted[i] = true;
        const auto next_wanted = [&](std::size_t from) {
            while (from < items_.size() && !wanted[from])
                ++from;
            return from;
        };
        std::size_t index = next_wanted(0);
        while (index < items_.size()) {
            const Step step = ask(index);
            if (step.kind == Step::quit) return QuestionnaireEnd::quit;
            if (step.kind == Step::end) return step.ended;
            if (step.kind == Step::back) {
                index = index > 0 ? index - 1 : 0;
                continue;
            }
            const std::size_t next = next_wanted(index + 1);
            if (next == items_.size() || items_[next].phase != items_[index].phase) {
                notice_ = phase_summary(*items_[index].phase);
            }
            index = next;
        }
        return review();
    }

  private:
    // The opening screen, and the team's name when it is not known yet.
    std::optional<QuestionnaireEnd> open() {
        const TextStyle style = console_.style();
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
        console_.write("Press any key to begin, q to quit. ");
        const Key key = console_.read_key();
        console_.write("\n");
        if (is_exit_key(key)) return end_for(key.code);
        if (key.code == KeyCode::text && key.text == "q") return QuestionnaireEnd::quit;
        return std::nullopt;
    }

    Step ask(std::size_t index) {
        const Question& question = *items_[index].question;
        bool show_help = false;
        // Nothing is highlighted on an unanswered question, so a stray Enter answers nothing.
        std::optional<std::size_t> highlight = current_choice(question);
        for (;;) {
            draw(index, highlight, show_help);
            for (;;) {
                const Key key = console_.read_key();
                if (is_exit_key(key)) return {Step::end, end_for(key.code)};
                const std::optional<std::size_t> chosen = chosen_by(key, question, highlight);
                if (chosen) {
                    set_choice(question, rubric_.scale[*chosen].id);
                    return {Step::answered};
                }
                const std::string text = key.code == KeyCode::text ? key.text : "";
                if (key.code == KeyCode::left || text == "b") return {Step::back};
                if (key.code == KeyCode::right || text == "s") return {Step::skip};
                if (text == "q") return {Step::quit};
                if (text == "?") {
                    show_help = !show_help;
                } else if (text == "e") {
                    if (const auto ended = edit_note(question)) return {Step::end, *ended};
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

    std::optional<QuestionnaireEnd> edit_note(const Question& question) {
        const std::string before = note_of(question);
        const EditedLine note = edit_line(console_, "Note: ", before);
        // Escape cancels; Enter, and any way out of the whole questionnaire, keeps
        // the note as typed so far.
        if (note.ended_by != KeyCode::escape && trim(note.text) != before) {
            answer_for(question.id).note = trim(note.text);
            save();
        }
        if (is_exit_key({note.ended_by, {}})) return end_for(note.ended_by);
        return std::nullopt;
    }

    QuestionnaireEnd review() {
        for (;;) {
            draw_review();
            const EditedLine line =
                edit_line(console_, "Question number to change, or Enter to finish: ", "");
            if (is_exit_key({line.ended_by, {}})) return end_for(line.ended_by);
            const std::string text = trim(line.text);
            if (text.empty() || line.ended_by == KeyCode::escape) return QuestionnaireEnd::finished;
            if (text == "q") return QuestionnaireEnd::quit;
            const std::size_t number = parse_number(text);
            if (number == 0 || number > items_.size()) {
                notice_ = fmt::format("There is no question {}; the numbers go from 1 to {}.",
                                      printable(text), items_.size());
                continue;
            }
            const Step step = ask(number - 1);
            if (step.kind == Step::quit) return QuestionnaireEnd::quit;
            if (step.kind == Step::end) return step.ended;
        }
    }

    void draw(std::size_t index, std::optional<std::size_t> highlight, bool show_help) {
        const TextStyle style = console_.style();
        const Question& question = *items_[index].question;
        const Area* area = find_area(rubric_, question.area);
        std::string out = clear_screen;
        out += take_notice(style);
        out += wrap(fmt::format("Question {} of {} · {} · {}", index + 1, items_.size(),
                                printable(items_[index].phase->name),
                                printable(area ? area->name : question.area)),
                    style.width, "", "");
        const std::size_t answered = answered_count();
        out += bar(static_cast<double>(answered) / static_cast<double>(items_.size()),
                   std::min<std::size_t>(30, style.width / 2)) +
               fmt::format(" {} answered\n\n", answered);
        out += wrap(paint(printable(question.text), Paint::bold, style), style.width, "", "");
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
        out += "\n" + render_choices(question, highlight, style);
        if (const std::string note = note_of(question); !note.empty()) {
            out += "\n" + wrap("Note: " + printable(note), style.width, "", "  ");
        }
        if (show_help) out += render_help(question, style);
        out += "\n" + paint(wrap(key_help(&question), style.width, "", ""), Paint::dim, style);
        console_.write(out);
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
        return out.empty() ? "\nThis question has no help text.\n" : out;
    }

    void draw_review() {
        const TextStyle style = console_.style();
        std::string out = clear_screen;
        out += take_notice(style);
        out += paint(fmt::format("Review: {} of {} answered", answered_count(), items_.size()),
                     Paint::bold, style) +
               "\n\n";
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const Question& question = *items_[i].question;
            const std::optional<std::size_t> choice = current_choice(question);
            const std::string answer =
                choice ? printable(rubric_.scale[*choice].label) : std::string("unanswered");
            const std::string note = note_of(question).empty() ? "" : " (note)";
            out += truncate(fmt::format("{:>3}. {}: {}{}", i + 1, question.id, answer, note),
                            style.width) +
                   "\n";
        }
        out += "\n";
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
            "e note · q quit",
            fmt::join(parts, " · "), last_digit);
    }

    // Said when a phase's last question is answered: the phase's score, and
    // whether the team now holds the phase, which takes every phase before it too.
    std::string phase_summary(const Phase& phase) const {
        const Result result = score(rubric_, answers_);
        std::size_t p = 0;
        while (p < result.phases.size() && result.phases[p].id != phase.id)
            ++p;
        if (p == result.phases.size()) return {};
        const PhaseScore& done = result.phases[p];
        std::string line =
            fmt::format("{} done: score {} for a threshold of {:.2f}", printable(done.name),
                        format_score(done.score), done.threshold);
        if (result.placement && *result.placement >= p)
            return line + fmt::format("; the team holds {}.", printable(done.name));
        if (!done.achieved) {
            const std::string essentials = essentials_short(done);
            return line + fmt::format("; {} is not held yet{}.", printable(done.name),
                                      essentials.empty() ? "" : ": " + essentials);
        }
        // Scored enough itself, but held only once every phase before it is.
        const PhaseScore& blocking = result.phases[result.placement ? *result.placement + 1 : 0];
        return line + fmt::format(", but {} is not held while {} is not: {}.", printable(done.name),
                                  printable(blocking.name), shortfall(blocking));
    }

    // Why a phase is not achieved: its score below the threshold, else its essentials.
    static std::string shortfall(const PhaseScore& phase) {
        if (phase.score && *phase.score < phase.threshold - 1e-9) {
            return fmt::format("{} scores {}, below its {:.2f}", printable(phase.name),
                               format_score(phase.score), phase.threshold);
        }
        const std::string essentials = essentials_short(phase);
        return essentials.empty() ? printable(phase.name) + " is not achieved" : essentials;
    }

    // The essentials short of full credit, the first by name; empty when none is.
    static std::string essentials_short(const PhaseScore& phase) {
        const std::vector<std::string>& missing = phase.essentials_missing;
        if (missing.empty()) return {};
        if (missing.size() == 1) {
            return fmt::format("the essential '{}' is short of full credit",
                               printable(missing.front()));
        }
        return fmt::format("the essentials '{}' and {} more are short of full credit",
                           printable(missing.front()), missing.size() - 1);
    }

    std::string take_notice(const TextStyle& style) {
        if (notice_.empty()) return {};
        std::string out = paint(wrap(notice_, style.width, "", ""), Paint::green, style) + "\n";
        notice_.clear();
        return out;
    }

    // A choice made, or an answer carried over confirmed.
    void set_choice(const Question& question, const std::string& choice) {
        Answer& answer = answer_for(question.id);
        answer.choice = choice;
        answer.carried_from.clear();
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
