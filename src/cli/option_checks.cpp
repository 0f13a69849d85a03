#include "cli/option_checks.hpp"

#include <limits>
#include <string>

#include <fmt/format.h>

#include "gait/util/text_format.hpp"

namespace gait::cli {

CLI::Validator whole_number(std::size_t least, std::size_t most) {
    const std::string range = most == std::numeric_limits<std::size_t>::max()
                                  ? fmt::format("of at least {}", least)
                                  : fmt::format("from {} to {}", least, most);
    return CLI::Validator(
        [least, most, range](std::string& value) -> std::string {
            const bool digits = !value.empty() && value.size() <= 18 &&
                                value.find_first_not_of("0123456789") == std::string::npos;
            if (digits) {
                const std::size_t number = std::stoull(value);
                if (number >= least && number <= most) return {};
            }
            return fmt::format("takes a whole number {}, not {}", range, quote_value(value));
        },
        "", "WHOLE NUMBER");
}

void refuse_empty_values(CLI::App& app) {
    const CLI::Validator non_empty(
        [](std::string& value) -> std::string {
            return value.empty() ? "is empty; give a value, or leave the option out" : "";
        },
        "", "NOT EMPTY");
    for (CLI::Option* option : app.get_options()) {
        if (option->nonpositional() && option->get_items_expected_max() > 0)
            option->check(non_empty);
    }
    for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; }))
        refuse_empty_values(*command);
}

}  // namespace gait::cli
