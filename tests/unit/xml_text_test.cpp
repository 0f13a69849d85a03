#include "format/xml_text.hpp"

#include <catch2/catch.hpp>

TEST_CASE("xml_escape shows control characters and escapes markup", "[plan_output]") {
    CHECK(gait::xml_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
    CHECK(gait::xml_escape("]]>") == "]]&gt;");
    CHECK(gait::xml_escape("bell\x07 nul\x01") == "bell^G nul^A");
    CHECK(gait::xml_escape("two\nlines") == "two&#10;lines");
    CHECK(gait::xml_escape("a\xEF\xBF\xBE"
                           "b") == "ab");  // a noncharacter dropped
    CHECK(gait::xml_escape("\xE2\x80\xAE") == "&lt;U+202E&gt;");
}
