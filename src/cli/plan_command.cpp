#include <filesystem>

#include <fmt/format.h>

#include "gait/format/plan_csv.hpp"
#include "gait/format/plan_json.hpp"
#include "gait/format/plan_junit.hpp"
#include "gait/format/plan_markdown.hpp"
#include "gait/load/plan_file.hpp"
#include "gait/score/assessment.hpp"
#include "gait/score/plan.hpp"
#include "gait/score/team_files.hpp"
#include "gait/util/file_io.hpp"

#include "cli/commands.hpp"

namespace gait::cli {
namespace {

const std::vector<std::string> plan_formats = {"markdown", "csv", "json", "junit"};

std::string render(const Plan& plan, Format format) {
    switch (format) {
        case Format::csv:
            return render_plan_csv(plan);
        case Format::json:
            return render_plan_json(plan);
        case Format::junit:
            return render_plan_junit(plan);
        default:
            return render_plan_markdown(plan);
    }
}

// Every file the paths name, read; a file or folder that cannot be read is bad input.
std::vector<InputText> read_inputs(const std::vector<std::string>& paths) {
    std::vector<Diagnostic> problems;
    const std::vector<TeamFile> files = collect_team_files(paths, problems);
    if (!problems.empty()) throw Error(problems.front());
    if (files.empty()) {
        throw Error({}, "no .yaml, .yml or .json file to plan from",
                    "name answers files, reports or directories that hold them");
    }
    std::vector<InputText> inputs;
    for (const TeamFile& file : files)
        inputs.push_back(
            {input_name(file.path), read_file(file.path, file.kinds, limits::report_bytes)});
    return inputs;
}

std::vector<Result> load_results(const std::vector<InputText>& inputs, const Rubric& rubric) {
    std::vector<Result> results;
    for (const InputText& input : inputs) {
        std::vector<Diagnostic> warnings;
        results.push_back(load_assessment(input.text, input.name, rubric, &warnings));
        for (const Diagnostic& warning : warnings)
            print_diagnostic("warning", warning);
    }
    return results;
}

// -o naming the plan file would write the plan over the file that keeps it.
void check_output_is_not_plan(const PlanCommandOptions& options) {
    if (options.plan.empty() || options.output.empty() || options.output == "-") return;
    std::error_code error;
    const auto absolute = [&](const std::string& path) {
        return std::filesystem::weakly_canonical(path, error);
    };
    if (absolute(options.output) != absolute(options.plan)) return;
    throw Error({}, fmt::format("-o {} is the plan file that --plan keeps", options.output),
                "write the plan elsewhere, for example -o plan.md");
}

std::string changes_summary(const PlanChanges& changes) {
    return fmt::format("{} added, {} closed, {} reopened", changes.added.size(),
                       changes.closed.size(), changes.reopened.size());
}

}  // namespace

CLI::App* add_plan_command(CLI::App& app, PlanCommandOptions& options) {
    CLI::App* command = app.add_subcommand(
        "plan", "Turn the gaps into work items: a checklist, CSV for a tracker, JUnit for CI");
    add_team_paths(*command, options.paths);
    add_rubric_option(*command, options.rubric, "Rubric to score answers files with");
    add_format_and_output(*command, options.format, plan_formats, options.output);
    command
        ->add_option("--plan", options.plan,
                     "The plan file (YAML) that keeps owners, due dates and statuses across "
                     "runs: created, or updated in place")
        ->type_name("FILE");
    command->footer(
        "With --plan, new gaps are added to the file, items whose gap closed are marked done,\n"
        "and what people wrote in it stays; the plan is still written to stdout or -o.\n"
        "Without --format, -o's extension picks the format: .md, .csv, .json or .xml (junit);\n"
        ".txt and .html are refused, formats plan does not write; any other extension, or\n"
        "none, is markdown.\n"
        "Exit codes: 0 ok, 2 usage error or bad input.\n\n"
        "Examples:\n"
        "  gait plan payments.yaml --plan payments-plan.yaml\n"
        "  gait plan answers/ --format csv -o backlog.csv\n"
        "  gait plan answers/ --plan plan.yaml --format junit -o gait-junit.xml");
    return command;
}

int run_plan(const PlanCommandOptions& options) {
    const Format format = output_format(options.format, options.output, plan_formats);
    if (!options.plan.empty()) check_yaml_output("--plan", options.plan);
    check_output_is_not_plan(options);
    // The plan file first: one gait cannot read back is refused before any work.
    const std::optional<std::string> known =
        options.plan.empty() ? std::nullopt : read_plan_text(options.plan);
    const PlanFileContent file =
        known ? read_plan(*known, input_name(options.plan)) : PlanFileContent{};
    const std::vector<InputText> inputs = read_inputs(options.paths);
    std::vector<std::string> read = {options.rubric};
    for (const InputText& input : inputs)
        read.push_back(input.name);
    check_output_not_input(options.output, read);
    const Rubric rubric = rubric_for_answers(options.rubric, inputs);
    const Plan plan = make_plan(load_results(inputs, rubric), file.items, &rubric, file.assessed);
    if (!options.plan.empty() && (!known || plan.changes.any())) {
        save_plan_file(options.plan, known,
                       edit_plan_text(known.value_or(""), input_name(options.plan), plan.changes));
        tell(fmt::format("{}: {}", options.plan, changes_summary(plan.changes)));
    }
    write_output(options.output, render(plan, format));
    return 0;
}

}  // namespace gait::cli
