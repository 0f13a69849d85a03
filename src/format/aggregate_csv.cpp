#include <string_view>

#include <fmt/format.h>

#include "gait/format/aggregate_json.hpp"
#include "gait/util/diagnostic.hpp"
#include "gait/util/text_format.hpp"

namespace gait {
namespace {

// Whether a spreadsheet would take the field for a formula (OWASP's CSV injection list).
bool looks_like_formula(const std::string& text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string::npos;
}

// `text` with its control, C1 and bidi characters shown visibly, as on a
// terminal (a CSV is often printed on one); its line breaks kept, as RFC 4180
// allows them in a quoted field.
std::string visible(std::string_view text) {
    std::string out;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find('\n', start);
        out += printable(text.substr(start, end - start));
        if (end == std::string_view::npos) return out;
        out += '\n';
        start = end + 1;
    }
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes
// doubled. A field a spreadsheet would evaluate gets a ' in front, quoted, so it
// is read as text.
std::string field(const std::string& raw) {
    const std::string text = visible(raw);
    const bool formula = looks_like_formula(raw);
    if (!formula && text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = formula ? "\"'" : "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string score_field(const std::optional<double>& score) {
    return score ? fmt::format("{}", *score) : "";
}

std::string line(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += field(fields[i]);
    }
    return out + "\r\n";
}

std::vector<std::string> header(const Aggregate& aggregate) {
    std::vector<std::string> names = {"status", "file",           "team",
                                      "date",   "rubric_version", "placement"};
    for (const AggregateItem& phase : aggregate.phases)
        names.push_back("phase:" + phase.id);
    for (const AggregateItem& area : aggregate.areas)
        names.push_back("area:" + area.id);
    for (const char* name : {"hold_gaps", "reach_gaps", "unanswered"})
        names.emplace_back(name);
    // Only when a team merges several respondents' files: other CSVs keep their columns.
    if (any_respondents(aggregate)) names.emplace_back("respondents");
    names.emplace_back("reason");
    return names;
}

std::vector<std::string> team_fields(const Aggregate& aggregate, const TeamRow& row) {
    std::vector<std::string> fields = {row.superseded_by.empty() ? "counted" : "superseded",
                                       row.file,
                                       row.team,
                                       row.date,
                                       row.rubric_version,
                                       row.placement ? aggregate.phases[*row.placement].id : ""};
    for (const std::optional<double>& score : row.phase_scores)
        fields.push_back(score_field(score));
    for (const std::optional<double>& score : row.area_scores)
        fields.push_back(score_field(score));
    fields.push_back(std::to_string(count_gaps(row, GapKind::hold)));
    fields.push_back(std::to_string(count_gaps(row, GapKind::reach)));
    fields.push_back(std::to_string(row.unanswered));
    if (any_respondents(aggregate)) fields.push_back(std::to_string(row.respondents));
    fields.push_back(row.superseded_by.empty() ? "" : "superseded by " + row.superseded_by);
    return fields;
}

std::vector<std::string> skipped_fields(const Aggregate& aggregate, const Diagnostic& skipped) {
    std::vector<std::string> fields(header(aggregate).size());
    fields.front() = "skipped";
    fields[1] = skipped.where.file;
    fields.back() = format_diagnostic(skipped);
    return fields;
}

}  // namespace

std::string render_aggregate_csv(const Aggregate& aggregate) {
    std::string out = line(header(aggregate));
    for (const TeamRow& row : aggregate.teams)
        out += line(team_fields(aggregate, row));
    for (const TeamRow& row : aggregate.superseded)
        out += line(team_fields(aggregate, row));
    for (const Diagnostic& skipped : aggregate.skipped)
        out += line(skipped_fields(aggregate, skipped));
    return out;
}

}  // namespace gait
