#include "gait/util/file_names.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using Names = std::vector<std::string>;

TEST_CASE("file names from team names are lowercase words joined by dashes", "[file_names]") {
    CHECK(
        gait::distinct_file_names({"Payments API", "Search / Platform", "Ünïcode Team"}, ".html") ==
        Names{"payments-api.html", "search-platform.html", "n-code-team.html"});
}

TEST_CASE("file names hold no separator and no leading dot and are never empty", "[file_names]") {
    CHECK(gait::distinct_file_names({"../../etc/passwd", ".hidden", "///", ""}, ".html") ==
          Names{"etc-passwd.html", "hidden.html", "team.html", "team-2.html"});
}

TEST_CASE("file names that collide get a number and reserved ones are skipped", "[file_names]") {
    CHECK(gait::distinct_file_names({"Checkout", "checkout", "CHECKOUT!", "Index"}, ".html",
                                    {"index.html"}) ==
          Names{"checkout.html", "checkout-2.html", "checkout-3.html", "index-2.html"});
}

TEST_CASE("file names are cut to 60 bytes before the suffix", "[file_names]") {
    const Names names = gait::distinct_file_names({std::string(100, 'a')}, ".html");
    CHECK(names[0] == std::string(60, 'a') + ".html");
}
