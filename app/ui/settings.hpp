#pragma once
// What the dashboard remembers between runs (panel sizes, language, whether the
// first-run hint was seen), stored with ImGui's layout in the user's config directory:
// $BURGERS_CONFIG_DIR, else $XDG_CONFIG_HOME/concurrent-burgers, else ~/.config/concurrent-burgers.
#include <string>

namespace burgers::ui {

struct Settings {
  float left_width = 0.6f;          // share of the window for the restaurant and timeline
  float restaurant_height = 0.46f;  // share of the left column for the restaurant
  float lesson_height = 0.28f;      // share of the right column for the lesson panel
  float code_height = 0.42f;        // share of the right column for the code panel
  bool chinese = false;
  bool hint_seen = false;
  std::string
      vocabulary;  // "restaurant" or "program" as the student chose; empty: each lesson's own
};

// The config directory (created if missing) and the ini file in it.
std::string config_dir();
std::string ini_path();

// Lets ImGui's ini file carry `settings` (call once after ImGui is created, before
// the first frame reads the ini).
void register_settings(Settings& settings);

}  // namespace burgers::ui
