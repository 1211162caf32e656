#include "ui/settings.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace burgers::ui {

namespace {

Settings* g_settings = nullptr;  // the one Settings the ini handler fills (ImGui's API is C-style)

void* open_entry(ImGuiContext*, ImGuiSettingsHandler*, const char* name) {
  return std::string_view(name) == "Dashboard" ? g_settings : nullptr;
}

void read_line(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
  auto* s = static_cast<Settings*>(entry);
  float f = 0;
  int i = 0;
  if (std::sscanf(line, "LeftWidth=%f", &f) == 1) s->left_width = f;
  if (std::sscanf(line, "RestaurantHeight=%f", &f) == 1) s->restaurant_height = f;
  if (std::sscanf(line, "LessonHeight=%f", &f) == 1) s->lesson_height = f;
  if (std::sscanf(line, "Chinese=%d", &i) == 1) s->chinese = i != 0;
  if (std::sscanf(line, "HintSeen=%d", &i) == 1) s->hint_seen = i != 0;
  if (std::sscanf(line, "CodeHeight=%f", &f) == 1) s->code_height = f;
  const std::string_view text(line);
  if (text == "Vocabulary=restaurant" || text == "Vocabulary=program")
    s->vocabulary = std::string(text.substr(text.find('=') + 1));
}

void write_all(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
  const Settings& s = *g_settings;
  out->appendf("[%s][Dashboard]\n", handler->TypeName);
  out->appendf("LeftWidth=%.3f\nRestaurantHeight=%.3f\nLessonHeight=%.3f\n", s.left_width,
               s.restaurant_height, s.lesson_height);
  out->appendf("CodeHeight=%.3f\n", s.code_height);
  if (!s.vocabulary.empty()) out->appendf("Vocabulary=%s\n", s.vocabulary.c_str());
  out->appendf("Chinese=%d\nHintSeen=%d\n\n", s.chinese ? 1 : 0, s.hint_seen ? 1 : 0);
}

}  // namespace

std::string config_dir() {
  namespace fs = std::filesystem;
  fs::path dir;
  if (const char* own = std::getenv("BURGERS_CONFIG_DIR"); own != nullptr && *own != '\0') {
    dir = own;
  } else if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0') {
    dir = fs::path(xdg) / "concurrent-burgers";
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    dir = fs::path(home) / ".config" / "concurrent-burgers";
  } else {
    return {};
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  return ec ? std::string() : dir.string();
}

std::string ini_path() {
  const std::string dir = config_dir();
  return dir.empty() ? std::string() : dir + "/dashboard.ini";
}

void register_settings(Settings& settings) {
  g_settings = &settings;
  ImGuiSettingsHandler handler;
  handler.TypeName = "Burgers";
  handler.TypeHash = ImHashStr("Burgers");
  handler.ReadOpenFn = open_entry;
  handler.ReadLineFn = read_line;
  handler.WriteAllFn = write_all;
  ImGui::GetCurrentContext()->SettingsHandlers.push_back(handler);
}

}  // namespace burgers::ui
