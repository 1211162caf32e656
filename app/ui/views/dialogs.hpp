#pragma once
// Small modal panels: help (F1) with the shortcuts and the colours, the first-run hint,
// an ImGui-drawn file picker for scenario files, and the export panel.
#include <filesystem>
#include <string>
#include <vector>

#include "ui/app_state.hpp"
#include "ui/command.hpp"

namespace burgers::ui {

struct HelpPanel {
  void draw(const AppState& state, std::vector<Command>& out) const;
};

struct FirstRunHint {
  void draw(const AppState& state, std::vector<Command>& out) const;
};

struct FileDialog {
  std::filesystem::path folder;
  void draw(const AppState& state, std::vector<Command>& out);
};

struct ExportPanel {
  std::string folder;
  bool formats[6] = {true, true, true, true, true, true};
  void draw(const AppState& state, std::vector<Command>& out);
};

}  // namespace burgers::ui
