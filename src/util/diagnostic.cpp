#include "gait/util/diagnostic.hpp"

#include <utility>

namespace gait {

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string text;
    const SourceLocation& where = diagnostic.where;
    if (!where.file.empty()) {
        text += where.file;
        if (where.line > 0) {
            text += ':' + std::to_string(where.line);
            if (where.column > 0) text += ':' + std::to_string(where.column);
        }
        text += ": ";
    }
    text += diagnostic.message;
    if (!diagnostic.hint.empty()) text += "; " + diagnostic.hint;
    return text;
}

Error::Error(Diagnostic diagnostic)
    : std::runtime_error(format_diagnostic(diagnostic)), diagnostic_(std::move(diagnostic)) {}

Error::Error(SourceLocation where, std::string message, std::string hint)
    : Error(Diagnostic{std::move(where), std::move(message), std::move(hint)}) {}

}  // namespace gait
