#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "chart/chart_builder.hpp"

namespace burgers::chart {

namespace {

constexpr float kLabelGap = 12;  // px between two tick labels at least

struct Unit {
  Time size;
  const char* name;
};

// Steps a student reads easily: 1-2-5 decades, and clock-like steps for minutes and hours.
constexpr std::array<Time, 35> kSteps = {1,
                                         2,
                                         5,
                                         10,
                                         20,
                                         50,
                                         100,
                                         200,
                                         500,
                                         kMicrosecond,
                                         2 * kMicrosecond,
                                         5 * kMicrosecond,
                                         10 * kMicrosecond,
                                         20 * kMicrosecond,
                                         50 * kMicrosecond,
                                         100 * kMicrosecond,
                                         200 * kMicrosecond,
                                         500 * kMicrosecond,
                                         kMillisecond,
                                         2 * kMillisecond,
                                         5 * kMillisecond,
                                         10 * kMillisecond,
                                         20 * kMillisecond,
                                         50 * kMillisecond,
                                         100 * kMillisecond,
                                         200 * kMillisecond,
                                         500 * kMillisecond,
                                         kSecond,
                                         2 * kSecond,
                                         5 * kSecond,
                                         10 * kSecond,
                                         15 * kSecond,
                                         30 * kSecond,
                                         kMinute,
                                         2 * kMinute};
constexpr std::array<Time, 11> kLongSteps = {5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
                                             kHour,       2 * kHour,    3 * kHour,    6 * kHour,
                                             12 * kHour,  24 * kHour,   48 * kHour};

constexpr std::array<Unit, 6> kUnits = {{{1, "ns"},
                                         {kMicrosecond, "µs"},
                                         {kMillisecond, "ms"},
                                         {kSecond, "s"},
                                         {kMinute, "min"},
                                         {kHour, "h"}}};

// The step's own unit, moved up while labels would reach four digits and the step
// still shows in three decimals of the bigger unit ("1.5 s" rather than "1500 ms").
Unit unit_for(Time step, Time largest) {
  std::size_t u = 0;
  while (u + 1 < kUnits.size() && step >= kUnits[u + 1].size) ++u;
  while (u + 1 < kUnits.size() && largest / kUnits[u].size >= 1000 &&
         step % (kUnits[u + 1].size / 1000) == 0) {
    ++u;
  }
  return kUnits[u];
}

// The first step of at least `wanted` nanoseconds.
Time step_of_at_least(double wanted) {
  for (const Time s : kSteps) {
    if (static_cast<double>(s) >= wanted) return s;
  }
  for (const Time s : kLongSteps) {
    if (static_cast<double>(s) >= wanted) return s;
  }
  Time step = kLongSteps.back();
  while (static_cast<double>(step) < wanted && step <= kNever / 4) step *= 2;
  return step;
}

Time choose_step(Time span, float pixels) {
  return step_of_at_least(static_cast<double>(span) /
                          std::max(1.0, static_cast<double>(pixels) / 110.0));
}

std::string tick_label(Time t, Unit unit) {
  // Far into a long run, minutes read better with their hours: "2317 h 57 min".
  if (unit.size == kMinute && t % kMinute == 0 && t >= 1000 * kMinute) {
    const Time minutes = t / kMinute;
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
  }
  const Time whole = t / unit.size;
  const Time rest = t % unit.size;
  std::string text = std::to_string(whole);
  if (rest != 0) {
    // At most three decimals are ever needed: steps are whole multiples of a smaller unit.
    Time frac = rest * 1000 / unit.size;
    std::string digits = std::to_string(1000 + frac).substr(1);
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    if (!digits.empty()) text += "." + digits;
  }
  return text + " " + unit.name;
}

}  // namespace

std::vector<ChartTick> time_ticks(Time t0, Time t1, float x0, float x1,
                                  const text::Measure& measure) {
  std::vector<ChartTick> ticks;
  if (t1 <= t0 || x1 <= x0) return ticks;
  const double scale = static_cast<double>(x1 - x0) / static_cast<double>(t1 - t0);
  for (Time step = choose_step(t1 - t0, x1 - x0);;) {
    const Unit unit = unit_for(step, t1);
    ticks.clear();
    Time t = (t0 / step) * step;
    if (t < t0) t += step;
    float widest = 0;
    for (; t <= t1; t += step) {
      ChartTick tick;
      tick.time = t;
      tick.x = x0 + static_cast<float>(static_cast<double>(t - t0) * scale);
      tick.label_x = tick.x;
      tick.label = tick_label(t, unit);
      if (measure) widest = std::max(widest, measure(tick.label));
      ticks.push_back(std::move(tick));
      if (t > t1 - step) break;  // no step past t1 (nor past the end of time)
    }
    // Long labels ("13331 h 40 min") need more room than the usual spacing: the next
    // round step, until neighbours no longer touch.
    const double spacing = static_cast<double>(step) * scale;
    if (!measure || ticks.size() < 2 || spacing >= widest + kLabelGap) return ticks;
    const Time next = step_of_at_least(static_cast<double>(step) + 1);
    if (next <= step) return ticks;
    step = next;
  }
}

void keep_labels_inside(std::vector<ChartTick>& ticks, float left, float right,
                        const text::Measure& measure) {
  for (ChartTick& t : ticks) {
    if (t.label.empty()) continue;
    const float half = measure(t.label) / 2;
    t.label_x = std::clamp(t.x, left + half, std::max(left + half, right - half));
  }
}

}  // namespace burgers::chart
