#pragma once

// XML escaping, in one place: every text the JUnit writer puts in an attribute
// or an element goes through xml_escape. Private to src/format/.

#include <string>
#include <string_view>

namespace gait {

// `text` as XML 1.0 character data or an attribute value: & < > " ' as
// entities; control characters, C1 and bidi controls and the noncharacters
// U+FFFE and U+FFFF, which XML forbids or a reader would act on, shown visibly
// ("^A", "<U+FFFE>"); line breaks kept as &#10;, which an attribute keeps too.
std::string xml_escape(std::string_view text);

}  // namespace gait
