// report.html's statistics charts. Plain SVG written by hand: no script, no library,
// colours from the palette so they match the timeline.
#include "export/html_charts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "chart/chart_builder.hpp"
#include "chart/palette.hpp"
#include "export/markup.hpp"
#include "export/svg_timeline.hpp"

namespace burgers::exporter {

namespace {

using trace::State;

// Axis labels and notes: the palette's muted text colour, as an attribute.
std::string muted() {
  return "fill=\"" + hex(chart::kMutedText) + "\"";
}

// The plotting rectangle inside a chart of `width` x `height`.
struct Frame {
  float width, height;
  float x0, y0, x1, y1;
};

std::string open_svg(const Frame& f, std::string_view label) {
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + coord(f.width) +
                    "\" height=\"" + coord(f.height) + "\" viewBox=\"0 0 " + coord(f.width) + " " +
                    coord(f.height) + "\" role=\"img\" aria-label=\"";
  append_escaped(out, label);
  out += "\" font-family=\"" + std::string(kSvgFonts) + "\" font-size=\"12\">\n";
  return out;
}

void text(std::string& out, float x, float y, std::string_view s, std::string_view attrs = {}) {
  out += "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\"";
  if (!attrs.empty()) out += " " + std::string(attrs);
  out += ">";
  append_escaped(out, s);
  out += "</text>\n";
}

void rect(std::string& out, float x0, float y0, float x1, float y1, std::string_view attrs = {}) {
  out += "<rect x=\"" + coord(x0) + "\" y=\"" + coord(y0) + "\" width=\"" +
         coord(std::max(x1 - x0, 0.0f)) + "\" height=\"" + coord(std::max(y1 - y0, 0.0f)) + "\"";
  if (!attrs.empty()) out += " " + std::string(attrs);
  out += "/>\n";
}

// A round step for a count axis (1, 2, 5 x 10^k) giving at most about five gridlines.
std::int64_t count_step(std::int64_t largest) {
  std::int64_t step = 1;
  for (;;) {
    for (const std::int64_t k : {1, 2, 5}) {
      if (largest <= step * k * 5) return step * k;
    }
    step *= 10;
  }
}

// Horizontal gridlines and labels for counts 0..top; returns top.
std::int64_t count_axis(std::string& out, const Frame& f, std::int64_t largest) {
  const std::int64_t step = count_step(std::max<std::int64_t>(largest, 1));
  const std::int64_t top = std::max<std::int64_t>((largest + step - 1) / step, 1) * step;
  for (std::int64_t v = 0; v <= top; v += step) {
    const float y = f.y1 - (f.y1 - f.y0) * static_cast<float>(v) / static_cast<float>(top);
    out += "<line x1=\"" + coord(f.x0) + "\" y1=\"" + coord(y) + "\" x2=\"" + coord(f.x1) +
           "\" y2=\"" + coord(y) + "\" stroke=\"" + hex(chart::kGrid) + "\"/>\n";
    text(out, f.x0 - 6, y + 4, std::to_string(v), "text-anchor=\"end\" " + muted());
  }
  return top;
}

// Time ticks under the plot, the same round steps the timeline uses.
void time_axis(std::string& out, const Frame& f, Time t0, Time t1) {
  out += "<line x1=\"" + coord(f.x0) + "\" y1=\"" + coord(f.y1) + "\" x2=\"" + coord(f.x1) +
         "\" y2=\"" + coord(f.y1) + "\" stroke=\"" + hex(chart::kMutedText) + "\"/>\n";
  for (const auto& t : chart::time_ticks(t0, t1, f.x0, f.x1)) {
    if (!t.major || t.label.empty()) continue;
    text(out, t.x, f.y1 + 16, t.label, "text-anchor=\"middle\" " + muted());
  }
}

void swatch(std::string& out, float x, float y, const std::string& fill, std::string_view label) {
  rect(out, x, y, x + 12, y + 12, "fill=\"" + fill + "\"");
  text(out, x + 18, y + 10, label);
}

}  // namespace

std::string queue_chart_svg(const chart::QueueSeries& series, Time end) {
  const Frame f{800, 150, 50, 10, 780, 120};
  std::string out = open_svg(f, "Queue length at " + series.label);
  std::int64_t largest = 0;
  for (const auto& p : series.points) largest = std::max(largest, p.value);
  const std::int64_t top = count_axis(out, f, largest);
  const Time t1 = std::max<Time>(end, 1);
  auto x_of = [&](Time t) {
    return f.x0 + (f.x1 - f.x0) * static_cast<float>(static_cast<double>(std::min(t, t1)) / t1);
  };
  auto y_of = [&](std::int64_t v) {
    return f.y1 - (f.y1 - f.y0) * static_cast<float>(v) / static_cast<float>(top);
  };
  std::string path = "M" + coord(f.x0) + "," + coord(f.y1);
  for (const auto& p : series.points) {
    path += "H" + coord(x_of(p.time)) + "V" + coord(y_of(p.value));
  }
  path += "H" + coord(f.x1);
  const auto& style = chart::style_of(State::queued_blocked);
  out += "<path d=\"" + path + "V" + coord(f.y1) + "Z\" fill=\"" + hex(style.fill) +
         "\" fill-opacity=\"0.35\"/>\n";
  out += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + hex(style.edge) +
         "\" stroke-width=\"1.5\"/>\n";
  time_axis(out, f, 0, t1);
  out += "</svg>\n";
  return out;
}

std::string utilization_svg(const stats::Summary& sim, const stats::Summary* measured) {
  const float row = measured != nullptr ? 40.0f : 26.0f;
  const auto n = static_cast<float>(sim.stations.size());
  const Frame f{800, 54 + row * n + (measured != nullptr ? 24.0f : 0.0f), 160, 8, 700, 8 + row * n};
  std::string out = open_svg(f, "Utilization per station");
  out += "<defs>\n";
  // The busy time split as the timeline shows it: computing, blocked on I/O, waiting for
  // a core, waiting for the GIL, each in that staff state's colour and pattern.
  const std::vector<State> parts = {State::busy, State::io_wait, State::ready, State::gil_wait};
  append_pattern_defs(out, parts, "ut");
  out += "</defs>\n";
  const std::string measured_fill = hex(chart::style_of(State::awaiting_free).fill);
  for (std::size_t i = 0; i < sim.stations.size(); ++i) {
    const float y = f.y0 + row * static_cast<float>(i);
    const auto& s = sim.stations[i];
    text(out, 8, y + 15, s.label.empty() ? s.name : s.label);
    auto track = [&](float top, double share) {
      rect(out, f.x0, top, f.x1, top + 16, "fill=\"" + hex(chart::kLaneStripe) + "\"");
      text(out, f.x1 + 8, top + 12.5f, fmt::format("{:.1f} %", share * 100));
      return static_cast<float>(std::clamp(share, 0.0, 1.0)) * (f.x1 - f.x0);
    };
    const float width = track(y + 2, s.utilization);
    const Time split[4] = {s.cpu_time, s.io_blocked_time, s.core_wait_time, s.gil_wait_time};
    float x = f.x0;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      if (s.busy_time <= 0 || split[k] <= 0) continue;
      const float w = width * static_cast<float>(static_cast<double>(split[k]) /
                                                 static_cast<double>(s.busy_time));
      rect(out, x, y + 2, x + w, y + 18, "fill=\"" + state_fill(parts[k], "ut") + "\"");
      x += w;
    }
    if (measured != nullptr && i < measured->stations.size()) {
      const float w = track(y + 20, measured->stations[i].utilization);
      rect(out, f.x0, y + 20, f.x0 + w, y + 36, "fill=\"" + measured_fill + "\"");
    }
  }
  const char* names[4] = {"computing", "blocked on I/O", "waiting for a core",
                          "waiting for the GIL"};
  float x = f.x0 - 150;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    swatch(out, x, f.y1 + 8, state_fill(parts[k], "ut"), names[k]);
    x += 150;
  }
  if (measured != nullptr) swatch(out, x, f.y1 + 8, measured_fill, "measured (threads)");
  out += "</svg>\n";
  return out;
}

