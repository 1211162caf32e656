#pragma once
// The one place that decides how states look. Colour-blind safe (Okabe-Ito hues),
// and states also differ in lightness and pattern: blocked states are hatched.
#include <cstdint>

#include "trace/span.hpp"

namespace burgers::chart {

struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  friend bool operator==(const Rgba&, const Rgba&) = default;
};

enum class Pattern : std::uint8_t { solid, hatched, dotted };

struct StateStyle {
  Rgba fill;
  Rgba edge;  // outline / hatch ink
  Pattern pattern = Pattern::solid;
};

const StateStyle& style_of(trace::State state);
// The state whose look stands for a category of customer time in charts of blocked,
// free and own time (blocked: hatched; free: the colour of awaiting with a number).
trace::State category_swatch(trace::Category category);

// Chart furniture.
inline constexpr Rgba kBackground{255, 255, 255, 255};
inline constexpr Rgba kText{33, 37, 41, 255};
inline constexpr Rgba kMutedText{108, 117, 125, 255};
inline constexpr Rgba kGrid{222, 226, 230, 255};
inline constexpr Rgba kLaneStripe{248, 249, 250, 255};
inline constexpr Rgba kCursor{214, 51, 108, 255};

}  // namespace burgers::chart
