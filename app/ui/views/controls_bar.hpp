#pragma once
// ControlsBar: play/pause, step, restart, to end, speed (log scale) and "fastest", the
// clock, seed, lesson picker, open file, compare, screenshot, export, language, help.
// Also turns the keyboard shortcuts into commands.
#include <vector>

#include "ui/app_state.hpp"
#include "ui/command.hpp"
#include "ui/frame.hpp"

namespace burgers::ui {

struct ControlsBar {
  void draw(const AppState& state, const Frame& frame, std::vector<Command>& out);
  static void shortcuts(std::vector<Command>& out);
};

}  // namespace burgers::ui