std::string customer_bars_svg(const std::vector<chart::CustomerTimes>& customers,
                              std::size_t limit) {
  const Frame f{1000, 270, 70, 10, 980, 220};
  std::string out = open_svg(f, "Blocked, free and own time per customer");
  out += "<defs>\n";
  append_pattern_defs(out, {State::queued_blocked}, "cb");
  out += "</defs>\n";
  const std::size_t n = std::min(customers.size(), limit);
  Time longest = 1;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& c = customers[i];
    longest = std::max(longest, c.blocked + c.free + c.own);
  }
  // Time ticks laid out along the height: time_ticks only maps a range onto pixels.
  for (const auto& t : chart::time_ticks(0, longest, 0, f.y1 - f.y0)) {
    if (!t.major) continue;
    const float y = f.y1 - t.x;
    out += "<line x1=\"" + coord(f.x0) + "\" y1=\"" + coord(y) + "\" x2=\"" + coord(f.x1) +
           "\" y2=\"" + coord(y) + "\" stroke=\"" + hex(chart::kGrid) + "\"/>\n";
    text(out, f.x0 - 6, y + 4, t.label, "text-anchor=\"end\" " + muted());
  }
  const std::string fills[3] = {
      state_fill(chart::category_swatch(trace::Category::blocked), "cb"),
      hex(chart::style_of(chart::category_swatch(trace::Category::free)).fill),
      hex(chart::style_of(chart::category_swatch(trace::Category::own)).fill)};
  const float column = (f.x1 - f.x0) / static_cast<float>(std::max<std::size_t>(n, 1));
  const float scale = (f.y1 - f.y0) / static_cast<float>(longest);
  const std::size_t label_every = std::max<std::size_t>(1, (n + 19) / 20);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& c = customers[i];
    const float x0 = f.x0 + column * static_cast<float>(i) + column * 0.1f;
    const float x1 = x0 + std::max(column * 0.8f, 1.0f);
    float y = f.y1;
    const Time parts[3] = {c.blocked, c.free, c.own};
    for (int k = 0; k < 3; ++k) {
      const float h = static_cast<float>(parts[k]) * scale;
      rect(out, x0, y - h, x1, y, "fill=\"" + fills[k] + "\"");
      y -= h;
    }
    if (i % label_every == 0) {
      text(out, (x0 + x1) / 2, f.y1 + 14, std::to_string(i + 1),
           "text-anchor=\"middle\" " + muted() + " font-size=\"10\"");
    }
  }
  swatch(out, f.x0, f.y1 + 30, fills[0], "blocked");
  swatch(out, f.x0 + 100, f.y1 + 30, fills[1], "free");
  swatch(out, f.x0 + 200, f.y1 + 30, fills[2], "own activity");
  text(out, f.x1, f.y1 + 40, "customers in arrival order", "text-anchor=\"end\" " + muted());
  out += "</svg>\n";
  return out;
}

