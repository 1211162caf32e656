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
  // The variants come first: they are what the lesson compares, and the panel is short.
  draw_variants(state, session, side, out);
  wrapped_text(names.description);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted(text("parameters"));
  draw_sliders(state, session, side, out);
}

// One radio button per variant, side by side while they fit; hovering one shows what it
// does and the keys it sets. The chosen one's description follows.
void LessonView::draw_variants(const AppState& state, const Session& session, int side,
                               std::vector<Command>& out) const {
  const scenario::Scenario& base = session.base();
  if (base.variants.empty()) return;
  const Text& text = state.text;
  const Names names = names_for(base, text);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text("variant_picker"));
  const float indent = ImGui::GetItemRectSize().x + style.ItemSpacing.x;
  const float right = ImGui::GetContentRegionMax().x;
  const int chosen = base.variant_index();
  for (std::size_t i = 0; i < base.variants.size(); ++i) {
    const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                        ImGui::CalcTextSize(names.variants[i].c_str()).x;
    ImGui::SameLine();
    if (i > 0 && ImGui::GetCursorPosX() + width > right) {
      ImGui::NewLine();
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    }
    const std::string id = names.variants[i] + "##variant" + std::to_string(i);
    if (ImGui::RadioButton(id.c_str(), static_cast<int>(i) == chosen) &&
        static_cast<int>(i) != chosen) {
      out.push_back(Command::text_of(CommandKind::set_variant, base.variants[i].name, side));
    }
    if (ImGui::IsItemHovered())
      variant_tooltip(text, base.variants[i], names.variant_descriptions[i]);
  }
  if (chosen >= 0 && !names.variant_descriptions[static_cast<std::size_t>(chosen)].empty()) {
    wrapped_text_colored(style.Colors[ImGuiCol_TextDisabled],
                         names.variant_descriptions[static_cast<std::size_t>(chosen)]);
  }
  ImGui::Spacing();
}

void LessonView::variant_tooltip(const Text& text, const scenario::Variant& variant,
                                 const std::string& description) const {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  if (!description.empty()) ImGui::TextUnformatted(description.c_str());
  ImGui::TextDisabled("--set scenario.variant=%s", variant.name.c_str());
  ImGui::TextDisabled("%s", text(variant.sets.empty() ? "variant_as_written" : "variant_sets"));
  for (const std::string& set : variant.sets) ImGui::TextDisabled("  %s", set.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
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
