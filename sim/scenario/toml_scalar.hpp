#pragma once
// TOML 1.0's unquoted values (booleans, integers, floats, dates and times) as a grammar,
// so that the guard hands toml++ only well-formed ones: its value parser asserts (and,
// built with NDEBUG, assumes) things about malformed ones. Internal to sim/scenario.
#include <string_view>

namespace burgers::scenario {

// Whether `text` is exactly one TOML boolean, integer (decimal, 0x, 0o, 0b), float
// (with inf and nan), offset or local date-time, local date or local time. Ranges
// (month 13, an integer past int64) are toml++'s to report.
bool is_toml_scalar(std::string_view text);

}  // namespace burgers::scenario
