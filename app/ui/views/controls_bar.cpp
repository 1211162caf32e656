#include "ui/views/controls_bar.hpp"

#include <imgui.h>

#include <cmath>
#include <ctime>
#include <string>

#include "platform/keys.hpp"
#include "ui/names.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

namespace {

void tip(const char* text) {
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

void lesson_menu(const AppState& state, std::vector<Command>& out, int side) {
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

// The clock, and what the panels show: the run's state at it, "computing… 63%" while a run
// is still getting there, and a note when an instant past the end was asked for.
void clock_status(const AppState& state, const Frame& frame) {
  const Text& text = state.text;
  const Clock& clock = state.clock;
  ImGui::AlignTextToFramePadding();
  if (frame.to_end && !frame.ready) {
    ImGui::Text("%s →", text("clock"));
  } else {
    ImGui::Text("%s %s", text("clock"), clock_text(clock.view).c_str());
  }
  ImGui::SameLine();
  const bool ended =
      frame.ready && frame.sides[0].ended && (!frame.comparing || frame.sides[1].ended);
  std::string note;
  if (!frame.ready) {
    note = std::string(text("computing")) + " " +
           std::to_string(static_cast<int>(frame.progress * 100)) + "%";
  } else if (ended) {
    note = text("finished");
    if (clock.past_end >= 0)
      note += " · " + fill(text("past_end"), format_duration(clock.past_end));
  } else if (clock.playing) {
    note = text("running");
  }
  ImGui::TextDisabled("%s", note.c_str());
}

// The restaurant's words or the program's, for any lesson at any time (remembered).
void vocabulary_toggle(const AppState& state, std::vector<Command>& out) {
  const Text& text = state.text;
  const bool program = state.shown_vocabulary() == scenario::Vocabulary::program;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text("vocabulary"));
  tip(text("vocabulary_tip"));
  ImGui::SameLine();
  if (ImGui::RadioButton(text("vocabulary_restaurant"), !program) && program)
    out.push_back(Command::value_of(CommandKind::set_vocabulary, 0));
  tip(text("vocabulary_tip"));
  ImGui::SameLine();
  if (ImGui::RadioButton(text("vocabulary_program"), program) && !program)
    out.push_back(Command::value_of(CommandKind::set_vocabulary, 1));
  tip(text("vocabulary_tip"));
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

void ControlsBar::draw(const AppState& state, const Frame& frame, std::vector<Command>& out) {
  const Text& text = state.text;
  const Clock& clock = state.clock;
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
  ImGui::SetNextItemWidth(w * 7);
  float speed = static_cast<float>(clock.speed);
  ImGui::BeginDisabled(clock.fastest);
  if (ImGui::SliderFloat("##speed", &speed, 0.1f, 10000.0f, "", ImGuiSliderFlags_Logarithmic)) {
    out.push_back(Command::value_of(CommandKind::set_speed, speed));
  }
  tip(text("speed_tip"));
  char value[32];
  std::snprintf(value, sizeof value, clock.speed < 10 ? "%.1fx" : "%.0fx", clock.speed);
  slider_value(value, ImGui::CalcTextSize("10000x").x);
  ImGui::EndDisabled();
  ImGui::SameLine();
  bool fastest = clock.fastest;
  if (ImGui::Checkbox(text("fastest"), &fastest))
    out.push_back(Command::value_of(CommandKind::set_fastest, fastest ? 1.0 : 0.0));
  tip(text("fastest_tip"));

  ImGui::SameLine(0, w * 1.5f);
  const Session* main = state.main.get();
  clock_status(state, frame);

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
  if (ImGui::Button(text("open_file")))
    out.push_back(
        Command::value_of(CommandKind::show_panel, 1, 0, static_cast<int>(Panel::file_dialog)));
  ImGui::SameLine();
  if (state.other == nullptr) {
    if (ImGui::Button(text("compare_menu"))) ImGui::OpenPopup("##compare");
    tip(text("compare_tip"));
    if (ImGui::BeginPopup("##compare")) {
      lesson_menu(state, out, 1);
      ImGui::Separator();
      if (ImGui::Selectable(text("open_file")))
        out.push_back(
            Command::value_of(CommandKind::show_panel, 1, 1, static_cast<int>(Panel::file_dialog)));
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
  if (ImGui::Button(text("export")))
    out.push_back(
        Command::value_of(CommandKind::show_panel, 1, 0, static_cast<int>(Panel::export_run)));
  ImGui::SameLine();
  if (ImGui::Button(text("language"))) out.push_back(Command::of(CommandKind::toggle_language));
  ImGui::SameLine();
  vocabulary_toggle(state, out);
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
