// The statistics panel's charts, drawn with ImDrawList from a StatsModel: colours and
// patterns come from the palette through the state each figure counts.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "chart/chart_builder.hpp"
#include "chart/palette.hpp"
#include "text/fill.hpp"
#include "ui/views/stats_view.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/chart_painter.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

namespace tx = burgers::text;

namespace {

constexpr ImU32 kPaper = IM_COL32(248, 249, 250, 255);
constexpr ImU32 kAxisInk = IM_COL32(160, 166, 172, 255);

std::string percent(double share) {
  return std::to_string(static_cast<int>(share * 100 + 0.5)) + "%";
}

// A swatch and a word, on the current line.
void key(trace::State state, const char* word) {
  const float s = ImGui::GetFontSize() * 0.8f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  paint_state_swatch(*ImGui::GetWindowDrawList(), ImVec2(p.x, p.y + 2),
                     ImVec2(p.x + s, p.y + 2 + s), state);
  ImGui::Dummy(ImVec2(s, s));
  ImGui::SameLine();
  ImGui::TextUnformatted(word);
}

// Time labels up the left edge of a chart [a, b], for 0..top.
void time_axis_left(ImDrawList& draw, ImVec2 a, ImVec2 b, float axis_w, Time top) {
  // time_ticks spaces labels for a horizontal axis (about 110 px); up the side, a line
  // of text needs about a third of that.
  const float h = b.y - a.y;
  const float stretch = 3;
  for (const chart::ChartTick& t : chart::time_ticks(0, top, 0, h * stretch)) {
    if (!t.major || t.label.empty()) continue;
    const float y = b.y - t.x / stretch;
    draw.AddLine(ImVec2(a.x + axis_w, y), ImVec2(b.x, y), IM_COL32(222, 226, 230, 255));
    const ImVec2 size = ImGui::CalcTextSize(t.label.c_str());
    draw.AddText(ImVec2(a.x + axis_w - 4 - size.x, std::clamp(y - size.y / 2, a.y, b.y - size.y)),
                 kAxisInk, t.label.c_str());
  }
}

}  // namespace

void draw_utilization(const stats::Summary& s, const Text& text) {
  // Each station: one bar of its staff's time, split into what holding a job meant.
  bool parts_seen[std::size(kBusyParts)] = {};
  float label_w = ImGui::GetFontSize() * 4;
  for (const stats::StationSummary& st : s.stations)
    label_w = std::max(label_w,
                       ImGui::CalcTextSize((st.label.empty() ? st.name : st.label).c_str()).x + 12);
  label_w = std::min(label_w, ImGui::GetContentRegionAvail().x * 0.4f);
  for (const stats::StationSummary& st : s.stations) {
    ImGui::TextUnformatted(
        tx::fit(st.label.empty() ? st.name : st.label, label_w - 6, font_measure()).c_str());
    ImGui::SameLine(label_w);
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = ImGui::GetFontSize() * 1.1f;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList& draw = *ImGui::GetWindowDrawList();
    backdrop(draw, a, ImVec2(a.x + w, a.y + h), kPaper);
    float x = a.x;
    for (std::size_t i = 0; i < std::size(kBusyParts); ++i) {
      const Time part = st.*kBusyParts[i].time;
      if (part <= 0 || st.busy_time <= 0) continue;
      parts_seen[i] = true;
      const double share =
          st.utilization * static_cast<double>(part) / static_cast<double>(st.busy_time);
      const float pw = w * static_cast<float>(share);
      paint_state_swatch(draw, ImVec2(x, a.y), ImVec2(x + pw, a.y + h), kBusyParts[i].state);
      x += pw;
    }
    const std::string total = percent(st.utilization);
    const ImVec2 size = ImGui::CalcTextSize(total.c_str());
    const float tx0 = std::min(x + 4, a.x + w - size.x - 4);
    draw.AddRectFilled(ImVec2(tx0 - 2, a.y), ImVec2(tx0 + size.x + 2, a.y + h),
                       IM_COL32(255, 255, 255, 220), 3.0f);
    draw.AddText(ImVec2(tx0, a.y + (h - size.y) / 2), IM_COL32(33, 37, 41, 255), total.c_str());
  }
  // The key names only the parts that occur in this run.
  bool first = true;
  for (std::size_t i = 0; i < std::size(kBusyParts); ++i) {
    if (!parts_seen[i]) continue;
    if (!first) ImGui::SameLine(0, ImGui::GetFontSize());
    key(kBusyParts[i].state, text(kBusyParts[i].key));
    first = false;
  }
}

