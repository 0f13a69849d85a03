#pragma once

// XML escaping, in one place: every text the JUnit writer puts in an attribute
// or an element goes through xml_escape. Private to src/format/.

#include <string>
#include <string_view>

namespace gait {

// `text` as XML 1.0 character data or an attribute value: & < > " ' as
// references; control characters, which XML 1.0 forbids, and C1 and bidi
// controls, which a reader would act on, shown visibly ("^A", "<U+202E>");
// noncharacters (U+FFFE), which XML forbids too, dropped; line breaks kept as
// &#10;, which an attribute keeps too.
std::string xml_escape(std::string_view text);

}  // namespace gait
