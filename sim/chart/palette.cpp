#include "chart/palette.hpp"

#include <array>

namespace burgers::chart {

namespace {

using trace::State;

// Okabe-Ito hues. Waiting that blocks is hatched; waiting that leaves you free is a
// pale solid; work is a saturated solid; so states differ in lightness and texture
// as well as hue (readable in greyscale and by colour-blind students).
constexpr Rgba kOrange{230, 159, 0, 255};
constexpr Rgba kSkyBlue{86, 180, 233, 255};
constexpr Rgba kGreen{0, 158, 115, 255};
constexpr Rgba kYellow{240, 228, 66, 255};
constexpr Rgba kBlue{0, 114, 178, 255};
constexpr Rgba kVermillion{213, 94, 0, 255};
constexpr Rgba kPurple{204, 121, 167, 255};

constexpr Rgba lighten(Rgba c, int percent) {
  auto mix = [percent](std::uint8_t v) {
    return static_cast<std::uint8_t>(v + (255 - v) * percent / 100);
  };
  return {mix(c.r), mix(c.g), mix(c.b), c.a};
}
constexpr Rgba darken(Rgba c, int percent) {
  auto mix = [percent](std::uint8_t v) {
    return static_cast<std::uint8_t>(v * (100 - percent) / 100);
  };
  return {mix(c.r), mix(c.g), mix(c.b), c.a};
}

constexpr std::array<StateStyle, trace::kStateCount> kStyles = {{
    /* idle           */ {{233, 236, 239, 255}, {206, 212, 218, 255}, Pattern::solid},
    /* busy           */ {kBlue, darken(kBlue, 35), Pattern::solid},
    /* io_wait        */ {kYellow, darken(kYellow, 45), Pattern::dotted},
    /* ready          */ {kPurple, darken(kPurple, 40), Pattern::hatched},
    /* switching      */ {{73, 80, 87, 255}, {33, 37, 41, 255}, Pattern::solid},
    /* arrived        */ {{52, 58, 64, 255}, {33, 37, 41, 255}, Pattern::solid},
    /* queued_blocked */ {lighten(kVermillion, 25), darken(kVermillion, 30), Pattern::hatched},
    /* queued_free    */ {lighten(kSkyBlue, 45), darken(kSkyBlue, 25), Pattern::solid},
    /* served_blocked */ {kOrange, darken(kOrange, 40), Pattern::hatched},
    /* served_free    */ {kSkyBlue, darken(kSkyBlue, 35), Pattern::solid},
    /* own_activity   */ {kGreen, darken(kGreen, 35), Pattern::solid},
    /* done           */ {{52, 58, 64, 255}, {33, 37, 41, 255}, Pattern::solid},
}};

}  // namespace

const StateStyle& style_of(State state) {
  return kStyles[static_cast<std::size_t>(state)];
}

}  // namespace burgers::chart