void draw_queue_lengths(const StatsModel& m, const Text& text) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFontSize() * 4.5f;
  const Time end = std::max<Time>(m.as_of, 1);
  for (const chart::QueueSeries& q : m.queues) {
    const auto st = static_cast<std::size_t>(std::max(q.station, 0));
    const std::int64_t longest =
        st < m.summary.stations.size() ? m.summary.stations[st].max_queue_length : 0;
    ImGui::TextUnformatted(q.label.c_str());
    ImGui::SameLine();
    if (longest == 0) {
      ImGui::TextDisabled("%s", text("no_queue"));
      continue;
    }
    ImGui::TextDisabled("%s", fill(text("longest_line"), tx::thousands(longest)).c_str());
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList& draw = *ImGui::GetWindowDrawList();
    const float axis_w = ImGui::CalcTextSize(std::to_string(longest).c_str()).x + 6;
    const ImVec2 p0(a.x + axis_w, a.y);
    const ImVec2 p1(a.x + width, a.y + height);
    backdrop(draw, p0, p1, kPaper);
    draw.AddText(ImVec2(a.x, a.y), kAxisInk, std::to_string(longest).c_str());
    draw.AddText(ImVec2(a.x + axis_w - 10, p1.y - ImGui::GetFontSize()), kAxisInk, "0");
    const float pw = p1.x - p0.x;
    auto x_of = [&](Time t) {
      return p0.x + pw * static_cast<float>(static_cast<double>(std::min(t, end)) /
                                            static_cast<double>(end));
    };
    auto y_of = [&](std::int64_t v) {
      return p1.y - 2 - (height - 4) * static_cast<float>(v) / static_cast<float>(longest);
    };
    const chart::StateStyle& style = chart::style_of(trace::State::queued_blocked);
    for (std::size_t i = 0; i < q.points.size() && q.points[i].time <= end; ++i) {
      const Time t1 = i + 1 < q.points.size() ? q.points[i + 1].time : end;
      const float y = y_of(q.points[i].value);
      draw.AddRectFilled(ImVec2(x_of(q.points[i].time), y),
                         ImVec2(std::max(x_of(t1), x_of(q.points[i].time) + 1), p1.y - 2),
                         to_imgui(style.fill));
      draw.AddLine(ImVec2(x_of(q.points[i].time), y), ImVec2(x_of(t1), y), to_imgui(style.edge));
    }
  }
}

void draw_customer_times(const StatsModel& m, const Text& text) {
  if (m.recent.empty()) {
    ImGui::TextDisabled("%s", text("nobody_left_yet"));
    return;
  }
  Time longest = 1;
  for (const auto& c : m.recent) longest = std::max(longest, c.blocked + c.free + c.own);
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFontSize() * 6;
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const float axis_w = ImGui::GetFontSize() * 3.6f;
  const ImVec2 b(a.x + width, a.y + height);
  time_axis_left(draw, a, b, axis_w, longest);
  draw.AddLine(ImVec2(a.x + axis_w, b.y), b, kAxisInk);
  // The bars share the width (however few customers have left), up to a comfortable width.
  const float plot_w = width - axis_w;
  const float bar =
      std::min(plot_w / static_cast<float>(m.recent.size()), ImGui::GetFontSize() * 3);
  const float scale = height / static_cast<float>(longest);
  for (std::size_t i = 0; i < m.recent.size(); ++i) {
    const float x0 = a.x + axis_w + bar * static_cast<float>(i) + 1;
    float y = b.y;
    for (const TimePart& part : kTimeParts) {
      const float h = static_cast<float>(m.recent[i].*part.time) * scale;
      if (h >= 0.5f)
        paint_state_swatch(draw, ImVec2(x0, y - h), ImVec2(x0 + bar - 2, y),
                           chart::category_swatch(part.category));
      y -= h;
    }
  }
  for (const TimePart& part : kTimeParts) {
    key(chart::category_swatch(part.category), text(part.key));
    ImGui::SameLine(0, ImGui::GetFontSize());
  }
  ImGui::NewLine();
  ImGui::TextDisabled("%s",
                      fill(text("recent_customers"), std::to_string(m.recent.size())).c_str());
}

void draw_histogram(const StatsModel& m, const Text& text) {
  std::int64_t total = 0;
  for (const std::int64_t c : m.waits.counts) total += c;
  if (total == 0) {
    ImGui::TextDisabled("%s", text("no_queue"));
    return;
  }
  std::vector<float> values(m.waits.counts.begin(), m.waits.counts.end());
  const std::string caption =
      "0 .. " + format_duration(m.waits.low + m.waits.bin_width * static_cast<Time>(values.size()));
  ImGui::PlotHistogram("##waits", values.data(), static_cast<int>(values.size()), 0,
                       caption.c_str(), 0.0f, FLT_MAX, ImVec2(-1, ImGui::GetFontSize() * 6));
  wrapped_text(fill(text("histogram_note"), format_duration(m.waits.bin_width)));
}

}  // namespace burgers::ui
