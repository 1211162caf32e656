#include "ui/widgets/text_widgets.hpp"

#include <algorithm>
#include <string>

namespace burgers::ui {

text::Measure font_measure() {
  return [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; };
}

void wrapped_text(std::string_view s, float width) {
  const float w = width > 0 ? width : ImGui::GetContentRegionAvail().x;
  for (const std::string& line : text::wrap(s, std::max(w, 20.0f), font_measure())) {
    ImGui::TextUnformatted(line.c_str(), line.c_str() + line.size());
  }
}

void wrapped_text_colored(ImVec4 color, std::string_view s, float width) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  wrapped_text(s, width);
  ImGui::PopStyleColor();
}

void computing_note(const Text& text, double progress, ImVec2 size) {
  const ImVec2 start = ImGui::GetCursorPos();
  const float w = std::min(size.x * 0.6f, ImGui::GetFontSize() * 18);
  const std::string note =
      std::string(text("computing")) + " " + std::to_string(static_cast<int>(progress * 100)) + "%";
  const ImVec2 note_size = ImGui::CalcTextSize(note.c_str());
  const float y = start.y + std::max(0.0f, size.y / 2 - note_size.y * 1.5f);
  ImGui::SetCursorPos(ImVec2(start.x + std::max(0.0f, (size.x - note_size.x) / 2), y));
  ImGui::TextUnformatted(note.c_str());
  ImGui::SetCursorPos(ImVec2(start.x + std::max(0.0f, (size.x - w) / 2), y + note_size.y * 1.4f));
  ImGui::ProgressBar(static_cast<float>(progress), ImVec2(w, ImGui::GetFontSize() * 0.6f), "");
  ImGui::SetCursorPos(start);
  ImGui::Dummy(ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
}

void slider_value(const char* value, float width) {
  ImGui::SameLine();
  const float text_w = ImGui::CalcTextSize(value).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, width - text_w));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(value);
}

}  // namespace burgers::ui
