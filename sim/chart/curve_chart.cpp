#include "chart/curve_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "base/time.hpp"

namespace burgers::chart {

namespace {

// Okabe-Ito, in the order curves take them (yellow is left out: too pale for lines).
constexpr std::array<Rgba, 7> kHues = {{{0, 114, 178, 255},
                                        {213, 94, 0, 255},
                                        {0, 158, 115, 255},
                                        {204, 121, 167, 255},
                                        {230, 159, 0, 255},
                                        {86, 180, 233, 255},
                                        {60, 60, 60, 255}}};

Rgba with_alpha(Rgba c, int alpha) {
  c.a = static_cast<std::uint8_t>(alpha);
  return c;
}

// About how wide `text` is at `px` (ASCII about half an em, anything else a full em).
float text_width(std::string_view text, float px) {
  float w = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xc0) == 0x80) continue;
    w += c < 0x80 ? 0.56f * px : px;
  }
  return w;
}

std::string trim_digits(double v, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  std::string s = buffer;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

struct Unit {
  double seconds;
  const char* name;
};

Unit seconds_unit(double largest) {
  if (largest < 1e-3) return {1e-6, "µs"};
  if (largest < 1) return {1e-3, "ms"};
  if (largest < 180) return {1, "s"};
  if (largest < 3 * 3600) return {60, "min"};
  return {3600, "h"};
}

int decimals_for(double step) {
  int d = 0;
  while (d < 6 && std::fabs(step * std::pow(10.0, d) - std::round(step * std::pow(10.0, d))) > 1e-6)
    ++d;
  return d;
}

// A value for a tooltip: three significant digits in a fitting unit.
std::string value_text(double v, AxisKind kind) {
  switch (kind) {
    case AxisKind::seconds:
      return format_duration(static_cast<Time>(std::llround(v * 1e9)));
    case AxisKind::share:
      return trim_digits(v * 100, 1) + "%";
    default: {
      const double a = std::fabs(v);
      return trim_digits(v, a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
    }
  }
}

struct Scale {
  double low = 0, high = 1;
  float p0 = 0, p1 = 1;  // pixels of low and high
  float at(double v) const { return p0 + static_cast<float>((v - low) / (high - low)) * (p1 - p0); }
};

struct Layout {
  const CurveSet& set;
  const CurveChartOptions& o;
  CurveChartModel& m;
};

// The y range of a panel: from 0 (or below, if a value is) to a little over the top.
Scale y_scale(const CurvePanelData& panel, float top, float bottom) {
  double low = 0;
  double high = panel.y_axis == AxisKind::share ? 1.0 : 0.0;
  for (const Curve& c : panel.curves) {
    for (const CurvePoint& p : c.points) {
      low = std::min({low, p.y, p.low});
      high = std::max({high, p.y, p.high});
    }
  }
  if (panel.y_axis != AxisKind::share) high = high > low ? high + (high - low) * 0.06 : low + 1;
  return {low, high, bottom, top};
}

Scale x_scale(const CurveSet& set, float left, float right) {
  double low = 0;
  double high = 0;
  bool any = false;
  for (const CurvePanelData& panel : set.panels) {
    for (const Curve& c : panel.curves) {
      for (const CurvePoint& p : c.points) {
        low = any ? std::min(low, p.x) : p.x;
        high = any ? std::max(high, p.x) : p.x;
        any = true;
      }
    }
  }
  if (set.x_axis == AxisKind::category) {
    low = -0.5;
    high = std::max<double>(0, static_cast<double>(set.categories.size()) - 0.5);
  } else if (high <= low) {
    low -= 1;
    high += 1;
  } else {
    const double pad = (high - low) * 0.04;
    low -= pad;
    high += pad;
  }
  return {low, high, left, right};
}

// Whether every x is a whole number (staff, cores): then ticks never fall between them.
bool whole_x(const CurveSet& set) {
  for (const CurvePanelData& panel : set.panels) {
    for (const Curve& c : panel.curves) {
      for (const CurvePoint& p : c.points) {
        if (p.x != std::round(p.x)) return false;
      }
    }
  }
  return set.x_axis == AxisKind::number;
}

void x_axis(Layout& l, CurvePanel& panel, const Scale& x) {
  const float baseline = panel.y1 + l.o.text_px + 6;
  if (l.set.x_axis == AxisKind::category) {
    // Every category gets a grid line; labels are thinned so that they do not overlap.
    float widest = 0;
    for (const std::string& c : l.set.categories)
      widest = std::max(widest, text_width(c, l.o.text_px));
    const float slot = l.set.categories.empty()
                           ? 1
                           : (panel.x1 - panel.x0) / static_cast<float>(l.set.categories.size());
    const std::size_t every =
        std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + 8) / slot)));
    for (std::size_t i = 0; i < l.set.categories.size(); ++i) {
      const float at = x.at(static_cast<double>(i));
      panel.grid_x.push_back(at);
      if (i % every == 0)
        l.m.texts.push_back(
            {at, baseline, l.set.categories[i], l.o.text_px, kMutedText, TextAnchor::middle});
    }
  } else {
    const int wanted = std::max(2, static_cast<int>((panel.x1 - panel.x0) / 90));
    for (const AxisTick& t : axis_ticks(x.low, x.high, l.set.x_axis, wanted, whole_x(l.set))) {
      const float at = x.at(t.value);
      panel.grid_x.push_back(at);
      l.m.texts.push_back({at, baseline, t.label, l.o.text_px, kMutedText, TextAnchor::middle});
    }
  }
  l.m.texts.push_back({panel.x1, baseline + l.o.text_px + 6, l.set.x_label, l.o.text_px, kMutedText,
                       TextAnchor::end});
}

