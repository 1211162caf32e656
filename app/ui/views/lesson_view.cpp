#include "ui/views/lesson_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/names.hpp"

namespace burgers::ui {

void LessonView::draw(AppState& state, Session& session, int side, std::vector<Command>& out) {
  const Text& text = state.text;
  if (!session.errors().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.1f, 0.1f, 1));
    ImGui::TextWrapped("%s", text("reload_error"));
    for (const scenario::Diagnostic& d : session.errors())
      ImGui::TextWrapped("%s", d.to_string().c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();
  }
  if (!session.loaded()) return;
  const Names names = names_for(session.base(), text.language());
  ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
  ImGui::TextWrapped("%s", names.title.c_str());
  ImGui::PopFont();
  ImGui::TextDisabled("%s", session.file().filename().string().c_str());
  ImGui::Spacing();
  ImGui::TextWrapped("%s", names.description.c_str());
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted(text("parameters"));
  draw_sliders(state, session, side, out);
}

void LessonView::draw_sliders(const AppState& state, Session& session, int side,
                              std::vector<Command>& out) const {
  const Text& text = state.text;
  const scenario::Scenario& base = session.base();
  const Names names = names_for(base, text.language());
  const float label_w = ImGui::GetFontSize() * 11;
  for (std::size_t i = 0; i < base.stations.size(); ++i) {
    const scenario::Station& st = base.stations[i];
    ImGui::TextUnformatted(fill(text("staff_slider"), names.stations[i]).c_str());
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(-1);
    int staff = session.params().staff[i];
    const int top = std::max(16, st.staff * 3);
    const std::string id = "##staff" + std::to_string(i);
    if (ImGui::SliderInt(id.c_str(), &staff, 1, top)) {
      out.push_back(Command::value_of(CommandKind::set_staff, staff, side, static_cast<int>(i)));
    }
  }
  for (std::size_t g = 0; g < base.groups.size(); ++g) {
    const scenario::CustomerGroup& group = base.groups[g];
    const double base_rate =
        group.arrival.mean() > 0 ? static_cast<double>(kMinute) / group.arrival.mean() : 0;
    if (base_rate <= 0) continue;  // everyone at time 0: no rate to change
    ImGui::TextUnformatted(fill(text("arrival_slider"), names.groups[g]).c_str());
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(-1);
    float rate = static_cast<float>(base_rate * session.params().arrival_factor[g]);
    const std::string id = "##arrival" + std::to_string(g);
    if (ImGui::SliderFloat(id.c_str(), &rate, static_cast<float>(base_rate / 4),
                           static_cast<float>(base_rate * 4), rate < 10 ? "%.2f" : "%.0f",
                           ImGuiSliderFlags_Logarithmic)) {
      out.push_back(
          Command::value_of(CommandKind::set_arrival, rate / base_rate, side, static_cast<int>(g)));
    }
  }
  ImGui::TextDisabled("%s", text("param_hint"));
}

}  // namespace burgers::ui
