#pragma once

// Looking into a document's blocks, for the tests of the builders.

#include <string>
#include <variant>
#include <vector>

#include "gait/document/document.hpp"

namespace gait::test {

// Every block of type T, in order.
template <typename T>
std::vector<const T*> blocks_of(const doc::Document& document) {
    std::vector<const T*> found;
    for (const doc::Block& block : document.blocks) {
        if (const T* typed = std::get_if<T>(&block)) found.push_back(typed);
    }
    return found;
}
// Pointers into a document that is gone at the end of the statement: refused.
template <typename T>
std::vector<const T*> blocks_of(doc::Document&& document) = delete;

// The `nth` block of type T; fails the test when there is none.
template <typename T>
const T& block_of(const doc::Document& document, std::size_t nth = 0) {
    const std::vector<const T*> found = blocks_of<T>(document);
    if (nth >= found.size()) throw std::runtime_error("the document has no such block");
    return *found[nth];
}
// A reference into a document that is gone at the end of the statement: refused.
template <typename T>
const T& block_of(doc::Document&& document, std::size_t nth = 0) = delete;

// "Text: count" for every heading, in order.
inline std::vector<std::string> headings_of(const doc::Document& document) {
    std::vector<std::string> headings;
    for (const doc::Heading* heading : blocks_of<doc::Heading>(document))
        headings.push_back(heading->text + ": " + heading->count);
    return headings;
}

}  // namespace gait::test
