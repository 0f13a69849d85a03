#include "format/html_page.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a heat bucket follows the score as printed, a fifth of the range each") {
    CHECK(gait::html::bucket(0.0) == 0);
    CHECK(gait::html::bucket(0.19) == 0);
    CHECK(gait::html::bucket(0.19999) == 1);  // printed 0.20, so colored as 0.20
    CHECK(gait::html::bucket(0.2) == 1);
    CHECK(gait::html::bucket(0.59) == 2);
    CHECK(gait::html::bucket(0.6) == 3);
    CHECK(gait::html::bucket(0.8) == 4);
    CHECK(gait::html::bucket(1.0) == 4);
    CHECK(gait::html::bucket(-0.5) == 0);  // out of range: clamped
    CHECK(gait::html::bucket(7.0) == 4);
    CHECK(gait::html::heat_cell(0.19999) == "<td class=\"s1\">0.20</td>");
}

TEST_CASE("HTML text shows bidirectional controls and drops other controls and bad bytes") {
    CHECK(gait::html::esc("a\xe2\x80\xae"
                          "b") == "a&lt;U+202E&gt;b");
    CHECK(gait::html::esc("<i>\"x\" & 'y'</i>") ==
          "&lt;i&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/i&gt;");
    CHECK(gait::html::esc("bell\x07 c1\xc2\x9b end") == "bell c1 end");
    CHECK(gait::html::esc("bad \xc0\xaf byte") == "bad \xef\xbf\xbd\xef\xbf\xbd byte");
}

TEST_CASE("an HTML score is the text report's figure: never a negative zero, an en dash for none") {
    CHECK(gait::html::score_text(-0.0) == "0.00");
    CHECK(gait::html::score_text(0.4375) == "0.44");
    CHECK(gait::html::score_text(std::nullopt) == "\u2013");
}
