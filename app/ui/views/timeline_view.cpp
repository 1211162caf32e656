#include "ui/views/timeline_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "chart/chart_builder.hpp"
#include "ui/names.hpp"
#include "ui/widgets/chart_painter.hpp"

namespace burgers::ui {

void TimelineView::draw(AppState& state, Session& session, int side, std::vector<Command>& out,
                        float height) {
  run::Simulation* sim = session.simulation();
  if (sim == nullptr || sim->trace() == nullptr) return;
  const Text& text = state.text;
  const chart::TraceIndex& index = session.index();
  const Time now = sim->now();
  const Time view = std::min(state.clock.view, now);

  if (ImGui::SmallButton(text("fit"))) {
    follow = false;
    t0 = 0;
    t1 = std::max<Time>(now, 1);
  }
  ImGui::SameLine();
  ImGui::Checkbox(text("follow"), &follow);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text("follow_tip"));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", text("timeline_hint"));
  if (follow) {
    t0 = 0;
    // Before anything happened, a one-second axis rather than a one-nanosecond one.
    t1 = std::max(view, now) > 0 ? std::max(view, now) : kSecond;
  }

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float chart_h = height > 0 ? std::min(height, avail.y) : avail.y;
  const Names names = names_for(session.effective(), text.language());
  chart::ChartOptions o = localized_chart_options(text, names);
  o.width = std::max(200.0f, avail.x);
  o.lane_height = 16;
  o.label_width = 130;
  o.t0 = t0;
  o.t1 = t1;
  o.cursor = view;
  o.live_end = now;
  o.text_px = ImGui::GetFontSize();
  o.show_staff = show_staff;
  o.show_cores = show_cores;
  o.show_customers = show_customers;
  // Room for the customer lanes that fit below staff and cores, above axis and legend.
  const float pitch = o.lane_height + o.lane_gap;
  const auto fixed_rows =
      static_cast<float>(index.staff().size() + static_cast<std::size_t>(index.cores()) + 3);
  const float rows = std::floor((chart_h - 12 - 90) / pitch - fixed_rows);
  o.max_customers = static_cast<std::size_t>(std::max(1.0f, rows));
  const std::size_t customers = index.customers().size();
  first_customer =
      std::min(first_customer, customers > o.max_customers ? customers - o.max_customers : 0);
  o.first_customer = first_customer;

  const auto started = std::chrono::steady_clock::now();
  chart::ChartModel model = chart::build_timeline(*sim->trace(), index, o);
  model.plot_y0 = std::max(model.plot_y0, 12.0f);
  build_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##timeline", ImVec2(o.width, std::max(model.height, 40.0f)));
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  draw.PushClipRect(origin, ImVec2(origin.x + o.width, origin.y + model.height), true);
  paint_chart(draw, model, origin);
  draw.PopClipRect();
  handle_input(model, origin, now, out, side, customers);
  if (ImGui::IsItemHovered()) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    tooltip(model, *sim->trace(), text, names, ImVec2(mouse.x - origin.x, mouse.y - origin.y));
  }
}

void TimelineView::handle_input(const chart::ChartModel& m, ImVec2 origin, Time end,
                                std::vector<Command>& out, int side, std::size_t customers) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 p(io.MousePos.x - origin.x, io.MousePos.y - origin.y);
  const double span = static_cast<double>(t1 - t0);
  auto time_at = [&](float x) {
    return t0 + static_cast<Time>((x - m.plot_x0) / (m.plot_x1 - m.plot_x0) * span);
  };
  const bool on_axis = p.y >= m.axis_y - 6 && p.y <= m.axis_y + 26;
  const bool on_labels = p.x < m.plot_x0;
  if (ImGui::IsItemHovered() && io.MouseWheel != 0) {
    if (on_labels) {
      const long step = io.MouseWheel > 0 ? -3 : 3;
      const long next = static_cast<long>(first_customer) + step;
      first_customer =
          static_cast<std::size_t>(std::clamp<long>(next, 0, static_cast<long>(customers)));
    } else {
      // Zoom around the time under the mouse.
      follow = false;
      const Time anchor = time_at(std::clamp(p.x, m.plot_x0, m.plot_x1));
      const double factor = std::pow(0.8, io.MouseWheel);
      t0 = anchor - static_cast<Time>(static_cast<double>(anchor - t0) * factor);
      t1 = anchor + static_cast<Time>(static_cast<double>(t1 - anchor) * factor);
      if (t1 - t0 < 1000) t1 = t0 + 1000;
      t0 = std::max<Time>(t0, -static_cast<Time>(span));
    }
  }
  if (ImGui::IsItemActive()) {
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) scrubbing_ = on_axis;
    if (scrubbing_) {
      const Time t = std::clamp<Time>(time_at(p.x), 0, std::max<Time>(end, 0));
      out.push_back(Command::time_of(CommandKind::set_view_time, t, side));
    } else if (io.MouseDelta.x != 0) {
      follow = false;
      const Time shift = static_cast<Time>(io.MouseDelta.x / (m.plot_x1 - m.plot_x0) * span);
      t0 -= shift;
      t1 -= shift;
    }
    if (!on_axis && io.MouseDelta.y != 0 &&
        std::fabs(io.MouseDelta.y) > std::fabs(io.MouseDelta.x) && !scrubbing_) {
      const long next = static_cast<long>(first_customer) - static_cast<long>(io.MouseDelta.y / 8);
      first_customer =
          static_cast<std::size_t>(std::clamp<long>(next, 0, static_cast<long>(customers)));
    }
  }
  // Clicking a group header shows or hides the group.
  if (ImGui::IsItemClicked() && on_labels) {
    for (const chart::ChartLane& lane : m.lanes) {
      if (!lane.header || p.y < lane.y0 || p.y >= lane.y1) continue;
      bool& shown = lane.group == chart::LaneGroup::staff   ? show_staff
                    : lane.group == chart::LaneGroup::cores ? show_cores
                                                            : show_customers;
      shown = !shown;
    }
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
    ImGui::TextDisabled("%u %s", r.folded, text("span_folded"));
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
