#include "ui/views/stats_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "chart/palette.hpp"
#include "ui/names.hpp"
#include "ui/widgets/chart_painter.hpp"

namespace burgers::ui {

using trace::State;

void StatisticsView::refresh(const Session& session, double now_seconds) {
  const run::Simulation* sim = session.simulation();
  const trace::Trace* t = sim->trace();
  const bool changed = t != series_trace_ || t->spans.size() != series_spans_;
  // Recomputing walks the whole trace: at most four times a second while it grows.
  if (!changed || (now_seconds - refreshed_at_ < 0.25 && t == series_trace_ && !sim->finished()))
    return;
  queues_ = chart::queue_length_series(*t, 600);
  customers_ = chart::customer_times(*t);
  waits_ = chart::queue_wait_histogram(*t, -1, 24);
  series_trace_ = t;
  series_spans_ = t->spans.size();
  refreshed_at_ = now_seconds;
}

void StatisticsView::draw(AppState& state, Session& session) {
  run::Simulation* sim = session.simulation();
  if (sim == nullptr || sim->trace() == nullptr) return;
  const Text& text = state.text;
  refresh(session, ImGui::GetTime());
  stats::Summary summary = sim->summary();
  const Names names = names_for(session.effective(), text.language());
  for (std::size_t i = 0; i < summary.stations.size() && i < names.stations.size(); ++i) {
    summary.stations[i].label = names.stations[i];
  }
  for (chart::QueueSeries& q : queues_) {
    if (q.station >= 0 && static_cast<std::size_t>(q.station) < names.stations.size()) {
      q.label = names.stations[static_cast<std::size_t>(q.station)];
    }
  }
  ImGui::TextDisabled("%s: %s", text("stats_so_far"), format_duration(sim->now()).c_str());
  if (ImGui::CollapsingHeader(text("utilization"), ImGuiTreeNodeFlags_DefaultOpen))
    draw_utilization(summary, text);
  if (ImGui::CollapsingHeader(text("queue_length"), ImGuiTreeNodeFlags_DefaultOpen)) {
    draw_queue_lengths(text, std::min(state.clock.view, sim->now()), std::max<Time>(sim->now(), 1));
  }
  if (ImGui::CollapsingHeader(text("blocked_vs_free"), ImGuiTreeNodeFlags_DefaultOpen)) {
    draw_customer_times(text, state.clock.view);
  }
  if (ImGui::CollapsingHeader(text("wait_histogram"))) draw_histogram(text);
  if (ImGui::CollapsingHeader(text("summary_table"), ImGuiTreeNodeFlags_DefaultOpen))
    draw_summary_table(summary, text);
}

void StatisticsView::draw_utilization(const stats::Summary& s, const Text&) const {
  for (const stats::StationSummary& st : s.stations) {
    const std::string overlay = std::to_string(static_cast<int>(st.utilization * 100 + 0.5)) + "%";
    ImGui::TextUnformatted(st.label.c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 8);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, to_imgui(chart::style_of(State::busy).fill));
    ImGui::ProgressBar(static_cast<float>(st.utilization), ImVec2(-1, 0), overlay.c_str());
    ImGui::PopStyleColor();
  }
}

void StatisticsView::draw_queue_lengths(const Text&, Time view, Time end) const {
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFontSize() * 5;
  for (const chart::QueueSeries& q : queues_) {
    std::int64_t top = 1;
    for (const chart::StepPoint& p : q.points) top = std::max(top, p.value);
    ImGui::Text("%s  (max %lld)", q.label.c_str(), static_cast<long long>(top));
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList& draw = *ImGui::GetWindowDrawList();
    draw.AddRectFilled(a, ImVec2(a.x + width, a.y + height), IM_COL32(248, 249, 250, 255));
    auto x_of = [&](Time t) {
      return a.x + width * static_cast<float>(static_cast<double>(t) / static_cast<double>(end));
    };
    auto y_of = [&](std::int64_t v) {
      return a.y + height - 2 - (height - 4) * static_cast<float>(v) / static_cast<float>(top);
    };
    const ImU32 ink = to_imgui(chart::style_of(State::queued_blocked).edge);
    for (std::size_t i = 0; i < q.points.size(); ++i) {
      const Time t0 = q.points[i].time;
      const Time t1 = i + 1 < q.points.size() ? q.points[i + 1].time : end;
      if (t0 > end) break;
      const float y = y_of(q.points[i].value);
      draw.AddRectFilled(ImVec2(x_of(t0), y),
                         ImVec2(std::max(x_of(t1), x_of(t0) + 1), a.y + height - 2),
                         to_imgui(chart::style_of(State::queued_blocked).fill));
      draw.AddLine(ImVec2(x_of(t0), y), ImVec2(x_of(t1), y), ink);
    }
    const float cx = x_of(view);
    draw.AddLine(ImVec2(cx, a.y), ImVec2(cx, a.y + height), to_imgui(chart::kCursor), 2.0f);
  }
}

