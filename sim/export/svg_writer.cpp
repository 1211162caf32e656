// timeline.svg: a direct translation of the ChartModel, grouped by state to stay small.
#include <array>
#include <cmath>
#include <string>

#include "chart/chart_builder.hpp"
#include "chart/long_timeline.hpp"
#include "chart/vocabulary.hpp"
#include "export/graphics.hpp"
#include "export/markup.hpp"
#include "export/svg_timeline.hpp"
#include "trace/span_sequencer.hpp"

namespace burgers::exporter {

namespace {

using chart::ChartModel;
using chart::Pattern;
using trace::State;

void append_text(std::string& out, float x, float y, std::string_view text,
                 std::string_view extra = {}) {
  out += "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\"";
  if (!extra.empty()) {
    out += ' ';
    out += extra;
  }
  out += '>';
  append_escaped(out, text);
  out += "</text>\n";
}

void append_rect(std::string& out, float x0, float y0, float x1, float y1) {
  out += "<rect x=\"" + coord(x0) + "\" y=\"" + coord(y0) + "\" width=\"" + coord(x1 - x0) +
         "\" height=\"" + coord(y1 - y0) + "\"/>\n";
}

std::array<bool, trace::kStateCount> states_used(const ChartModel& m) {
  std::array<bool, trace::kStateCount> used{};
  for (const auto& r : m.rects) used[static_cast<std::size_t>(r.state)] = true;
  for (const auto& e : m.legend) used[static_cast<std::size_t>(e.state)] = true;
  return used;
}

// Stripes, grid and bars: everything inside the plot except the instants.
void append_plot(std::string& out, const ChartModel& m, std::string_view prefix) {
  out += "<g fill=\"" + hex(chart::kLaneStripe) + "\">\n";
  int row = 0;
  for (const auto& lane : m.lanes) {
    if (lane.header) {
      row = 0;
      continue;
    }
    if (row++ % 2 == 1) append_rect(out, 0, lane.y0 - 1, m.plot_x1, lane.y1 + 1);
  }
  out += "</g>\n<g stroke=\"" + hex(chart::kGrid) + "\" stroke-width=\"1\">\n";
  for (const auto& axis : axes_of(m)) {
    for (const auto& t : axis.ticks) {
      out += "<line x1=\"" + crisp(t.x) + "\" y1=\"" + coord(axis.grid_y0) + "\" x2=\"" +
             crisp(t.x) + "\" y2=\"" + coord(axis.grid_y1) + "\"" +
             (t.major ? "" : " stroke-opacity=\"0.45\"") + "/>\n";
    }
  }
  out += "</g>\n";
  const auto used = states_used(m);
  for (int s = 0; s < trace::kStateCount; ++s) {
    if (!used[static_cast<std::size_t>(s)]) continue;
    const auto state = static_cast<State>(s);
    const auto& style = chart::style_of(state);
    for (const bool outlined : {false, true}) {
      std::string body;
      for (const auto& r : m.rects) {
        if (r.state == state && (r.x1 - r.x0 >= kOutlineMinWidth) == outlined) {
          append_rect(body, r.x0, r.y0, r.x1, r.y1);
        }
      }
      if (body.empty()) continue;
      out += "<g fill=\"" + state_fill(state, prefix) + "\"";
      if (outlined) out += " stroke=\"" + hex(style.edge) + "\" stroke-width=\"0.6\"";
      out += ">\n" + body + "</g>\n";
    }
  }
}

void append_marks_and_axis(std::string& out, const ChartModel& m) {
  for (const auto& mark : m.marks) {
    out += "<line x1=\"" + crisp(mark.x) + "\" y1=\"" + coord(mark.y0) + "\" x2=\"" +
           crisp(mark.x) + "\" y2=\"" + coord(mark.y1) + "\" stroke=\"" +
           hex(chart::style_of(mark.state).fill) + "\" stroke-width=\"1\"/>\n";
  }
  if (m.cursor_x >= 0) {
    out += "<line x1=\"" + crisp(m.cursor_x) + "\" y1=\"" + coord(m.plot_y0) + "\" x2=\"" +
           crisp(m.cursor_x) + "\" y2=\"" + coord(m.plot_y1) + "\" stroke=\"" +
           hex(chart::kCursor) + "\" stroke-width=\"1.5\"/>\n";
  }
  out += "<g stroke=\"" + hex(chart::kMutedText) + "\" stroke-width=\"1\">\n";
  for (const auto& axis : axes_of(m)) {
    out += "<line x1=\"" + coord(axis.x0) + "\" y1=\"" + crisp(axis.y) + "\" x2=\"" +
           coord(axis.x1) + "\" y2=\"" + crisp(axis.y) + "\"/>\n";
    for (const auto& t : axis.ticks) {
      out += "<line x1=\"" + crisp(t.x) + "\" y1=\"" + coord(axis.y) + "\" x2=\"" + crisp(t.x) +
             "\" y2=\"" + coord(axis.y + (t.major ? 5 : 3)) + "\"/>\n";
    }
  }
  out += "</g>\n";
}

void append_labels(std::string& out, const ChartModel& m, std::string_view prefix) {
  // Lane labels live left of the plot; clipping keeps a long name out of the bars.
  out += "<clipPath id=\"" + std::string(prefix) + "-labels\"><rect width=\"" +
         coord(m.plot_x0 - 6) + "\" height=\"" + coord(m.height) + "\"/></clipPath>\n";
  out += "<g font-size=\"" + coord(m.text_px) + "\" fill=\"" + hex(chart::kText) +
         "\" clip-path=\"url(#" + std::string(prefix) + "-labels)\">\n";
  for (const auto& lane : m.lanes) {
    const float baseline = (lane.y0 + lane.y1) / 2 + m.text_px * 0.36f;
    if (lane.header) {
      append_text(out, 8, baseline, lane.label, "font-weight=\"bold\"");
    } else {
      append_text(out, 16, baseline, lane.label);
    }
  }
  out +=
      "</g>\n<g font-size=\"" + coord(m.text_px) + "\" fill=\"" + hex(chart::kMutedText) + "\">\n";
  for (const auto& axis : axes_of(m)) {
    for (const auto& t : axis.ticks) {
      if (!t.major || t.label.empty()) continue;
      append_text(out, t.label_x, axis.y + 8 + m.text_px, t.label, "text-anchor=\"middle\"");
    }
    // In the label column, clear of the first tick's label.
    append_text(out, 8, axis.y + 8 + m.text_px, axis.label, "font-style=\"italic\"");
  }
  out += "</g>\n";
}

void append_legend_and_title(std::string& out, const ChartModel& m, std::string_view prefix) {
  out += "<g font-size=\"" + coord(m.text_px) + "\" fill=\"" + hex(chart::kText) + "\">\n";
  for (const auto& e : m.legend) {
    out += "<rect x=\"" + coord(e.x) + "\" y=\"" + coord(e.y) + "\" width=\"" + coord(m.swatch_px) +
           "\" height=\"" + coord(m.swatch_px) + "\" fill=\"" + state_fill(e.state, prefix) +
           "\" stroke=\"" + hex(chart::style_of(e.state).edge) + "\" stroke-width=\"1\"/>\n";
    append_text(out, e.x + m.swatch_px + 6, e.y + m.swatch_px / 2 + m.text_px * 0.36f, e.label);
  }
  out += "</g>\n";
  for (std::size_t i = 0; i < m.title_lines.size(); ++i) {  // wrapped by the chart builder
    append_text(out, 16, m.title_baseline(i), m.title_lines[i],
                "font-size=\"" + coord(m.title_px) + "\" font-weight=\"bold\" fill=\"" +
                    hex(chart::kText) + "\"");
  }
  for (const auto& h : m.headings) {
    append_text(out, h.x, h.y, h.text,
                "font-size=\"" + coord(m.text_px + 2) + "\" font-weight=\"bold\" fill=\"" +
                    hex(chart::kText) + "\"");
  }
  if (!m.subtitle.empty()) {
    append_text(out, 16, m.subtitle_baseline(), m.subtitle,
                "font-size=\"" + coord(m.text_px) + "\" fill=\"" + hex(chart::kMutedText) + "\"");
  }
}

}  // namespace

void append_pattern_defs(std::string& out, const std::vector<State>& states,
                         std::string_view prefix) {
  for (const State state : states) {
    const auto& style = chart::style_of(state);
    if (style.pattern == Pattern::solid) continue;
    const bool hatched = style.pattern == Pattern::hatched;
    const char* size = hatched ? "6" : "4";
    out += "<pattern id=\"" + std::string(prefix) + "-" + std::string(trace::state_name(state)) +
           "\" width=\"" + size + "\" height=\"" + size + "\" patternUnits=\"userSpaceOnUse\">";
    out += "<rect width=\"" + std::string(size) + "\" height=\"" + size + "\" fill=\"" +
           hex(style.fill) + "\"/>";
    // The PNG painter draws the same marks: a diagonal every 6 px, a dot every 4 px.
    if (hatched) {
      out += "<path d=\"M-1,1L1,-1M0,6L6,0M5,7L7,5\" stroke=\"" + hex(style.edge) +
             "\" stroke-width=\"1.5\"/>";
    } else {
      out += "<circle cx=\"2\" cy=\"2\" r=\"1\" fill=\"" + hex(style.edge) + "\"/>";
    }
    out += "</pattern>\n";
  }
}

std::string state_fill(State state, std::string_view prefix) {
  const auto& style = chart::style_of(state);
  if (style.pattern == Pattern::solid) return hex(style.fill);
  return "url(#" + std::string(prefix) + "-" + std::string(trace::state_name(state)) + ")";
}

std::string timeline_svg_element(const ChartModel& m, std::string_view prefix) {
  std::string out;
  out.reserve(256 + m.rects.size() * 64);
  const std::string w = coord(m.width);
  const std::string h = coord(m.height);
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h +
         "\" viewBox=\"0 0 " + w + " " + h + "\" font-family=\"" + std::string(kSvgFonts) + "\">\n";
  std::vector<State> used;
  const auto flags = states_used(m);
  for (int s = 0; s < trace::kStateCount; ++s) {
    if (flags[static_cast<std::size_t>(s)]) used.push_back(static_cast<State>(s));
  }
  out += "<defs>\n";
  append_pattern_defs(out, used, prefix);
  out += "</defs>\n";
  out +=
      "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"" + hex(chart::kBackground) + "\"/>\n";
  append_plot(out, m, prefix);
  append_marks_and_axis(out, m);
  append_labels(out, m, prefix);
  append_legend_and_title(out, m, prefix);
  out += "</svg>\n";
  return out;
}

namespace {

chart::ChartOptions export_options(const trace::Trace& trace, Time t1,
                                   scenario::Vocabulary vocabulary) {
  chart::ChartOptions options;
  chart::apply_words(chart::english_words(vocabulary), options);
  options.width = 1600;
  options.max_customers = 200;
  options.title = trace.title;
  options.t1 = t1;
  return options;
}

}  // namespace

chart::ChartModel export_timeline(const trace::Trace& trace, Time t1,
                                  scenario::Vocabulary vocabulary) {
  std::int64_t customers = 0;
  for (const trace::Agent& a : trace.agents) customers += a.kind == trace::AgentKind::customer;
  if (customers > static_cast<std::int64_t>(chart::kExportCustomerLanes)) {
    // Too many customers for a lane each: the whole run, then a window of them up close.
    chart::RunDigest digest(trace, customers);
    trace::replay(trace, digest);
    return export_long_timeline(digest, vocabulary);
  }
  return chart::build_timeline(trace, export_options(trace, t1, vocabulary));
}

chart::ChartModel export_long_timeline(const chart::RunDigest& digest,
                                       scenario::Vocabulary vocabulary) {
  chart::ChartOptions options = export_options(digest.window(), -1, vocabulary);
  return chart::build_long_timeline(digest, options);
}

ReportCharts report_charts(const chart::RunDigest& digest) {
  ReportCharts c;
  c.end_time = digest.end_time();
  c.queues = digest.queues();
  c.customers = chart::customer_times(digest.window());
  c.customers_note = "Showing customers " + std::to_string(digest.window_first()) + " to " +
                     std::to_string(digest.window_first() + digest.window_count() - 1) + " of " +
                     std::to_string(digest.customers()) + ", the ones the timeline shows up close.";
  c.waits = digest.waits(kReportWaitBins);
  return c;
}

chart::ChartModel export_overlay_timeline(const trace::Trace& trace, const trace::Trace& overlay,
                                          Time t1, scenario::Vocabulary vocabulary) {
  chart::ChartOptions options = export_options(trace, t1, vocabulary);
  const chart::TraceIndex overlay_index(overlay, options.max_customers);
  options.overlay = &overlay;
  options.overlay_index = &overlay_index;
  options.lane_height = 24;  // two runs share each lane
  return chart::build_timeline(trace, options);
}

std::string timeline_svg(const ChartModel& model) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + timeline_svg_element(model, "tl");
}

}  // namespace burgers::exporter
