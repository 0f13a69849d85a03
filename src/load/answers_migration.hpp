#pragma once

// What became of a question id an earlier rubric version had: the rubric's
// replaces, split_from and removed keys (docs/rubric-format.md).

#include <string>
#include <vector>

#include "gait/load/rubric.hpp"

namespace gait::detail {

struct Successors {
    enum Kind { none, renamed, split, removed } kind = none;
    std::vector<const Question*> questions;  // the new question, or each part of the split
};

// Looked up only for ids the rubric does not have, so a walk over the
// questions costs nothing on files written for the current version.
Successors successors_of(const Rubric& rubric, const std::string& old_id);

}  // namespace gait::detail