void StatisticsView::draw_histogram(const Text& text) const {
  if (waits_.counts.empty()) return;
  std::vector<float> values(waits_.counts.begin(), waits_.counts.end());
  const std::string caption =
      "0 .. " + format_duration(waits_.low + waits_.bin_width * static_cast<Time>(values.size()));
  ImGui::PlotHistogram("##waits", values.data(), static_cast<int>(values.size()), 0,
                       caption.c_str(), 0.0f, FLT_MAX, ImVec2(-1, ImGui::GetFontSize() * 6));
  ImGui::TextDisabled("%s: %s", text("count"), format_duration(waits_.bin_width).c_str());
}

void StatisticsView::draw_customer_times(const Text& text, Time view) const {
  // The latest customers who had left by the clock's time, oldest on the left.
  std::vector<const chart::CustomerTimes*> shown;
  for (const chart::CustomerTimes& c : customers_) {
    if (c.left >= 0 && c.left <= view) shown.push_back(&c);
  }
  const std::size_t max_bars = 40;
  if (shown.size() > max_bars)
    shown.erase(shown.begin(), shown.end() - static_cast<long>(max_bars));
  if (shown.empty()) return;
  Time longest = 1;
  for (const auto* c : shown) longest = std::max(longest, c->blocked + c->free + c->own);
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFontSize() * 6;
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const float bar = width / static_cast<float>(max_bars);
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const float x0 = a.x + bar * static_cast<float>(i) + 1;
    float y = a.y + height;
    const std::pair<Time, State> parts[] = {
        {shown[i]->blocked, chart::category_swatch(trace::Category::blocked)},
        {shown[i]->free, chart::category_swatch(trace::Category::free)},
        {shown[i]->own, chart::category_swatch(trace::Category::own)}};
    for (const auto& [amount, state] : parts) {
      const float h =
          height * static_cast<float>(static_cast<double>(amount) / static_cast<double>(longest));
      if (h >= 0.5f) paint_state_swatch(draw, ImVec2(x0, y - h), ImVec2(x0 + bar - 2, y), state);
      y -= h;
    }
  }
  const float s = ImGui::GetFontSize() * 0.8f;
  for (const auto& [key, state] :
       {std::pair{"blocked", chart::category_swatch(trace::Category::blocked)},
        std::pair{"free", chart::category_swatch(trace::Category::free)},
        std::pair{"own", chart::category_swatch(trace::Category::own)}}) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    paint_state_swatch(draw, p, ImVec2(p.x + s, p.y + s), state);
    ImGui::Dummy(ImVec2(s, s));
    ImGui::SameLine();
    ImGui::TextUnformatted(text(key));
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void StatisticsView::draw_summary_table(const stats::Summary& s, const Text& text) const {
  if (ImGui::BeginTable("##customers", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
    auto row = [](const char* label, const std::string& value) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(value.c_str());
    };
    row(text("arrived"), std::to_string(s.customers.arrived));
    row(text("served"), std::to_string(s.customers.served));
    row(text("mean_sojourn"), format_duration(s.customers.mean_sojourn));
    row(text("mean_blocked"), format_duration(s.customers.mean_blocked));
    row(text("mean_free"), format_duration(s.customers.mean_free));
    row(text("mean_own"), format_duration(s.customers.mean_own));
    row(text("makespan"), format_duration(s.customers.makespan));
    row(text("events"), std::to_string(s.events));
    ImGui::EndTable();
  }
  if (s.stations.empty()) return;
  if (ImGui::BeginTable("##stations", 6,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    for (const char* key : {"station", "staff", "busy", "mean_wait", "p90_wait", "max_line"})
      ImGui::TableSetupColumn(text(key));
    ImGui::TableHeadersRow();
    for (const stats::StationSummary& st : s.stations) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(st.label.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", st.staff);
      ImGui::TableNextColumn();
      ImGui::Text("%.0f%%", st.utilization * 100);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_duration(st.mean_queue_wait).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_duration(st.queue_wait.p90).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%lld", static_cast<long long>(st.max_queue_length));
    }
    ImGui::EndTable();
  }
}

}  // namespace burgers::ui
