#include "ui/views/lesson_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/names.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

void LessonView::draw(const AppState& state, const Session& session, int side,
                      std::vector<Command>& out) const {
  const Text& text = state.text;
  if (!session.errors().empty()) {
    const ImVec4 red(0.85f, 0.25f, 0.2f, 1);
    wrapped_text_colored(red, text("reload_error"));
    for (const scenario::Diagnostic& d : session.errors()) wrapped_text_colored(red, d.to_string());
    ImGui::Separator();
  }
  if (!session.loaded()) return;
  const Names names = names_for(session.base(), text);
  ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
  wrapped_text(names.title);
  ImGui::PopFont();
  ImGui::TextDisabled("%s", session.file().filename().string().c_str());
  ImGui::Spacing();
  wrapped_text(names.description);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted(text("parameters"));
  draw_sliders(state, session, side, out);
}

void LessonView::draw_sliders(const AppState& state, const Session& session, int side,
                              std::vector<Command>& out) const {
  const Text& text = state.text;
  const scenario::Scenario& base = session.base();
  const Names names = names_for(base, text);
  const float label_w =
      std::min(ImGui::GetFontSize() * 11, ImGui::GetContentRegionAvail().x * 0.45f);
  const float value_w = ImGui::CalcTextSize("000000").x;  // the value sits beside the knob
  auto label = [&](const std::string& s) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(burgers::text::fit(s, label_w - 6, font_measure()).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.c_str());
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(-(value_w + ImGui::GetStyle().ItemSpacing.x));
  };
  for (std::size_t i = 0; i < base.stations.size(); ++i) {
    const scenario::Station& st = base.stations[i];
    label(fill(text("staff_slider"), names.stations[i]));
    int staff = session.params().staff[i];
    const int top = std::max(16, st.staff * 3);
    const std::string id = "##staff" + std::to_string(i);
    if (ImGui::SliderInt(id.c_str(), &staff, 1, top, "")) {
      out.push_back(Command::value_of(CommandKind::set_staff, staff, side, static_cast<int>(i)));
    }
    slider_value(std::to_string(staff).c_str(), value_w);
  }
  for (std::size_t g = 0; g < base.groups.size(); ++g) {
    const scenario::CustomerGroup& group = base.groups[g];
    const double base_rate =
        group.arrival.mean() > 0 ? static_cast<double>(kMinute) / group.arrival.mean() : 0;
    if (base_rate <= 0) continue;  // everyone at time 0: no rate to change
    label(fill(text("arrival_slider"), names.groups[g]));
    float rate = static_cast<float>(base_rate * session.params().arrival_factor[g]);
    const std::string id = "##arrival" + std::to_string(g);
    if (ImGui::SliderFloat(id.c_str(), &rate, static_cast<float>(base_rate / 4),
                           static_cast<float>(base_rate * 4), "", ImGuiSliderFlags_Logarithmic)) {
      out.push_back(
          Command::value_of(CommandKind::set_arrival, rate / base_rate, side, static_cast<int>(g)));
    }
    char value[32];
    std::snprintf(value, sizeof value, rate < 10 ? "%.2f" : "%.0f", static_cast<double>(rate));
    slider_value(value, value_w);
  }
  ImGui::Spacing();
  wrapped_text_colored(ImGui::GetStyle().Colors[ImGuiCol_TextDisabled], text("param_hint"));
}

}  // namespace burgers::ui
