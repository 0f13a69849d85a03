#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "gait/load/answers.hpp"
#include "gait/load/rubric.hpp"

namespace gait {

// The file the questionnaire saves answers into, as gait last knew it.
struct AnswersStore {
    std::string path;
    std::optional<std::string> known;  // its text when gait last read or wrote it; empty: no file
    std::size_t saves = 0;             // saves that succeeded since it was opened
};

// Opens the store at `path` and reads the answers in it, when there is a file.
// Throws Error when the file is there but cannot be read or is not answers to `rubric`.
AnswersStore open_answers_store(const std::string& path, const Rubric& rubric,
                                std::optional<Answers>& answers);

// Saves `answers` into the store's file, changing only the lines that differ
// (edit_answers_text), atomically. When the file is no longer what gait last
// read or wrote (an editor, git pull, another program), it is left untouched:
// the answers go to a side file PATH.mine (or PATH.mine-2, ...) and Error says
// where. Text gait could not read back (a note past limits::text_bytes) is not
// written at all: Error says why, and the file keeps the answers saved before.
void save_answers(AnswersStore& store, const Rubric& rubric, const Answers& answers);

}  // namespace gait
