#include "ask/phase_notice.hpp"

#include <catch2/catch.hpp>

namespace {

gait::PhaseScore phase(const std::string& id, double score, double threshold, bool achieved) {
    gait::PhaseScore phase;
    phase.id = id;
    phase.name = id == "crawl" ? "Crawl" : "Walk";
    phase.score = score;
    phase.threshold = threshold;
    phase.achieved = achieved;
    phase.area_floor = 0.5;
    return phase;
}

}  // namespace

TEST_CASE("a phase held, one short of an essential, and one below the floor", "[phase_notice]") {
    gait::Result result;
    result.phases = {phase("crawl", 0.9, 0.8, true), phase("walk", 0.8, 0.75, false)};
    result.placement = 0;
    CHECK(gait::phase_done_notice(result, "crawl") ==
          "Crawl done: score 0.90 for a threshold of 0.80; the team holds Crawl.");
    result.phases[1].essentials_missing = {"walk.slos.error-budget"};
    CHECK(gait::phase_done_notice(result, "walk") ==
          "Walk done: score 0.80 for a threshold of 0.75; Walk is not held yet: the essential "
          "'walk.slos.error-budget' is short of full credit.");
    result.phases[1].essentials_missing.clear();
    result.phases[1].areas_below_floor = {"security"};
    result.areas = {{"security", "Security", {1.0, 0.25}, 0.6, {}, {}}};
    CHECK(gait::phase_done_notice(result, "walk") ==
          "Walk done: score 0.80 for a threshold of 0.75; Walk is not held yet. In Walk, "
          "Security 0.25 is below the 0.50 every area needs.");
    CHECK(gait::phase_done_notice(result, "run").empty());
}

TEST_CASE("a phase achieved behind one that is not names what holds the earlier back",
          "[phase_notice]") {
    gait::Result result;
    result.phases = {phase("crawl", 0.9, 0.8, false), phase("walk", 0.8, 0.75, true)};
    result.phases[0].areas_below_floor = {"toil"};
    CHECK(gait::phase_done_notice(result, "walk") ==
          "Walk done: score 0.80 for a threshold of 0.75, but Walk is not held while Crawl is "
          "not: Crawl has 1 area below the floor.");
    result.phases[0].score = 0.5;
    CHECK(gait::phase_done_notice(result, "walk") ==
          "Walk done: score 0.80 for a threshold of 0.75, but Walk is not held while Crawl is "
          "not: Crawl scores 0.50, below its 0.80.");
}
