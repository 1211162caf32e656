#include "ui/views/timeline_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "chart/chart_builder.hpp"
#include "ui/names.hpp"
#include "ui/panel_models.hpp"
#include "ui/widgets/chart_painter.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

void TimelineView::toolbar(const AppState& state, const SessionFrame& frame, int side,
                           std::vector<Command>& out) const {
  const Text& text = state.text;
  const TimelineViewport& v = state.timeline[side];
  if (ImGui::SmallButton(text("fit")) && frame.ready) {
    const Time end = std::max<Time>(frame.session->simulation()->now(), frame.as_of);
    Command c = Command::time_of(CommandKind::set_viewport, 0, side);
    c.value = static_cast<double>(std::max<Time>(end, 1));
    out.push_back(c);
  }
  ImGui::SameLine();
  bool follow = v.follow;
  if (ImGui::Checkbox(text("follow"), &follow))
    out.push_back(Command::value_of(CommandKind::set_follow, follow ? 1 : 0, side));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text("follow_tip"));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", burgers::text::fit(text("timeline_hint"),
                                               ImGui::GetContentRegionAvail().x, font_measure())
                                .c_str());
}

void TimelineView::draw(const AppState& state, const SessionFrame& frame, int side,
                        std::vector<Command>& out, float height) {
  const Text& text = state.text;
  toolbar(state, frame, side, out);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float chart_h = height > 0 ? std::min(height, avail.y) : avail.y;
  if (!frame.ready) {
    computing_note(text, frame.progress, ImVec2(avail.x, chart_h));
    return;
  }
  const Names names = names_for(frame.session->effective(), text);
  const TimelineViewport& viewport = state.timeline[side];
  const PanelSize size{avail.x, chart_h, ImGui::GetFontSize(), font_measure()};
  const chart::ChartOptions o = timeline_options(text, names, viewport, frame, size);
  const auto started = std::chrono::steady_clock::now();
  const trace::Trace& trace = *frame.session->simulation()->trace();
  const chart::ChartModel model = chart::build_timeline(trace, frame.session->index(), o);
  build_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##timeline", ImVec2(o.width, std::max(model.height, 40.0f)));
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  draw.PushClipRect(origin, ImVec2(origin.x + o.width, origin.y + model.height), true);
  paint_chart(draw, model, origin);
  draw.PopClipRect();
  handle_input(model, origin, frame, side, out);
  if (ImGui::IsItemHovered()) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const ImVec2 p(mouse.x - origin.x, mouse.y - origin.y);
    tooltip(model, trace, text, names, p);
    out.push_back(hovered(model, p, side));
  }
}

Command TimelineView::hovered(const chart::ChartModel& m, ImVec2 p, int side) const {
  // The bar under the pointer, else the lane's agent (a task, or a staff member).
  const int hit = rect_at(m, p);
  if (hit >= 0) {
    const chart::ChartRect& r = m.rects[static_cast<std::size_t>(hit)];
    if (r.span != chart::kNoSpan && !r.overlay) {
      for (const chart::ChartLane& l : m.lanes)
        if (p.y >= l.y0 && p.y < l.y1) return Command::hover_of(side, l.agent, r.span);
    }
  }
  for (const chart::ChartLane& l : m.lanes)
    if (p.y >= l.y0 && p.y < l.y1 && !l.header) return Command::hover_of(side, l.agent);
  return Command::hover_of(side, trace::kNoAgent);
}