void y_axis(Layout& l, CurvePanel& panel, const Scale& y, AxisKind kind) {
  const int wanted = std::max(2, static_cast<int>((panel.y1 - panel.y0) / 45));
  for (const AxisTick& t : axis_ticks(y.low, y.high, kind, wanted, false)) {
    const float at = y.at(t.value);
    panel.grid_y.push_back(at);
    l.m.texts.push_back({panel.x0 - 6, at + l.o.text_px * 0.36f, t.label, l.o.text_px, kMutedText,
                         TextAnchor::end});
  }
}

LineStyle style_of(CurveRole role) {
  switch (role) {
    case CurveRole::theory:
      return LineStyle::dashed;
    case CurveRole::ideal:
      return LineStyle::dotted;
    default:
      return LineStyle::solid;
  }
}

Rgba colour_of(const Curve& c) {
  return c.role == CurveRole::ideal ? kMutedText : curve_colour(c.hue);
}

std::string tip_of(const CurveSet& set, const CurvePanelData& panel, const Curve& c,
                   const CurvePoint& p) {
  std::string x = set.x_axis == AxisKind::category
                      ? (p.x >= 0 && static_cast<std::size_t>(p.x) < set.categories.size()
                             ? set.categories[static_cast<std::size_t>(p.x)]
                             : std::string())
                      : value_text(p.x, set.x_axis);
  std::string tip = c.label + "\n" + set.x_label + " = " + x + ": " + value_text(p.y, panel.y_axis);
  if (p.n >= 2) {
    tip += "\n95%: " + value_text(p.low, panel.y_axis) + " .. " + value_text(p.high, panel.y_axis);
  }
  if (p.n >= 1) tip += " (n = " + std::to_string(p.n) + ")";
  return tip;
}

// A mean's 95% interval at one category: a vertical bar with caps.
void error_bar(CurvePanel& panel, float at, float low, float high, Rgba colour) {
  constexpr float kCap = 4;
  panel.lines.push_back({{{at, low}, {at, high}}, colour, 1.5f, LineStyle::solid});
  panel.lines.push_back({{{at - kCap, low}, {at + kCap, low}}, colour, 1.5f, LineStyle::solid});
  panel.lines.push_back({{{at - kCap, high}, {at + kCap, high}}, colour, 1.5f, LineStyle::solid});
}

