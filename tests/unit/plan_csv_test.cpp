#include "gait/format/plan_csv.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "hostile_plan.hpp"

TEST_CASE("the plan's CSV has the tracker columns and defuses formulas", "[plan_output]") {
    const gait::Plan plan = gait::test::hostile_plan();
    const std::string csv = gait::render_plan_csv(plan);
    CHECK(csv.rfind("title,description,labels,id,team,phase,area,status,owner,due,link,reason,"
                    "closed\r\n",
                    0) == 0);
    CHECK(csv.find(",\"'=cmd|' /C calc'!A0/crawl.x\",\"'=cmd|' /C calc'!A0\",crawl,ops,todo,"
                   ",,,,\r\n") != std::string::npos);
    CHECK(csv.find("gait,crawl,ops") != std::string::npos);
}
