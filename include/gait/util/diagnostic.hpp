#pragma once

#include <stdexcept>
#include <string>

namespace gait {

// Where a value stands in an input file.
struct SourceLocation {
    std::string file;  // the path as the user gave it
    int line = 0;      // counts from 1; 0 when the problem is with the file as a whole
    int column = 0;    // counts from 1; 0 when unknown
};

// One problem found in an input file, or one warning about it.
struct Diagnostic {
    SourceLocation where;
    std::string message;  // what is wrong, in one sentence without a final period
    std::string hint;     // how to fix it ("did you mean 'x'?"), or empty
};

// "FILE:LINE:COL: message; hint" on one line, as printed after "gait: error: ".
std::string format_diagnostic(const Diagnostic& diagnostic);

// The one error type of gait, for bad input and failed reads and writes: thrown
// where the problem is found and caught where it is reported, by main (one line
// on stderr, exit 2) or by aggregate, which lists the file as skipped.
class Error : public std::runtime_error {
  public:
    explicit Error(Diagnostic diagnostic);
    Error(SourceLocation where, std::string message, std::string hint = {});

    const Diagnostic& diagnostic() const { return diagnostic_; }

  private:
    Diagnostic diagnostic_;
};

}  // namespace gait