std::string histogram_svg(const chart::Histogram& h) {
  const Frame f{800, 180, 50, 10, 780, 150};
  std::string out = open_svg(f, "Histogram of queue waits");
  std::int64_t largest = 0;
  for (const std::int64_t c : h.counts) largest = std::max(largest, c);
  const std::int64_t top = count_axis(out, f, largest);
  const float bin = (f.x1 - f.x0) / static_cast<float>(std::max<std::size_t>(h.counts.size(), 1));
  const std::string fill = hex(chart::style_of(State::queued_free).edge);
  out += "<g fill=\"" + fill + "\">\n";
  for (std::size_t i = 0; i < h.counts.size(); ++i) {
    if (h.counts[i] == 0) continue;
    const float x0 = f.x0 + bin * static_cast<float>(i);
    const float height = (f.y1 - f.y0) * static_cast<float>(h.counts[i]) / static_cast<float>(top);
    rect(out, x0 + 0.5f, f.y1 - height, x0 + bin - 0.5f, f.y1);
  }
  out += "</g>\n";
  const Time span = h.low + h.bin_width * static_cast<Time>(h.counts.size());
  time_axis(out, f, h.low, std::max<Time>(span, h.low + 1));
  out += "</svg>\n";
  return out;
}

}  // namespace burgers::exporter