// Categories have no order between them: each point stands alone at its category, the
// panel's measured curves side by side within its slot, theory a short dash across it.
void plot_categories(Layout& l, CurvePanel& panel, const CurvePanelData& data, const Scale& x,
                     const Scale& y) {
  const float slot = x.at(1) - x.at(0);
  int measured_count = 0;
  for (const Curve& c : data.curves)
    measured_count += c.role == CurveRole::simulated || c.role == CurveRole::measured ? 1 : 0;
  const float step = std::min(14.0f, slot * 0.6f / static_cast<float>(std::max(1, measured_count)));
  int measured_index = 0;
  for (const Curve& c : data.curves) {
    const Rgba colour = colour_of(c);
    const bool measured = c.role == CurveRole::simulated || c.role == CurveRole::measured;
    if (!measured) {
      for (const CurvePoint& p : c.points) {
        const float at = x.at(p.x);
        panel.lines.push_back({{{at - slot * 0.4f, y.at(p.y)}, {at + slot * 0.4f, y.at(p.y)}},
                               colour,
                               2.0f,
                               style_of(c.role)});
      }
      continue;
    }
    const float offset =
        step * (static_cast<float>(measured_index++) - static_cast<float>(measured_count - 1) / 2);
    for (const CurvePoint& p : c.points) {
      const float at = x.at(p.x) + offset;
      if (p.n >= 2) error_bar(panel, at, y.at(p.low), y.at(p.high), colour);
      panel.markers.push_back({at, y.at(p.y), 3.5f, colour, c.role == CurveRole::measured, p.point,
                               tip_of(l.set, data, c, p)});
    }
  }
}

void plot_curves(Layout& l, CurvePanel& panel, const CurvePanelData& data, const Scale& x,
                 const Scale& y) {
  if (l.set.x_axis == AxisKind::category) {
    plot_categories(l, panel, data, x, y);
    return;
  }
  for (const Curve& c : data.curves) {
    const Rgba colour = colour_of(c);
    const bool measured = c.role == CurveRole::simulated || c.role == CurveRole::measured;
    if (measured) {
      CurveBand band{{}, {}, with_alpha(colour, 46)};
      for (const CurvePoint& p : c.points) {
        if (p.n < 2) continue;
        band.upper.push_back({x.at(p.x), y.at(p.high)});
        band.lower.push_back({x.at(p.x), y.at(p.low)});
      }
      if (band.upper.size() >= 2) panel.bands.push_back(std::move(band));
    }
    CurveLine line{{}, colour, c.role == CurveRole::ideal ? 1.5f : 2.0f, style_of(c.role)};
    for (const CurvePoint& p : c.points) line.points.push_back({x.at(p.x), y.at(p.y)});
    if (line.points.size() >= 2) panel.lines.push_back(line);
    if (!measured) continue;
    for (const CurvePoint& p : c.points) {
      panel.markers.push_back({x.at(p.x), y.at(p.y), 3.5f, colour, c.role == CurveRole::measured,
                               p.point, tip_of(l.set, data, c, p)});
    }
  }
}

// A panel's title in bold, its figure's key muted at the right end (or after the title
// when the two would not fit side by side).
void panel_title(Layout& l, const CurvePanelData& data, float left, float right, float baseline) {
  const float px = l.o.text_px;
  if (data.key.empty() || data.key == data.title) {
    l.m.texts.push_back({left, baseline, data.title, px, kText, TextAnchor::start, true});
    return;
  }
  if (text_width(data.title, px) + 16 + text_width(data.key, px) <= right - left) {
    l.m.texts.push_back({left, baseline, data.title, px, kText, TextAnchor::start, true});
    l.m.texts.push_back({right, baseline, data.key, px, kMutedText, TextAnchor::end});
    return;
  }
  l.m.texts.push_back(
      {left, baseline, data.title + " (" + data.key + ")", px, kText, TextAnchor::start, true});
}

