// Fuzzes the answers reader: gait::load_answers against the built-in rubric and
// the five-level test rubric; answers that load are scored and rendered in
// every format, and the JSON report must read back as it was written.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "gait/answers.hpp"
#include "gait/rubric.hpp"

#include "fuzz_common.hpp"

namespace gait_fuzz {
std::string_view five_level_rubric_text();  // generated from tests/data/rubrics/five-level.yaml
}

namespace {

const std::string file = "fuzz-answers.yaml";

const gait::Rubric& builtin() {
    static const gait::Rubric rubric = gait::builtin_rubric();
    return rubric;
}

const gait::Rubric& five_level() {
    static const gait::Rubric rubric =
        gait::load_rubric(gait_fuzz::five_level_rubric_text(), "five-level.yaml");
    return rubric;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto style_bits = static_cast<std::uint8_t>(size);
    for (const gait::Rubric* rubric : {&builtin(), &five_level()}) {
        gait_fuzz::guarded("load_answers threw", file, [&] {
            const gait::Answers answers = gait::load_answers(text, file, *rubric);
            gait_fuzz::check_whole_text_read(text, "load_answers");
            for (const gait::Diagnostic& warning : answers.warnings) {
                gait_fuzz::expect(!warning.message.empty(), "a warning with no message");
            }
            gait::Result result;
            try {
                result = gait::score(*rubric, answers);
            } catch (const std::exception& e) {
                gait_fuzz::finding("score threw on answers that load",
                                   std::string(typeid(e).name()) + ": " + e.what());
            }
            gait_fuzz::check_scores(result, "score");
            gait_fuzz::render_all(result, style_bits);
            gait_fuzz::check_round_trip(result);
        });
    }
    return 0;
}