void TimelineView::handle_input(const chart::ChartModel& m, ImVec2 origin,
                                const SessionFrame& frame, int side, std::vector<Command>& out) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 p(io.MousePos.x - origin.x, io.MousePos.y - origin.y);
  const double span = static_cast<double>(m.t1 - m.t0);
  auto time_at = [&](float x) {
    return m.t0 + static_cast<Time>((x - m.plot_x0) / (m.plot_x1 - m.plot_x0) * span);
  };
  auto viewport_to = [&](Time t0, Time t1) {
    Command c = Command::time_of(CommandKind::set_viewport, t0, side);
    c.value = static_cast<double>(t1);
    out.push_back(c);
  };
  const bool on_axis = p.y >= m.axis_y - 6 && p.y <= m.axis_y + 26;
  const bool on_labels = p.x < m.plot_x0;
  const chart::ChartLane* lane = nullptr;
  for (const chart::ChartLane& l : m.lanes) lane = p.y >= l.y0 && p.y < l.y1 ? &l : lane;
  auto scroll = [&](long delta) {
    const bool staff = lane != nullptr && lane->group == chart::LaneGroup::staff;
    const long first = static_cast<long>(staff ? m.first_staff : m.first_customer) + delta;
    out.push_back(Command::value_of(
        CommandKind::scroll_lanes, static_cast<double>(std::max<long>(first, 0)), side,
        static_cast<int>(staff ? chart::LaneGroup::staff : chart::LaneGroup::customers)));
  };
  if (ImGui::IsItemHovered() && io.MouseWheel != 0) {
    if (on_labels) {
      scroll(io.MouseWheel > 0 ? -3 : 3);
    } else {  // zoom around the time under the mouse
      const Time anchor = time_at(std::clamp(p.x, m.plot_x0, m.plot_x1));
      const double factor = std::pow(0.8, io.MouseWheel);
      viewport_to(anchor - static_cast<Time>(static_cast<double>(anchor - m.t0) * factor),
                  anchor + static_cast<Time>(static_cast<double>(m.t1 - anchor) * factor));
    }
  }
  if (ImGui::IsItemActive()) {
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) scrubbing_ = on_axis;
    const Time end = frame.session->simulation()->now();
    if (scrubbing_) {
      const Time t = std::clamp<Time>(time_at(p.x), 0, std::max<Time>(end, 0));
      if (t != frame.as_of) out.push_back(Command::time_of(CommandKind::set_view_time, t, side));
    } else if (io.MouseDelta.x != 0 && !on_labels) {
      const auto shift = static_cast<Time>(io.MouseDelta.x / (m.plot_x1 - m.plot_x0) * span);
      viewport_to(m.t0 - shift, m.t1 - shift);
    } else if (on_labels && std::fabs(io.MouseDelta.y) >= 8) {
      scroll(-static_cast<long>(io.MouseDelta.y / 8));
    }
  }
  // Clicking a group header opens or folds the group.
  if (ImGui::IsItemClicked() && on_labels && lane != nullptr && lane->header) {
    out.push_back(Command::value_of(CommandKind::show_group, lane->collapsed ? 1 : 0, side,
                                    static_cast<int>(lane->group)));
  }
}

void TimelineView::tooltip(const chart::ChartModel& m, const trace::Trace& trace, const Text& text,
                           const Names& names, ImVec2 p) const {
  const int hit = rect_at(m, p);
  if (hit < 0) return;
  const chart::ChartRect& r = m.rects[static_cast<std::size_t>(hit)];
  ImGui::BeginTooltip();
  if (r.span == chart::kNoSpan) {
    ImGui::Text("%s", text(state_key(r.state)));
    if (r.folded > 0) ImGui::TextDisabled("%u %s", r.folded, text("span_folded"));
    if (r.folded == 0) ImGui::TextDisabled("%s", text("group_summary_tip"));
  } else {
    const trace::Span& s = trace.spans[r.span];
    ImGui::Text("%s", names.agent(trace, s.agent).c_str());
    ImGui::Separator();
    ImGui::Text("%s: %s", text("span_state"), text(state_key(s.state)));
    ImGui::Text("%s: %s", text("span_start"), format_duration(s.start).c_str());
    if (s.end != trace::kOpenEnd) {
      ImGui::Text("%s: %s", text("span_end"), format_duration(s.end).c_str());
      ImGui::Text("%s: %s", text("span_length"), format_duration(s.end - s.start).c_str());
    }
    if (s.station >= 0) {
      ImGui::Text("%s: %s", text("span_station"), names.station(trace, s.station).c_str());
    }
    if (s.customer != trace::kNoAgent && s.customer != s.agent) {
      ImGui::Text("%s: %s", text("span_customer"), names.agent(trace, s.customer).c_str());
    }
    if (s.core >= 0) ImGui::Text("%s: %d", text("span_core"), s.core + 1);
  }
  ImGui::EndTooltip();
}

}  // namespace burgers::ui
