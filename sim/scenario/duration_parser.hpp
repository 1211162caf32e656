#pragma once
// Durations with units ("90s", "1.5min", "2 h") -> exact nanoseconds, with integer
// arithmetic only. Internal to sim/scenario (the loader and its tests).
#include <string_view>

#include "base/time.hpp"
#include "scenario/parsed_text.hpp"

namespace burgers::scenario {

// The whole text (surrounding spaces allowed) must be one duration: digits, an optional
// fraction, optional spaces, a unit (ns, us, ms, s, min, h). Rejects negative values,
// exponents, fractions of a nanosecond and values beyond kMaxHorizon (100 years).
Parsed<Time> parse_duration(std::string_view text);

// The message for a number written without a unit, e.g. for `90`:
// "missing unit in '90': write 90s, 90min, ...".
std::string missing_unit_message(std::string_view number);

}  // namespace burgers::scenario
