#pragma once
// Virtual time: a signed count of nanoseconds, shared by every layer of sim/.
// Converting to seconds happens only at the edges, through format_seconds().
#include <cstdint>
#include <limits>
#include <string>

namespace burgers {

using Time = std::int64_t;

inline constexpr Time kNanosecond = 1;
inline constexpr Time kMicrosecond = 1'000;
inline constexpr Time kMillisecond = 1'000'000;
inline constexpr Time kSecond = 1'000'000'000;
inline constexpr Time kMinute = 60 * kSecond;
inline constexpr Time kHour = 60 * kMinute;
inline constexpr Time kNever = std::numeric_limits<Time>::max();

// a + b for times a, b >= 0, or kNever when the sum would pass it: no signed overflow.
inline constexpr Time add_saturated(Time a, Time b) {
  return a > 0 && b > kNever - a ? kNever : a + b;
}

// Exact decimal seconds: 90 s -> "90", 1.5 ms -> "0.0015", 1 ns -> "0.000000001".
std::string format_seconds(Time t);

// Seconds as a double, for statistics and drawing only (never for event times).
inline constexpr double to_seconds(Time t) {
  return static_cast<double>(t) / 1e9;
}

// A short human reading in a fitting unit: "850 ms", "1.5 s", "4 min 30 s", "2 h 5 min".
std::string format_duration(Time t);

}  // namespace burgers
