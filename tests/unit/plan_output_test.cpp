#include "gait/format/plan_output.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "format/csv_text.hpp"
#include "format/xml_text.hpp"

namespace {

// One team with one hostile gap.
gait::Plan hostile_plan() {
    gait::Result result;
    result.team = "=cmd|' /C calc'!A0";
    result.date = "2026-03-01";
    result.phases = {{"crawl", "Crawl"}};
    result.next = 0;
    gait::Gap gap;
    gap.question = "crawl.x";
    gap.phase = "crawl";
    gap.area = "ops";
    gap.text = "Bell\x07 and ]]> and <b>";
    gap.guidance = "@SUM(1+1) \x1b[31mred";
    gap.kind = gait::GapKind::reach;
    result.gaps = {gap};
    result.questions = {gap};
    return gait::make_plan({result}, {});
}

}  // namespace

TEST_CASE("xml_escape shows control characters and escapes markup", "[plan_output]") {
    CHECK(gait::xml_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
    CHECK(gait::xml_escape("]]>") == "]]&gt;");
    CHECK(gait::xml_escape("bell\x07 nul\x01") == "bell^G nul^A");
    CHECK(gait::xml_escape("two\nlines") == "two&#10;lines");
    CHECK(gait::xml_escape("a\xEF\xBF\xBE" "b") == "ab");  // a noncharacter dropped
    CHECK(gait::xml_escape("\xE2\x80\xAE") == "&lt;U+202E&gt;");
}

TEST_CASE("csv_field makes formulas text and quotes what needs it", "[plan_output]") {
    CHECK(gait::csv_field("=cmd") == "\"'=cmd\"");
    CHECK(gait::csv_field("@SUM(1)") == "\"'@SUM(1)\"");
    CHECK(gait::csv_field("a,b") == "\"a,b\"");
    CHECK(gait::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(gait::csv_field("bell\x07") == "bell^G");
    CHECK(gait::csv_line({"a", "b"}) == "a,b\r\n");
}

TEST_CASE("the plan's JUnit escapes hostile text and its CSV defuses formulas", "[plan_output]") {
    const gait::Plan plan = hostile_plan();
    const std::string junit = gait::render_plan_junit(plan);
    CHECK(junit.find("name=\"crawl.x: Bell^G and ]]&gt; and &lt;b&gt;\"") != std::string::npos);
    CHECK(junit.find("<failure type=\"gap\" message=\"To reach Crawl\">@SUM(1+1) ^[[31mred"
                     "</failure>") != std::string::npos);
    CHECK(junit.find('\x07') == std::string::npos);
    CHECK(junit.find('\x1b') == std::string::npos);
    const std::string csv = gait::render_plan_csv(plan);
    CHECK(csv.rfind("title,description,labels,id,team,phase,area,status,owner,due,link,reason,"
                    "closed\r\n",
                    0) == 0);
    CHECK(csv.find(",\"'=cmd|' /C calc'!A0/crawl.x\",\"'=cmd|' /C calc'!A0\",crawl,ops,todo,"
                   ",,,,\r\n") != std::string::npos);
    CHECK(csv.find("gait,crawl,ops") != std::string::npos);
    const std::string markdown = gait::render_plan_markdown(plan);
    CHECK(markdown.find("- [ ] **Bell^G and \\]\\]&gt; and &lt;b&gt;**") != std::string::npos);
}
