#include "gait/load/answers_store.hpp"

#include <fmt/format.h>

#include "gait/load/answers_edit.hpp"
#include "gait/util/file_io.hpp"

namespace gait {
namespace {

// Refuses text gait could not read back (a note past the length limit, say):
// such a file would lose every answer in it at the next start.
void check_reads_back(const AnswersStore& store, const Rubric& rubric, const std::string& text) {
    try {
        (void)load_answers(text, input_name(store.path), rubric);
    } catch (const Error& e) {
        throw Error({store.path, 0, 0},
                    "not saved, since gait could not read the file back: " + e.diagnostic().message,
                    "shorten what was typed last; the answers saved before are kept");
    }
}

// Keeps both versions when the file is no longer what gait last read or wrote.
void check_unchanged(const AnswersStore& store, const std::string& text) {
    if (read_file_if_present(store.path) == store.known) return;
    const std::string mine = write_to_free_name(store.path + ".mine", "", text);
    throw Error({store.path, 0, 0},
                fmt::format("changed by someone else since gait last saved it, so gait "
                            "left it as it is and saved your answers in {}",
                            mine),
                "compare the two, keep what is right in " + store.path +
                    ", then run the questionnaire again to go on");
}

}  // namespace

AnswersStore open_answers_store(const std::string& path, const Rubric& rubric,
                                std::optional<Answers>& answers) {
    AnswersStore store{path, read_file_if_present(path), 0};
    answers.reset();
    if (store.known) answers = load_answers(*store.known, input_name(path), rubric);
    return store;
}

void save_answers(AnswersStore& store, const Rubric& rubric, const Answers& answers) {
    const std::string base = store.known.value_or("");
    const std::string text = edit_answers_text(base, input_name(store.path), rubric, answers);
    check_reads_back(store, rubric, text);
    // Checked once the new text is on disk, as late before the rename as can be.
    write_file_atomically(store.path, text, [&] { check_unchanged(store, text); });
    store.known = text;
    ++store.saves;
}

}  // namespace gait