// One legend entry per distinct curve label, wrapped into rows; returns the height used.
float legend(Layout& l, float top) {
  float x = 16;
  float y = top + l.o.text_px / 2;
  const float row = l.o.text_px + 10;
  std::vector<std::string> seen;
  for (const CurvePanelData& panel : l.set.panels) {
    for (const Curve& c : panel.curves) {
      if (std::find(seen.begin(), seen.end(), c.label) != seen.end()) continue;
      seen.push_back(c.label);
      const float w = l.m.key_width + 6 + text_width(c.label, l.o.text_px) + 18;
      if (x + w > l.o.width - 8 && x > 16) {
        x = 16;
        y += row;
      }
      const bool measured = c.role == CurveRole::simulated || c.role == CurveRole::measured;
      const bool alone = measured && l.set.x_axis == AxisKind::category;
      l.m.legend.push_back({x, y, colour_of(c), style_of(c.role), !alone, measured && !alone,
                            measured, c.role == CurveRole::measured});
      l.m.texts.push_back({x + l.m.key_width + 6, y + l.o.text_px * 0.36f, c.label, l.o.text_px});
      x += w;
    }
  }
  return seen.empty() ? 0 : y - top + row;
}

}  // namespace

Rgba curve_colour(int hue) {
  return kHues[static_cast<std::size_t>(hue < 0 ? 0 : hue) % kHues.size()];
}

std::vector<AxisTick> axis_ticks(double low, double high, AxisKind kind, int wanted, bool whole) {
  std::vector<AxisTick> ticks;
  if (!(high > low) || wanted < 1) return ticks;
  Unit unit{1, ""};
  if (kind == AxisKind::seconds) unit = seconds_unit(std::max(std::fabs(low), std::fabs(high)));
  if (kind == AxisKind::share) unit = {0.01, "%"};
  const double lo = low / unit.seconds;
  const double hi = high / unit.seconds;
  const double raw = (hi - lo) / wanted;
  const double decade = std::pow(10.0, std::floor(std::log10(raw)));
  double step = decade * 10;
  for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (decade * m >= raw) {
      step = decade * m;
      break;
    }
  }
  if (whole) step = std::max(1.0, std::round(step));
  const int decimals = decimals_for(step);
  for (double t = std::ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) {
    const double v = std::fabs(t) < step * 1e-9 ? 0.0 : t;
    std::string label = trim_digits(v, decimals);
    if (kind == AxisKind::seconds) label += " ";
    label += unit.name;
    ticks.push_back({v * unit.seconds, std::move(label)});
  }
  return ticks;
}

CurveChartModel build_curve_chart(const CurveSet& set, const CurveChartOptions& o) {
  CurveChartModel m;
  m.width = o.width;
  Layout l{set, o, m};
  float top = 10;
  if (o.show_title) {
    m.texts.push_back(
        {16, top + o.title_px, set.title, o.title_px, kText, TextAnchor::start, true});
    top += o.title_px + 6;
    if (!set.subtitle.empty()) {
      m.texts.push_back({16, top + o.text_px, set.subtitle, o.text_px, kMutedText});
      top += o.text_px + 6;
    }
    top += 8;
  }
  const float left = std::max(64.0f, o.text_px * 5.5f + 10);
  const Scale x = x_scale(set, left, o.width - 24);
  for (const CurvePanelData& data : set.panels) {
    CurvePanel panel;
    panel_title(l, data, left, o.width - 24, top + o.text_px);
    panel.x0 = left;
    panel.x1 = o.width - 24;
    panel.y0 = top + o.text_px + 10;
    panel.y1 = top + o.panel_height - (2 * o.text_px + 18);
    const Scale y = y_scale(data, panel.y0, panel.y1);
    y_axis(l, panel, y, data.y_axis);
    x_axis(l, panel, x);
    plot_curves(l, panel, data, x, y);
    m.panels.push_back(std::move(panel));
    top += o.panel_height;
  }
  top += legend(l, top + 4) + 8;
  m.height = std::ceil(top);
  return m;
}

}  // namespace burgers::chart
