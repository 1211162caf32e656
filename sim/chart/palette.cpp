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

// Colour says where a job is (its phase); staff lanes use the same colour for the same
// situation (a staff member blocked on I/O is yellow, like the job it holds). Hatching says
// that the customer is blocked: standing, able to do nothing else. Staff are never hatched.
constexpr Rgba kQueued = lighten(kVermillion, 25);
constexpr Rgba kRunning = kBlue;
constexpr Rgba kAwaiting = lighten(kSkyBlue, 20);
constexpr Rgba kIoHeld = kYellow;
constexpr Rgba kCoreWait = kPurple;
constexpr Rgba kGilWait = kOrange;
constexpr Rgba kLoopWait = lighten(kBlue, 60);

constexpr StateStyle solid(Rgba fill, int edge_darken) {
  return {fill, darken(fill, edge_darken), Pattern::solid};
}
constexpr StateStyle hatched(Rgba fill, int edge_darken) {
  return {fill, darken(fill, edge_darken), Pattern::hatched};
}

constexpr std::array<StateStyle, trace::kStateCount> kStyles = {{
    /* idle              */ {{233, 236, 239, 255}, {206, 212, 218, 255}, Pattern::solid},
    /* busy              */ solid(kRunning, 35),
    /* io_wait           */ solid(kIoHeld, 45),
    /* ready             */ solid(kCoreWait, 40),
    /* switching         */ {{73, 80, 87, 255}, {33, 37, 41, 255}, Pattern::solid},
    /* arrived           */ {{52, 58, 64, 255}, {33, 37, 41, 255}, Pattern::solid},
    /* queued_blocked    */ hatched(kQueued, 30),
    /* queued_free       */ solid(kQueued, 30),
    /* served_blocked    */ hatched(kRunning, 35),
    /* served_free       */ solid(kRunning, 35),
    /* own_activity      */ solid(kGreen, 35),
    /* done              */ {{52, 58, 64, 255}, {33, 37, 41, 255}, Pattern::solid},
    /* gil_wait          */ solid(kGilWait, 40),
    /* awaiting_blocked  */ hatched(kAwaiting, 35),
    /* awaiting_free     */ solid(kAwaiting, 35),
    /* io_held_blocked   */ hatched(kIoHeld, 45),
    /* io_held_free      */ solid(kIoHeld, 45),
    /* core_wait_blocked */ hatched(kCoreWait, 40),
    /* core_wait_free    */ solid(kCoreWait, 40),
    /* gil_wait_blocked  */ hatched(kGilWait, 40),
    /* gil_wait_free     */ solid(kGilWait, 40),
    /* loop_wait_blocked */ hatched(kLoopWait, 45),
    /* loop_wait_free    */ solid(kLoopWait, 45),
}};

}  // namespace

const StateStyle& style_of(State state) {
  return kStyles[static_cast<std::size_t>(state)];
}

trace::State category_swatch(trace::Category category) {
  switch (category) {
    case trace::Category::blocked:
      return State::queued_blocked;
    case trace::Category::free:
      return State::awaiting_free;
    case trace::Category::own:
    case trace::Category::none:
      break;
  }
  return State::own_activity;
}

}  // namespace burgers::chart
