#include "ui/views/compare_view.hpp"

#include <imgui.h>

#include <string>

namespace burgers::ui {

namespace {

Time mean_wait(const stats::Summary& s) {
  // Over all stations, weighted by the jobs served at each.
  double total = 0;
  std::int64_t jobs = 0;
  for (const stats::StationSummary& st : s.stations) {
    total += static_cast<double>(st.mean_queue_wait) * static_cast<double>(st.served);
    jobs += st.served;
  }
  return jobs > 0 ? static_cast<Time>(total / static_cast<double>(jobs)) : 0;
}

void time_row(const char* label, Time left, Time right) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(format_duration(left).c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(format_duration(right).c_str());
  ImGui::TableNextColumn();
  const Time d = right - left;
  if (left != 0) {
    ImGui::Text("%s%s (%+.0f%%)", d >= 0 ? "+" : "", format_duration(d).c_str(),
                100.0 * static_cast<double>(d) / static_cast<double>(left));
  } else {
    ImGui::Text("%s%s", d >= 0 ? "+" : "", format_duration(d).c_str());
  }
}

}  // namespace

void CompareView::draw(AppState& state) const {
  if (!state.main || !state.other || !state.main->simulation() || !state.other->simulation())
    return;
  const Text& text = state.text;
  const stats::Summary a = state.main->simulation()->summary();
  const stats::Summary b = state.other->simulation()->summary();
  ImGui::Text("%s", text("difference"));
  if (!ImGui::BeginTable("##difference", 4,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(text("figure"));
  ImGui::TableSetupColumn(
      (std::string(text("left_run")) + ": " + state.main->effective().title).c_str());
  ImGui::TableSetupColumn(
      (std::string(text("right_run")) + ": " + state.other->effective().title).c_str());
  ImGui::TableSetupColumn(text("difference"));
  ImGui::TableHeadersRow();
  time_row(text("mean_wait_all"), mean_wait(a), mean_wait(b));
  time_row(text("mean_blocked"), a.customers.mean_blocked, b.customers.mean_blocked);
  time_row(text("mean_free"), a.customers.mean_free, b.customers.mean_free);
  time_row(text("mean_sojourn"), a.customers.mean_sojourn, b.customers.mean_sojourn);
  time_row(text("makespan"), a.customers.makespan, b.customers.makespan);
  for (const stats::StationSummary& left : a.stations) {
    for (const stats::StationSummary& right : b.stations) {
      if (left.name != right.name) continue;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%s: %s", text("utilization"), left.label.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%.0f%% (%d)", left.utilization * 100, left.staff);
      ImGui::TableNextColumn();
      ImGui::Text("%.0f%% (%d)", right.utilization * 100, right.staff);
      ImGui::TableNextColumn();
      ImGui::Text("%+.0f pt", (right.utilization - left.utilization) * 100);
    }
  }
  ImGui::EndTable();
}

}  // namespace burgers::ui
