#include "ui/shell.hpp"
#include "ui/names.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/text_widgets.hpp"

#include <cstdio>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace burgers::ui {

namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_None;

void panel_title(const std::string& title) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.35f, 0.38f, 0.42f, 1));
  ImGui::TextUnformatted(
      text::fit(title, ImGui::GetContentRegionAvail().x, font_measure()).c_str());
  ImGui::PopStyleColor();
}

}  // namespace

Shell::Shell(AppState& state, Settings& settings)
    : state_(state), settings_(settings), controller_(state) {}

bool Shell::splitter(const char* id, bool vertical, float& ratio, float total, float min_ratio,
                     float max_ratio) {
  const float thickness = 6.0f;
  ImGui::InvisibleButton(id, vertical ? ImVec2(thickness, -1) : ImVec2(-1, thickness));
  const bool active = ImGui::IsItemActive();
  if (ImGui::IsItemHovered() || active) {
    ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(a, b, IM_COL32(180, 190, 200, 255));
  }
  if (active && total > 0) {
    const float delta = vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y;
    ratio = std::clamp(ratio + delta / total, min_ratio, max_ratio);
    ImGui::MarkIniSettingsDirty();
    return true;
  }
  return false;
}

void Shell::watch_files(double now) {
  if (now - last_file_check_ < 0.5) return;
  last_file_check_ = now;
  for (int side = 0; side < 2; ++side) {
    Session* s = state_.session(side);
    if (s == nullptr || !s->changed_on_disk()) continue;
    // Reload on save: a good file restarts the run, a bad one keeps the last good run.
    if (s->reload()) {
      state_.status = std::string(state_.text("reloaded")) + " " + s->file().filename().string();
      std::fprintf(stderr, "reloaded %s\n", s->file().string().c_str());
    } else {
      // Shown in place by the lesson panel; also logged for whoever launched the app.
      for (const auto& d : s->errors())
        std::fprintf(stderr, "reload failed: %s\n", d.to_string().c_str());
    }
  }
}

void Shell::session_column(const Frame& frame, int side, float width, float height) {
  const SessionFrame& f = frame.sides[static_cast<std::size_t>(side)];
  const float split = height * settings_.restaurant_height;
  ImGui::BeginChild(side == 0 ? "##restaurant0" : "##restaurant1", ImVec2(width, split), true,
                    kPanelFlags);
  const Names names = names_for(f.session->effective(), state_.text);
  panel_title(std::string(state_.text("restaurant")) + " · " + names.title);
  restaurant_[side].draw(state_, f, side, commands_);
  ImGui::EndChild();
  splitter(side == 0 ? "##split_rt0" : "##split_rt1", false, settings_.restaurant_height, height,
           0.2f, 0.8f);
  ImGui::BeginChild(side == 0 ? "##timeline0" : "##timeline1", ImVec2(width, 0), true, kPanelFlags);
  panel_title(state_.text("timeline"));
  timeline_[side].draw(state_, f, side, commands_);
  ImGui::EndChild();
}

void Shell::left_column(const Frame& frame, float width, float height) {
  if (!frame.comparing) {
    session_column(frame, 0, width, height);
    return;
  }
  const float half = (width - ImGui::GetStyle().ItemSpacing.x) / 2;
  ImGui::BeginChild("##side0", ImVec2(half, height), false);
  session_column(frame, 0, half, height);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##side1", ImVec2(half, height), false);
  session_column(frame, 1, half, height);
  ImGui::EndChild();
}

// A panel of each compared run (tabs Left and Right), or of the main run alone.
template <typename Draw>
void per_side(const Frame& frame, const Text& text, const char* tabs, Draw draw) {
  if (!frame.comparing) {
    draw(0);
    return;
  }
  if (!ImGui::BeginTabBar(tabs)) return;
  for (int side = 0; side < 2; ++side) {
    if (ImGui::BeginTabItem(text(side == 0 ? "left_run" : "right_run"))) {
      draw(side);
      ImGui::EndTabItem();
    }
  }
  ImGui::EndTabBar();
}

void Shell::right_column(const Frame& frame, float width, float height) {
  ImGui::BeginChild("##lesson", ImVec2(width, height * settings_.lesson_height), true, kPanelFlags);
  panel_title(state_.text("about_lesson"));
  per_side(frame, state_.text, "##lessons",
           [&](int side) { lesson_.draw(state_, *state_.session(side), side, commands_); });
  ImGui::EndChild();
  splitter("##split_ls", false, settings_.lesson_height, height, 0.15f, 0.8f);
  // The code beside the restaurant, when the lesson carries its program.
  bool code = false;
  for (int side = 0; side < 2; ++side) {
    const Session* s = state_.session(side);
    code = code || (s != nullptr && s->loaded() && !s->effective().code.empty());
  }
  if (code) {
    ImGui::BeginChild("##code", ImVec2(width, height * settings_.code_height), true, kPanelFlags);
    panel_title(state_.text("code_panel"));
    per_side(frame, state_.text, "##codes", [&](int side) {
      code_[side].draw(state_, frame.sides[static_cast<std::size_t>(side)]);
    });
    ImGui::EndChild();
    splitter("##split_code", false, settings_.code_height, height, 0.15f, 0.7f);
  }
  ImGui::BeginChild("##stats", ImVec2(width, 0), true, kPanelFlags);
  panel_title(state_.text("statistics"));
  if (frame.comparing) {
    compare_.draw(state_, frame);
    ImGui::Separator();
  }
  stats_.draw(state_, frame.sides[0]);
  ImGui::EndChild();
}

void Shell::layout(const Frame& frame) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("##dashboard", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoBackground);  // the screen's clear colour is its background
  controls_.draw(state_, frame, commands_);
  ImGui::Separator();
  if (state_.main != nullptr && state_.main->loaded()) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float left = avail.x * settings_.left_width;
    ImGui::BeginChild("##left", ImVec2(left, avail.y), false);
    left_column(frame, left, avail.y);
    ImGui::EndChild();
    ImGui::SameLine(0, 0);
    splitter("##split_lr", true, settings_.left_width, avail.x, 0.3f, 0.85f);
    ImGui::SameLine(0, 0);
    ImGui::BeginChild("##right", ImVec2(0, avail.y), false);
    right_column(frame, ImGui::GetContentRegionAvail().x, avail.y);
    ImGui::EndChild();
  } else if (state_.main != nullptr) {
    lesson_.draw(state_, *state_.main, 0, commands_);  // only errors to show
  }
  ImGui::End();
}

void Shell::frame(double real_seconds) {
  watch_files(ImGui::GetTime());
  ControlsBar::shortcuts(commands_);
  const Frame frame = build_frame(state_);  // every panel's data, as of the clock
  fills_.clear();
  {
    // The dashboard is the bottom layer: its backdrops can be painted before everything.
    // The floating panels below are drawn over it, so theirs are ordinary rects.
    const BackdropScope backdrops(fills_);
    layout(frame);
  }
  help_.draw(state_, commands_);
  hint_.draw(state_, commands_);
  files_.draw(state_, commands_);
  export_.draw(state_, commands_);
  threads_.draw(state_, commands_);
  sweep_.draw(state_, commands_);
  controller_.apply_all(commands_);
  controller_.tick(real_seconds);
  settings_.chinese = state_.text.language() == Language::chinese;
  if (state_.vocabulary)
    settings_.vocabulary =
        *state_.vocabulary == scenario::Vocabulary::program ? "program" : "restaurant";
  settings_.hint_seen = state_.hint_dismissed;
}

}  // namespace burgers::ui
