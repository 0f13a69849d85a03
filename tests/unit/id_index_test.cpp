#include "util/id_index.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace {

using Index = gait::detail::IdIndex<int>;

const int a = 1, b = 2, c = 3, d = 4;

Index abcd() {
    return Index({{"crawl.a", &a}, {"crawl.b", &b}, {"walk.c", &c}, {"run.d", &d}});
}

}  // namespace

TEST_CASE("an id index finds ids in the order added", "[id_index]") {
    Index index = abcd();
    CHECK(index.find("crawl.a") == &a);
    CHECK(index.find("crawl.b") == &b);
    CHECK(index.find("walk.c") == &c);
    CHECK(index.find("run.d") == &d);
    CHECK(index.find("run.e") == nullptr);
}

TEST_CASE("an id index finds ids in any order, skipped or repeated", "[id_index]") {
    Index index = abcd();
    CHECK(index.find("run.d") == &d);
    CHECK(index.find("crawl.a") == &a);
    CHECK(index.find("walk.c") == &c);  // b skipped
    CHECK(index.find("walk.c") == &c);  // asked again
    CHECK(index.find("crawl.b") == &b);
    CHECK(index.find("crawl") == nullptr);
    CHECK(index.find("") == nullptr);
    CHECK(index.find("walk.c.x") == nullptr);
}

TEST_CASE("an empty id index finds nothing", "[id_index]") {
    Index index({});
    CHECK(index.find("crawl.a") == nullptr);
}
