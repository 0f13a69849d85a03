#include "cli/command_line.hpp"

#include <fmt/format.h>

#include "gait/util/diagnostic.hpp"
#include "gait/util/edit_distance.hpp"
#include "gait/util/text_format.hpp"

namespace gait::cli {
namespace {

bool is_option_word(const std::string& word) {
    return word.size() > 1 && word[0] == '-';  // "-" alone is standard input
}

bool takes_value(const CLI::Option& option) {
    return option.get_items_expected_max() > 0;
}

std::vector<std::string> command_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::App* sub : command.get_subcommands({}))
        names.push_back(sub->get_name());
    return names;
}

std::vector<std::string> long_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::Option* option : command.get_options()) {
        for (const std::string& name : option->get_lnames())
            names.push_back("--" + name);
    }
    return names;
}

// A short option rarely is a typo of another short one (-v is not -h): the
// long option it abbreviates is the likelier meaning, when only one starts so.
std::string suggestion_for(const CLI::App& command, const std::string& word) {
    const std::vector<std::string> longs = long_names(command);
    if (word.size() != 2 || word[1] == '-') return did_you_mean(word, longs);
    std::string only;
    for (const std::string& name : longs) {
        if (name[2] != word[1]) continue;
        if (!only.empty()) return {};
        only = name;
    }
    return only.empty() ? std::string{} : "did you mean '" + only + "'?";
}

[[noreturn]] void unknown_option(const CLI::App& command, const std::string& word) {
    throw Error({},
                fmt::format("unknown option {} for {}", quote_value(word),
                            quote_value(command_title(command))),
                help_hint(command, suggestion_for(command, word)));
}

const CLI::App& subcommand_named(const CLI::App& command, const std::string& word) {
    for (const CLI::App* sub : command.get_subcommands({})) {
        if (sub->get_name() == word) return *sub;
    }
    const std::vector<std::string> names = command_names(command);
    std::string hint = did_you_mean(word, names);
    if (hint.empty()) hint = fmt::format("the commands are {}", fmt::join(names, ", "));
    const std::string of = command.get_parent() ? " for '" + command_title(command) + "'" : "";
    throw Error({}, fmt::format("unknown command {}{}", quote_value(word), of),
                help_hint(command, hint));
}

// The options in one word: "--format", "--format=json", "-o", "-ofile", "-kj2".
// True when the next word is the value of the last of them.
bool read_options(const CLI::App& command, const std::string& word) {
    if (word[1] == '-') {
        const std::string name = word.substr(0, word.find('='));
        const CLI::Option* option = command.get_option_no_throw(name);
        if (!option || option->get_lnames().empty()) unknown_option(command, name);
        return takes_value(*option) && name.size() == word.size();
    }
    for (std::size_t i = 1; i < word.size(); ++i) {
        const std::string name = {'-', word[i]};
        const CLI::Option* option = command.get_option_no_throw(name);
        if (!option || option->get_snames().empty()) unknown_option(command, name);
        if (takes_value(*option)) return i + 1 == word.size();
    }
    return false;
}

bool is_help(const std::string& word) {
    return word == "-h" || word == "--help";
}

}  // namespace

std::string command_title(const CLI::App& command) {
    const CLI::App* parent = command.get_parent();
    return parent ? command_title(*parent) + " " + command.get_name() : "gait";
}

std::string help_hint(const CLI::App& command, const std::string& hint) {
    const std::string pointer = fmt::format("run '{} --help'", command_title(command));
    if (hint.empty()) return pointer;
    return hint + (hint.back() == '?' ? " " : "; ") + pointer;
}

Request read_request(const CLI::App& app, const std::vector<std::string>& words) {
    Request request{&app};
    bool options_ended = false;         // after "--" every word is an argument
    const CLI::App* help_of = nullptr;  // after `gait help`: the command named so far
    bool naming = false;                // after `gait help`
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (!options_ended && word == "--") {
            options_ended = true;
        } else if (!options_ended && is_help(word)) {
            request.help = true;
        } else if (!options_ended && word == "--version" && request.command == &app) {
            request.version = true;
        } else if (!options_ended && is_option_word(word)) {
            if (read_options(*request.command, word)) ++i;  // its value, even "-" or "-x"
        } else if (naming) {
            help_of = &subcommand_named(help_of ? *help_of : app, word);
        } else if (!request.command->get_subcommands({}).empty()) {
            request.command = &subcommand_named(*request.command, word);
            naming = request.command->get_name() == "help" && request.command->get_parent() == &app;
            request.version = request.version || request.command->get_name() == "version";
        }
    }
    if (naming) {
        // `gait help --help` is the help of help; `gait help` alone, gait's.
        if (help_of || !request.help) request.command = help_of ? help_of : &app;
        request.help = true;
    }
    // A command that only groups others (gait, gait rubric) shows what it groups.
    if (!request.version && request.command->get_require_subcommand_min() > 0) request.help = true;
    return request;
}

std::string parse_error_message(const CLI::App& command, const CLI::ParseError& error) {
    // CLI11 names a missing argument by its variable ("paths is required"): name it
    // as the help does.
    const std::string message = error.what();
    const std::string required = " is required";
    if (dynamic_cast<const CLI::RequiredError*>(&error) == nullptr ||
        message.size() <= required.size() ||
        message.compare(message.size() - required.size(), required.size(), required) != 0) {
        return message;
    }
    const std::string name = message.substr(0, message.size() - required.size());
    for (const CLI::Option* option : command.get_options()) {
        if (option->nonpositional() || option->get_name() != name) continue;
        const bool many = option->get_items_expected_max() > 1;
        return fmt::format("{} needs {}{}", command_title(command), option->get_type_name(),
                           many ? "..." : "");
    }
    return message;
}

}  // namespace gait::cli
