#include "cli/help_format.hpp"

#include <memory>

#include <fmt/format.h>

#include "cli/command_line.hpp"

namespace gait::cli {
namespace {

bool is_list(const CLI::Option& option) {
    return option.get_items_expected_max() >= CLI::detail::expected_max_vector_size;
}

// The argument's name as the command gave it: CLI11 adds each check's
// description after a colon ("WHEN:{auto,always,never}").
std::string argument_name(const CLI::Option& option) {
    const std::string type = option.get_type_name();
    return type.substr(0, type.find(':')) + (is_list(option) ? "..." : "");
}

std::string usage_of(const CLI::Option& option) {
    const std::string name = argument_name(option);
    return option.get_required() ? name : "[" + name + "]";
}

class HelpFormatter : public CLI::Formatter {
  public:
    std::string make_description(const CLI::App* app) const override {
        return app->get_description() + "\n\n";
    }

    std::string make_usage(const CLI::App* app, std::string) const override {
        std::string usage = "Usage: " + command_title(*app);
        if (!app->get_options([](const CLI::Option* o) { return o->nonpositional(); }).empty())
            usage += " [OPTIONS]";
        for (const CLI::Option* option :
             app->get_options([](const CLI::Option* o) { return o->get_positional(); }))
            usage += " " + usage_of(*option);
        if (!app->get_subcommands({}).empty()) usage += " COMMAND";
        return usage + "\n";
    }

    std::string make_positionals(const CLI::App* app) const override {
        const std::vector<const CLI::Option*> arguments =
            app->get_options([](const CLI::Option* o) { return o->get_positional(); });
        return arguments.empty() ? std::string{} : make_group("Arguments", true, arguments);
    }

    std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode) const override {
        std::string out;
        for (const CLI::App* command : app->get_subcommands({}))
            out += make_subcommand(command);
        return out.empty() ? out : "\nCommands:\n" + out;
    }

    std::string make_option_name(const CLI::Option* option, bool positional) const override {
        if (positional) return argument_name(*option);
        std::string names;
        for (const std::string& name : option->get_snames())
            names += (names.empty() ? "-" : ", -") + name;
        for (const std::string& name : option->get_lnames())
            names += (names.empty() ? "--" : ", --") + name;
        return names;
    }

    std::string make_option_opts(const CLI::Option* option) const override {
        const bool takes_value = option->get_items_expected_max() > 0;
        return takes_value && !option->get_positional() ? " " + argument_name(*option)
                                                        : std::string{};
    }
};

}  // namespace

void use_help_format(CLI::App& app) {
    app.formatter(std::make_shared<HelpFormatter>());
}

}  // namespace gait::cli
