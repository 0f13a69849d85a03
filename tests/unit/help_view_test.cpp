#include "ask/help_view.hpp"

#include <catch2/catch.hpp>

using gait::HelpView;

TEST_CASE("help that fits is shown whole and ? closes it", "[help_view]") {
    HelpView help;
    gait::turn_help_page(help);
    CHECK(help.open);
    CHECK(gait::help_window("one\ntwo\n", 5, help) == "one\ntwo\n");
    CHECK(help.next_line == 0);
    gait::turn_help_page(help);
    CHECK_FALSE(help.open);
}

TEST_CASE("help taller than its rows is shown a part at a time", "[help_view]") {
    const std::string text = "1\n2\n3\n4\n5\n";
    HelpView help;
    gait::turn_help_page(help);
    // Three rows: two lines and the line that says there is more.
    CHECK(gait::help_window(text, 3, help) == "1\n2\n… more: ? again\n");
    CHECK(help.next_line == 2);
    gait::turn_help_page(help);
    CHECK(gait::help_window(text, 3, help) == "3\n4\n5\n");
    gait::turn_help_page(help);  // after the last part, ? hides it
    CHECK_FALSE(help.open);
}
