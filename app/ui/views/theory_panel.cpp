#include "ui/views/theory_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace burgers::ui {

namespace {

struct Badge {
  const char* word;
  const char* tip;
  ImVec4 colour;
};

Badge badge_of(const stats::TheoryCheck& t, const Text& text) {
  if (!t.has_model()) return {text("theory_no_model"), nullptr, ImVec4(0.45f, 0.48f, 0.52f, 1)};
  if (!t.agrees) return {text("theory_no_verdict"), nullptr, ImVec4(0.45f, 0.48f, 0.52f, 1)};
  if (*t.agrees)
    return {text("theory_agrees"), text("theory_agrees_tip"), ImVec4(0.0f, 0.55f, 0.38f, 1)};
  return {text("theory_differs"), text("theory_differs_tip"), ImVec4(0.84f, 0.37f, 0.0f, 1)};
}

// The simulated counterparts of the model's line length and utilization: summed over the
// stations it covers, and the busiest station's.
void simulated_line(const stats::Summary& s, const stats::TheoryCheck& t, double& line,
                    double& busy) {
  line = 0;
  busy = 0;
  for (const stats::StationTheory& st : t.stations) {
    if (st.index < 0 || static_cast<std::size_t>(st.index) >= s.stations.size()) continue;
    line += s.stations[static_cast<std::size_t>(st.index)].mean_queue_length;
    busy = std::max(busy, s.stations[static_cast<std::size_t>(st.index)].utilization);
  }
}

void figures_table(const stats::Summary& s, const stats::TheoryCheck& t, const Text& text) {
  if (!ImGui::BeginTable("##theory", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(text("figure"));
  ImGui::TableSetupColumn(text("theory_column"));
  ImGui::TableSetupColumn(text("theory_simulated"));
  ImGui::TableHeadersRow();
  auto row = [](const char* label, const std::string& theory, const std::string& simulated) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(theory.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(simulated.c_str());
  };
  std::string wait = format_duration(t.simulated_mean_queue_wait);
  if (t.agrees)
    wait += "  [" + format_duration(t.ci95_low) + " .. " + format_duration(t.ci95_high) + "]";
  row(text("mean_wait"), format_duration(t.mean_queue_wait), wait);
  double line = 0;
  double busy = 0;
  simulated_line(s, t, line, busy);
  char buffer[2][32];
  std::snprintf(buffer[0], sizeof buffer[0], "%.2f", t.mean_queue_length);
  std::snprintf(buffer[1], sizeof buffer[1], "%.2f", line);
  row(text("theory_mean_line"), buffer[0], buffer[1]);
  std::snprintf(buffer[0], sizeof buffer[0], "%.1f%%", t.utilization * 100);
  std::snprintf(buffer[1], sizeof buffer[1], "%.1f%%", busy * 100);
  row(text("utilization"), buffer[0], buffer[1]);
  ImGui::EndTable();
}

}  // namespace

void draw_theory(const stats::Summary& summary, const Text& text) {
  if (!summary.theory) return;
  const stats::TheoryCheck& t = *summary.theory;
  if (!ImGui::CollapsingHeader(text("theory"), ImGuiTreeNodeFlags_DefaultOpen)) return;
  const Badge badge = badge_of(t, text);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::CalcTextSize(badge.word);
  const float pad = ImGui::GetFontSize() * 0.4f;
  ImGui::GetWindowDrawList()->AddRectFilled(at,
                                            ImVec2(at.x + size.x + 2 * pad, at.y + size.y + pad),
                                            ImGui::GetColorU32(badge.colour), size.y * 0.4f);
  ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + pad, at.y + pad / 2), IM_COL32_WHITE,
                                      badge.word);
  ImGui::Dummy(ImVec2(size.x + 2 * pad, size.y + pad));
  if (badge.tip != nullptr && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", badge.tip);
  ImGui::SameLine();
  if (t.reason != stats::TheoryReason::none) {
    const std::string key = "theory_reason_" + std::string(stats::reason_name(t.reason));
    std::string reason = text(key);
    if (t.reason == stats::TheoryReason::unstable) {
      char rho[32];
      std::snprintf(rho, sizeof rho, " (%.0f%%)", t.reason_value * 100);
      reason += rho;
    }
    ImGui::TextWrapped("%s", reason.c_str());
  } else {
    ImGui::Text("%s %s", text("theory_model"), t.model.c_str());
  }
  if (t.has_model()) figures_table(summary, t, text);
}

}  // namespace burgers::ui
