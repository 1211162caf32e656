#include "ui/views/stats_view.hpp"

#include <imgui.h>

#include <string>

#include "text/fill.hpp"
#include "ui/names.hpp"
#include "ui/views/theory_panel.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace tx = burgers::text;

namespace burgers::ui {

namespace {

void row(const char* label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  wrapped_text(label);
  ImGui::TableNextColumn();
  wrapped_text(value);
}

void customer_table(const StatsModel& m, const Text& text) {
  const stats::Summary& s = m.summary;
  if (!ImGui::BeginTable("##customers", 2,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                             ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn("##figure", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  // Means over customers who have left: before anyone has, there is nothing to average.
  const bool anyone = s.customers.served > 0;
  auto mean = [&](Time t) {
    return anyone ? format_duration(t) : std::string(text("nobody_left"));
  };
  row(text("arrived"), tx::thousands(s.customers.arrived));
  row(text("served"), tx::thousands(s.customers.served));
  row(text("mean_sojourn_customer"), mean(s.customers.mean_sojourn));
  row(text("mean_blocked_customer"), mean(s.customers.mean_blocked));
  row(text("mean_free_customer"), mean(s.customers.mean_free));
  row(text("mean_own_customer"), mean(s.customers.mean_own));
  row(text("makespan"), anyone ? format_duration(s.customers.makespan) : text("nobody_left"));
  row(text("events"), m.live ? tx::thousands(static_cast<long long>(s.events)) : "—");
  ImGui::EndTable();
}

// One column per station (there are few), one row per figure: headers never get cut.
void station_table(const stats::Summary& s, const Text& text) {
  if (s.stations.empty()) return;
  const int columns = static_cast<int>(s.stations.size()) + 1;
  if (!ImGui::BeginTable("##stations", columns,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                             ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn("##figure", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableNextColumn();
  wrapped_text(text("station"));
  for (const stats::StationSummary& st : s.stations) {
    ImGui::TableNextColumn();
    wrapped_text(st.label.empty() ? st.name : st.label);
  }
  auto figures = [&](const char* key, auto value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    wrapped_text(text(key));
    for (const stats::StationSummary& st : s.stations) {
      ImGui::TableNextColumn();
      wrapped_text(value(st));
    }
  };
  figures("staff", [](const auto& st) { return std::to_string(st.staff); });
  figures("busy", [](const auto& st) {
    return std::to_string(static_cast<int>(st.utilization * 100 + 0.5)) + "%";
  });
  figures("served_visits", [](const auto& st) { return tx::thousands(st.served); });
  figures("mean_wait_visit", [&](const auto& st) {
    return st.served > 0 ? format_duration(st.mean_queue_wait) : std::string("—");
  });
  figures("p90_visits", [&](const auto& st) {
    return st.served > 0 ? format_duration(st.queue_wait.p90) : std::string("—");
  });
  figures("max_line", [](const auto& st) { return tx::thousands(st.max_queue_length); });
  ImGui::EndTable();
}

}  // namespace

void StatisticsView::draw(const AppState& state, const SessionFrame& frame) const {
  const Text& text = state.text;
  if (!frame.ready || frame.stats == nullptr) {
    computing_note(text, frame.progress, ImGui::GetContentRegionAvail());
    return;
  }
  const StatsModel& m = *frame.stats;
  stats::Summary summary = m.summary;
  const Names names = names_for(frame.session->effective(), text);
  for (std::size_t i = 0; i < summary.stations.size() && i < names.stations.size(); ++i)
    summary.stations[i].label = names.stations[i];
  ImGui::TextDisabled("%s", fill(text("as_of"), clock_text(m.as_of)).c_str());
  draw_theory(summary, text);
  if (ImGui::CollapsingHeader(text("utilization"), ImGuiTreeNodeFlags_DefaultOpen))
    draw_utilization(summary, text);
  if (ImGui::CollapsingHeader(text("queue_length"), ImGuiTreeNodeFlags_DefaultOpen)) {
    StatsModel labelled = m;
    for (chart::QueueSeries& q : labelled.queues) {
      if (q.station >= 0 && static_cast<std::size_t>(q.station) < names.stations.size())
        q.label = names.stations[static_cast<std::size_t>(q.station)];
    }
    labelled.summary = summary;
    draw_queue_lengths(labelled, text);
  }
  if (ImGui::CollapsingHeader(text("blocked_vs_free"), ImGuiTreeNodeFlags_DefaultOpen))
    draw_customer_times(m, text);
  if (ImGui::CollapsingHeader(text("wait_histogram"))) draw_histogram(m, text);
  if (ImGui::CollapsingHeader(text("summary_table"), ImGuiTreeNodeFlags_DefaultOpen)) {
    customer_table(m, text);
    station_table(summary, text);
  }
}

}  // namespace burgers::ui
