#pragma once

// Shared by the fuzz targets: what counts as a finding, and rendering a result
// in every format. A gait::Error is the documented answer to bad input; any
// other exception, a crash, a sanitizer report, a hang or a huge allocation is
// a finding.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "gait/document/aggregate_document.hpp"
#include "gait/document/compare_document.hpp"
#include "gait/document/report_document.hpp"
#include "gait/format/aggregate_json.hpp"
#include "gait/format/compare_json.hpp"
#include "gait/format/html_writer.hpp"
#include "gait/format/markdown_writer.hpp"
#include "gait/format/report_json.hpp"
#include "gait/format/text_writer.hpp"
#include "gait/load/report_reader.hpp"
#include "gait/model/result.hpp"
#include "gait/score/aggregate.hpp"
#include "gait/score/compare.hpp"
#include "gait/util/diagnostic.hpp"

namespace gait_fuzz {

[[noreturn]] inline void finding(const char* what, const std::string& detail) {
    std::fprintf(stderr, "\n==gait-fuzz== FINDING: %s\n%s\n", what, detail.c_str());
    std::fflush(stderr);
    std::abort();
}

inline void expect(bool condition, const char* what, const std::string& detail = {}) {
    if (!condition) finding(what, detail);
}

// What a loader's Error must look like: a message in one line, naming the file.
inline void check_error(const gait::Error& error, const std::string& file) {
    const gait::Diagnostic& d = error.diagnostic();
    expect(!d.message.empty(), "gait::Error with an empty message");
    expect(d.where.file == file, "gait::Error names another file", d.where.file);
    expect(d.where.line >= 0 && d.where.column >= 0, "gait::Error at a negative position",
           gait::format_diagnostic(d));
    expect(std::string_view(error.what()).size() > 0, "gait::Error with an empty what()");
}

// Runs `body`; a gait::Error is checked and swallowed, any other exception is a finding.
template <typename Body>
void guarded(const char* stage, const std::string& file, Body body) {
    try {
        body();
    } catch (const gait::Error& error) {
        check_error(error, file);
    } catch (const std::exception& e) {
        finding(stage, std::string("uncaught ") + typeid(e).name() + ": " + e.what());
    } catch (...) {
        finding(stage, "uncaught exception of an unknown type");
    }
}

// What scoring.hpp promises of every score and value: empty, or in [0,1].
inline void check_scores(const gait::Result& result, const char* source) {
    const auto in_range = [](const std::optional<double>& score) {
        return !score || (*score >= 0.0 && *score <= 1.0);  // false for NaN
    };
    for (const gait::PhaseScore& phase : result.phases) {
        if (!in_range(phase.score)) {
            finding("a phase score outside [0,1]", std::string(source) + ": phase '" + phase.id +
                                                       "': " + std::to_string(*phase.score));
        }
    }
    for (const gait::AreaScores& area : result.areas) {
        for (const std::optional<double>& cell : area.by_phase) {
            if (!in_range(cell)) {
                finding("an area score outside [0,1]",
                        std::string(source) + ": area '" + area.id + "': " + std::to_string(*cell));
            }
        }
    }
    for (const gait::Gap& gap : result.gaps) {
        if (!in_range(gap.value)) finding("a gap's value outside [0,1]", source);
    }
}

// The first character in `output` that a terminal, a spreadsheet or a
// Markdown viewer would act on rather than show: a control character other
// than a line break (LF, or CRLF as CSV ends its rows), a C1 control, or a bidirectional control.
// Empty: none.
inline std::string raw_control_in(std::string_view output) {
    for (std::size_t i = 0; i < output.size(); ++i) {
        const auto byte = static_cast<unsigned char>(output[i]);
        const auto next = i + 1 < output.size() ? static_cast<unsigned char>(output[i + 1]) : 0;
        const auto third = i + 2 < output.size() ? static_cast<unsigned char>(output[i + 2]) : 0;
        const bool line_break = byte == '\n' || (byte == '\r' && next == '\n');  // CSV: CRLF
        const bool c0 = (byte < 0x20 && !line_break) || byte == 0x7f;
        const bool c1 = byte == 0xc2 && next >= 0x80 && next <= 0x9f;
        const bool bidi = byte == 0xe2 && ((next == 0x80 && third >= 0xaa && third <= 0xae) ||
                                           (next == 0x81 && third >= 0xa6 && third <= 0xa9));
        if (c0 || c1 || bidi) {
            return "byte " + std::to_string(byte) + " at " + std::to_string(i) + " in:\n" +
                   std::string(output.substr(i < 80 ? 0 : i - 80, 160));
        }
    }
    return {};
}

// Case 3 of the hardening issue: hostile strings reached CSV and Markdown raw.
inline void check_escaped(const char* format, const std::string& output) {
    const std::string found = raw_control_in(output);
    if (!found.empty()) finding(format, found);
}

// The JSON report, or nothing when gait refuses to write one it could not read
// back (past limits::report_bytes): that refusal is the documented answer.
inline std::optional<std::string> json_report(const gait::Result& result) {
    try {
        return gait::render_json(result);
    } catch (const gait::Error& error) {
        expect(error.diagnostic().message.rfind("the JSON report would be", 0) == 0,
               "render_json refused a report for another reason",
               gait::format_diagnostic(error.diagnostic()));
        return std::nullopt;
    }
}

// Renders in every format, in a few terminal widths, with and without color;
// none may throw anything, not even gait::Error, but a JSON report past the
// size gait reads back. CSV and Markdown must hold no raw control characters.
inline void render_all(const gait::Result& result, std::uint8_t style_bits) {
    try {
        static constexpr std::size_t widths[] = {80, 0, 1, 20, 40, 120, 200, 1000};
        const gait::TextStyle style{widths[style_bits & 7], (style_bits & 8) != 0};
        (void)gait::write_text(gait::report_document(result), {80, false});
        (void)gait::write_text(gait::report_document(result), style);
        (void)json_report(result);
        check_escaped("raw control characters in the Markdown report",
                      gait::write_markdown(gait::report_document(result)));
        (void)gait::write_html(gait::report_document(result));
        // The same result as both sides of a comparison, and as a one-team aggregate.
        const gait::Comparison comparison = gait::compare(result, result);
        (void)gait::write_text(gait::compare_document(comparison), style);
        (void)gait::render_compare_json(comparison);
        check_escaped("raw control characters in the compare Markdown",
                      gait::write_markdown(gait::compare_document(comparison)));
        (void)gait::write_html(gait::compare_document(comparison));
        gait::Aggregate aggregate;
        gait::add_team(aggregate, gait::summarize(result, "fuzz.json"));
        gait::finish_aggregate(aggregate, false);
        const gait::AggregateView view{style_bits & 3u};
        (void)gait::write_text(gait::aggregate_document(aggregate, view), style);
        (void)gait::render_aggregate_json(aggregate);
        check_escaped("raw control characters in the aggregate CSV",
                      gait::render_aggregate_csv(aggregate));
        check_escaped("raw control characters in the aggregate Markdown",
                      gait::write_markdown(gait::aggregate_document(aggregate, view)));
        (void)gait::write_html(gait::aggregate_document(aggregate, view));
    } catch (const std::exception& e) {
        finding("a renderer threw", std::string(typeid(e).name()) + ": " + e.what());
    } catch (...) {
        finding("a renderer threw", "an exception of an unknown type");
    }
}

// A report gait wrote must read back, and render to the same JSON again.
inline void check_round_trip(const gait::Result& result) {
    const std::optional<std::string> written = json_report(result);
    if (!written) return;
    const std::string& json = *written;
    try {
        const gait::Result again = gait::load_report(json, "round-trip.json");
        const std::string json_again = gait::render_json(again);
        if (json_again != json) {
            finding("a saved report reads back different",
                    "first:\n" + json + "\nthen:\n" + json_again);
        }
    } catch (const gait::Error& error) {
        finding("gait cannot read a report it wrote",
                gait::format_diagnostic(error.diagnostic()) + "\n" + json);
    } catch (const std::exception& e) {
        finding("reading back a report threw", std::string(typeid(e).name()) + ": " + e.what());
    }
}

// The start of each document yaml-cpp's parser reports, and nothing else.
class DocumentStarts : public YAML::EventHandler {
  public:
    std::vector<YAML::Mark> starts;
    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// Whether yaml-cpp sees text past the first document: a second document, with
// or without a "---" line, or a stray token (`{...},`) that it takes for the
// start of one. At most two documents are parsed: yaml-cpp 0.7 reports empty
// ones after a stray ',' forever.
inline bool has_second_document(std::string_view text) {
    std::istringstream in{std::string(text)};
    try {
        YAML::Parser parser(in);
        DocumentStarts documents;
        for (int i = 0; i < 2 && parser.HandleNextDocument(documents); ++i) {
        }
        return documents.starts.size() > 1;
    } catch (const YAML::Exception&) {
        return false;  // the loader must refuse it anyway
    }
}

// Whether to pass over inputs that hit a finding already reported and not yet
// fixed (GAIT_FUZZ_SKIP_KNOWN=1), so that a run can look for new ones.
inline bool skip_known_enabled() {
    static const bool on = [] {
        const char* value = std::getenv("GAIT_FUZZ_SKIP_KNOWN");
        return value && std::string_view(value) == "1";
    }();
    return on;
}

// Whether the opt-in checks of meaning, beyond crashes, are on (GAIT_FUZZ_STRICT=1).
inline bool strict() {
    static const bool on = [] {
        const char* value = std::getenv("GAIT_FUZZ_STRICT");
        return value && std::string_view(value) == "1";
    }();
    return on;
}

// A loader that accepted `text` must not have dropped a part of it: checked
// with GAIT_FUZZ_STRICT=1 (see regressions/answers-two-json-objects.json).
inline void check_whole_text_read(std::string_view text, const char* loader) {
    if (strict() && has_second_document(text)) {
        finding("a loader read the first document and dropped the rest", loader);
    }
}

}  // namespace gait_fuzz
