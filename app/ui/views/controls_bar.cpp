#include "ui/views/controls_bar.hpp"

#include <imgui.h>

#include <cmath>
#include <ctime>
#include <string>

#include "platform/keys.hpp"

namespace burgers::ui {

namespace {

void tip(const char* text) {
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

std::string clock_text(Time t) {
  // h:mm:ss.mmm, the way a stopwatch reads.
  const Time ms = t / kMillisecond;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld.%03lld",
                static_cast<long long>(ms / 3600000), static_cast<long long>(ms / 60000 % 60),
                static_cast<long long>(ms / 1000 % 60), static_cast<long long>(ms % 1000));
  return buffer;
}

void lesson_menu(AppState& state, std::vector<Command>& out, int side) {
  for (const LessonEntry& lesson : state.lessons) {
    const std::string& title =
        state.text.language() == Language::chinese && !lesson.title_zh.empty() ? lesson.title_zh
                                                                               : lesson.title;
    const std::string label = title + "##" + lesson.name;
    const bool current =
        state.session(side) != nullptr && state.session(side)->file() == lesson.path;
    if (ImGui::Selectable(label.c_str(), current))
      out.push_back(Command::text_of(CommandKind::open_scenario, lesson.path, side));
  }
}

}  // namespace

void ControlsBar::shortcuts(std::vector<Command>& out) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false))
    out.push_back(Command::of(CommandKind::toggle_play));
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow), true))
    out.push_back(Command::of(CommandKind::step));
  if (ImGui::IsKeyPressed(platform::kKeyR, false)) out.push_back(Command::of(CommandKind::restart));
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_End), false))
    out.push_back(Command::of(CommandKind::jump_to_end));
  if (ImGui::IsKeyPressed(platform::kKeyF1, false))
    out.push_back(Command::of(CommandKind::toggle_help));
}

void ControlsBar::draw(AppState& state, std::vector<Command>& out) {
  const Text& text = state.text;
  Clock& clock = state.clock;
  const float w = ImGui::GetFontSize();
  if (ImGui::Button(clock.playing ? text("pause") : text("play"), ImVec2(w * 5, 0)))
    out.push_back(Command::of(CommandKind::toggle_play));
  ImGui::SameLine();
  if (ImGui::Button(text("step"))) out.push_back(Command::of(CommandKind::step));
  tip(text("step_tip"));
  ImGui::SameLine();
  if (ImGui::Button(text("restart"))) out.push_back(Command::of(CommandKind::restart));
  tip(text("restart_tip"));
  ImGui::SameLine();
  if (ImGui::Button(text("jump_end"))) out.push_back(Command::of(CommandKind::jump_to_end));
  tip(text("jump_end_tip"));

  ImGui::SameLine(0, w * 1.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text("speed"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 9);
  float speed = static_cast<float>(clock.speed);
  char format[32];
  std::snprintf(format, sizeof format, clock.speed < 10 ? "%%.1fx" : "%%.0fx");
  ImGui::BeginDisabled(clock.fastest);
  if (ImGui::SliderFloat("##speed", &speed, 0.1f, 10000.0f, format, ImGuiSliderFlags_Logarithmic)) {
    out.push_back(Command::value_of(CommandKind::set_speed, speed));
  }
  ImGui::EndDisabled();
  tip(text("speed_tip"));
  ImGui::SameLine();
  bool fastest = clock.fastest;
  if (ImGui::Checkbox(text("fastest"), &fastest))
    out.push_back(Command::value_of(CommandKind::set_fastest, fastest ? 1.0 : 0.0));
  tip(text("fastest_tip"));

  ImGui::SameLine(0, w * 1.5f);
  const Session* main = state.main.get();
  const bool finished = main != nullptr && main->simulation() != nullptr &&
                        main->simulation()->finished() && clock.view >= main->simulation()->now();
  ImGui::Text("%s %s", text("clock"), clock_text(clock.view).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", finished                        ? text("finished")
                            : clock.playing || clock.to_end ? text("running")
                                                            : "");

  ImGui::SameLine(0, w * 1.5f);
  ImGui::TextUnformatted(text("seed"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 5);
  int seed = main != nullptr ? static_cast<int>(main->params().seed) : 0;
  if (ImGui::InputInt("##seed", &seed, 0, 0, ImGuiInputTextFlags_EnterReturnsTrue) && seed >= 0) {
    out.push_back(Command::seed_of(static_cast<std::uint64_t>(seed)));
  }
  ImGui::SameLine();
  if (ImGui::Button(text("new_seed"))) out.push_back(Command::of(CommandKind::new_seed));
  tip(text("new_seed_tip"));

  // Second row: files, comparison, outputs, language, help.
  if (ImGui::Button(text("lesson_menu"))) ImGui::OpenPopup("##lessons");
  if (ImGui::BeginPopup("##lessons")) {
    lesson_menu(state, out, 0);
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(text("open_file"))) {
    state.show_file_dialog = true;
    state.file_dialog_side = 0;
  }
  ImGui::SameLine();
  if (state.other == nullptr) {
    if (ImGui::Button(text("compare_menu"))) ImGui::OpenPopup("##compare");
    tip(text("compare_tip"));
    if (ImGui::BeginPopup("##compare")) {
      lesson_menu(state, out, 1);
      ImGui::Separator();
      if (ImGui::Selectable(text("open_file"))) {
        state.show_file_dialog = true;
        state.file_dialog_side = 1;
      }
      ImGui::EndPopup();
    }
  } else if (ImGui::Button(text("close_compare"))) {
    out.push_back(Command::of(CommandKind::close_compare));
  }
  ImGui::SameLine();
  if (ImGui::Button(text("screenshot"))) {
    const std::time_t now = std::time(nullptr);
    char name[64];
    std::strftime(name, sizeof name, "burgers-%Y%m%d-%H%M%S.png", std::localtime(&now));
    out.push_back(Command::text_of(CommandKind::screenshot, name));
  }
  ImGui::SameLine();
  if (ImGui::Button(text("export"))) state.show_export = true;
  ImGui::SameLine();
  if (ImGui::Button(text("language"))) out.push_back(Command::of(CommandKind::toggle_language));
  ImGui::SameLine();
  if (ImGui::Button(text("real_threads"))) out.push_back(Command::of(CommandKind::toggle_threads));
  tip(text("real_threads_tip"));
  ImGui::SameLine();
  if (ImGui::Button(text("sweep"))) out.push_back(Command::of(CommandKind::toggle_sweep));
  tip(text("sweep_tip"));
  ImGui::SameLine();
  if (ImGui::Button(text("help"))) out.push_back(Command::of(CommandKind::toggle_help));
  if (!state.status.empty()) {
    ImGui::SameLine(0, w);
    ImGui::TextColored(ImVec4(0.55f, 0.25f, 0.1f, 1), "%s", state.status.c_str());
  }
}

}  // namespace burgers::ui
