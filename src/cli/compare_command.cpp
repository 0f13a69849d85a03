#include <fmt/format.h>

#include "gait/document/compare_document.hpp"
#include "gait/format/compare_json.hpp"
#include "gait/score/assessment.hpp"
#include "gait/score/compare.hpp"
#include "gait/score/scoring.hpp"

#include "cli/commands.hpp"

namespace gait::cli {
namespace {

// One side of the comparison, and whether the rubric scored it (answers) or
// it came scored (a saved report).
struct Side {
    Result result;
    bool scored_here = false;
};

Side load_side(const InputText& input, const Rubric& rubric) {
    const std::string& file = input.name;
    std::variant<Result, Answers> assessment = read_assessment(input.text, file, rubric);
    if (const Answers* answers = std::get_if<Answers>(&assessment)) {
        for (const Diagnostic& warning : answers->warnings)
            print_diagnostic("warning", warning);
        return {score(rubric, *answers), true};
    }
    Result result = std::get<Result>(std::move(assessment));
    if (result.questions.empty()) {
        throw Error({file, 0, 0}, "the report lists no questions, so nothing can be compared",
                    "gait before 0.2.0 wrote it: run 'gait assess' again on its answers file");
    }
    return {std::move(result), false};
}

std::string render(const Comparison& comparison, Format format, const TextStyle& style) {
    if (format == Format::json) return render_compare_json(comparison);
    if (format == Format::csv) {
        throw Error({}, "a comparison has no CSV format", "gait aggregate writes CSV");
    }
    return write_document(compare_document(comparison), format, style);
}

}  // namespace

CLI::App* add_compare_command(CLI::App& app, CompareOptions& options) {
    CLI::App* command = app.add_subcommand(
        "compare", "Show what moved between two assessments of a team: scores, answers, gaps");
    command->add_option("old", options.before, "The earlier answers file or JSON report")
        ->type_name("OLD")
        ->required();
    command->add_option("new", options.after, "The later answers file or JSON report")
        ->type_name("NEW")
        ->required();
    add_rubric_option(*command, options.rubric, "Rubric to score answers files with");
    add_format_and_output(*command, options.format, report_formats, options.output);
    add_color_option(*command, options.color);
    command->add_flag("--fail-on-regression", options.fail_on_regression,
                      "Exit 1 when NEW's placement, or an area's, is below OLD's");
    command->footer(
        "OLD and NEW may be answers files or JSON reports, in any mix, of one rubric.\n"
        "Exit codes: 0 ok, 1 a placement fell (--fail-on-regression), 2 usage error or bad "
        "input.\n\n"
        "Examples:\n"
        "  gait compare payments-2026q3.yaml payments-2026q4.yaml\n"
        "  gait compare q3-report.json payments.yaml --format markdown\n"
        "  gait compare old.yaml payments.yaml --fail-on-regression");
    return command;
}

int run_compare(const CompareOptions& options) {
    check_output_not_input(options.output, {options.before, options.after, options.rubric});
    // Either side may be a saved report; read_assessment holds answers to their own limit.
    const InputText before = read_input(options.before, limits::report_bytes);
    const InputText after = read_input(options.after, limits::report_bytes);
    const Rubric rubric = rubric_for_answers(options.rubric, {before, after});
    const Side before_side = load_side(before, rubric);
    const Side after_side = load_side(after, rubric);
    if (!options.rubric.empty() && !before_side.scored_here && !after_side.scored_here) {
        throw Error({}, "--rubric scores answers files, and both sides are saved reports",
                    "a report carries its own rubric: drop --rubric");
    }
    const Comparison comparison = compare(before_side.result, after_side.result);
    if (comparison.before.team != comparison.after.team) {
        print_diagnostic("warning",
                         {{options.after, 0, 0},
                          fmt::format("team {} is compared with team {} of {}",
                                      quote_value(comparison.after.team),
                                      quote_value(comparison.before.team), options.before),
                          "compare two assessments of one team"});
    }
    write_output(options.output,
                 render(comparison, output_format(options.format, options.output, report_formats),
                        output_style(options.output, options.color)));
    if (!options.fail_on_regression) return 0;
    const std::vector<PlacementDrop> drops = placement_drops(comparison);
    for (const PlacementDrop& drop : drops)
        tell_regression(comparison.after.team, drop);
    return drops.empty() ? 0 : 1;
}

}  // namespace gait::cli
