#pragma once

// A small sound rubric as text, and what load_rubric makes of a broken copy of
// it: for the tests of the rubric loader, its checks and the YAML reader.

#include <string>

#include <catch2/catch.hpp>

#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait::test {

// A sound rubric that the error cases break in one place each.
inline const std::string good_rubric = R"(id: small
version: "1"
title: Small
scale:
  - id: "yes"
    value: 1
  - id: "no"
    value: 0
areas:
  - id: build
    name: Build
phases:
  - id: one
    name: One
    threshold: 0.5
    questions:
      - id: one.a
        area: build
        text: A
)";

inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The diagnostic load_rubric throws for `text`; fails the test when it does not throw.
inline Diagnostic load_error(const std::string& text) {
    try {
        load_rubric(text, "r.yaml");
    } catch (const Error& e) {
        return e.diagnostic();
    }
    FAIL("load_rubric accepted the text");
    return {};
}

}  // namespace gait::test
