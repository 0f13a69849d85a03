// Compiles the bundled rubrics into C++ at build time, with gait's own loader:
//   gait_rubric_codegen OUTPUT.cpp RUBRICS_DIR NAME...
// Each data/rubrics/NAME.yaml is linted (a problem fails the build, one line
// each, as `gait rubric lint` prints it) and loaded; OUTPUT.cpp then holds, for
// each, its YAML text (for `gait rubric show` and `lint`) and a function that
// builds the loaded Rubric, so a run of gait costs no YAML parse for it.

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "gait/load/rubric.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/file_io.hpp"

namespace {

// A C++ string literal of any bytes: octal escapes end after three digits, so
// no following character can be read as part of one.
std::string literal(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte >= 0x20 && byte < 0x7f && c != '?') {  // '?' would make trigraphs
            out += c;
        } else {
            out += fmt::format("\\{:03o}", byte);
        }
    }
    return out + "\"";
}

std::string location(const gait::SourceLocation& where) {
    return fmt::format("{{{}, {}, {}}}", literal(where.file), where.line, where.column);
}

std::string number(double value) {
    return fmt::format("{}", value);  // shortest form that reads back as the same double
}

std::string scale_code(const gait::Rubric& rubric) {
    std::string out;
    for (const gait::ScaleChoice& choice : rubric.scale) {
        out += fmt::format(
            "    rubric.scale.push_back({{{}, {}, {}, {}}});\n", literal(choice.id),
            literal(choice.label),
            choice.value ? "std::optional<double>(" + number(*choice.value) + ")" : "std::nullopt",
            location(choice.where));
    }
    return out;
}

std::string areas_code(const gait::Rubric& rubric) {
    std::string out;
    for (const gait::Area& area : rubric.areas) {
        out += fmt::format("    rubric.areas.push_back({{{}, {}, {}, {}}});\n", literal(area.id),
                           literal(area.name), literal(area.description), location(area.where));
    }
    return out;
}

std::string texts_code(const std::vector<std::string>& texts) {
    std::string out = "{";
    for (const std::string& text : texts)
        out += literal(text) + ", ";
    return out + "}";
}

std::string question_code(const gait::Question& q) {
    return fmt::format(
        "        phase.questions.push_back({{{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}});\n",
        literal(q.id), literal(q.area), literal(q.text), literal(q.help), literal(q.guidance),
        number(q.weight), q.essential, q.allow_na, texts_code(q.replaces), literal(q.split_from),
        location(q.where));
}

std::string removed_code(const gait::Rubric& rubric) {
    std::string out;
    for (const gait::RemovedQuestion& removed : rubric.removed) {
        out += fmt::format("    rubric.removed.push_back({{{}, {}}});\n", literal(removed.id),
                           location(removed.where));
    }
    return out;
}

std::string phases_code(const gait::Rubric& rubric) {
    std::string out;
    for (const gait::Phase& phase : rubric.phases) {
        out += "    {\n        gait::Phase phase;\n";
        out += fmt::format(
            "        phase.id = {};\n        phase.name = {};\n        phase.summary = {};\n"
            "        phase.threshold = {};\n        phase.area_floor = {};\n"
            "        phase.where = {};\n",
            literal(phase.id), literal(phase.name), literal(phase.summary), number(phase.threshold),
            number(phase.area_floor), location(phase.where));
        for (const gait::Question& question : phase.questions)
            out += question_code(question);
        out += "        rubric.phases.push_back(std::move(phase));\n    }\n";
    }
    return out;
}

std::string rubric_code(const std::string& identifier, const std::string& text,
                        const gait::Rubric& rubric) {
    std::string out = fmt::format("const char {}_text[] = {};\n\n", identifier, literal(text));
    out += fmt::format("gait::Rubric {}_rubric() {{\n    gait::Rubric rubric;\n", identifier);
    out += fmt::format(
        "    rubric.id = {};\n    rubric.version = {};\n    rubric.title = {};\n"
        "    rubric.description = {};\n    rubric.where = {};\n",
        literal(rubric.id), literal(rubric.version), literal(rubric.title),
        literal(rubric.description), location(rubric.where));
    out += scale_code(rubric) + areas_code(rubric) + phases_code(rubric) + removed_code(rubric);
    return out + "    return rubric;\n}\n\n";
}

std::string identifier_of(const std::string& name) {
    std::string out;
    for (const char c : name)
        out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: gait_rubric_codegen OUTPUT.cpp RUBRICS_DIR NAME...\n");
        return 2;
    }
    std::string out =
        "// Generated by gait_rubric_codegen from data/rubrics/; do not edit.\n"
        "#include <optional>\n#include <string_view>\n#include <utility>\n#include <vector>\n\n"
        "#include \"load/bundled_rubric_data.hpp\"\n\nnamespace gait::detail {\nnamespace {\n\n";
    std::string table;
    bool sound = true;
    for (int i = 3; i < argc; ++i) {
        const std::string name = argv[i];
        const std::string path = std::string(argv[2]) + "/" + name + ".yaml";
        try {
            const std::string text = gait::read_file(path);
            for (const gait::Diagnostic& problem : gait::lint_rubric(text, path)) {
                std::fprintf(stderr, "gait: error: %s\n", gait::format_diagnostic(problem).c_str());
                sound = false;
            }
            if (!sound) continue;
            const std::string file = name + ".yaml (built in)";
            const std::string identifier = identifier_of(name);
            out += rubric_code(identifier, text, gait::load_rubric(text, file));
            table += fmt::format("        {{{}, {{{}_text, sizeof {}_text - 1}}, &{}_rubric}},\n",
                                 literal(name), identifier, identifier, identifier);
        } catch (const gait::Error& e) {
            std::fprintf(stderr, "gait: error: %s\n",
                         gait::format_diagnostic(e.diagnostic()).c_str());
            sound = false;
        }
    }
    if (!sound) return 2;
    out +=
        "}  // namespace\n\nstd::vector<BundledRubricData> bundled_rubric_data() {\n    return {\n";
    out += table + "    };\n}\n\n}  // namespace gait::detail\n";
    try {
        gait::write_file_atomically(argv[1], out);
    } catch (const gait::Error& e) {
        std::fprintf(stderr, "gait: error: %s\n", gait::format_diagnostic(e.diagnostic()).c_str());
        return 2;
    }
    return 0;
}
