#pragma once
// The desktop window: GLFW + OpenGL 3.3 core (through libepoxy) + Dear ImGui's
// backends. Owns the frame loop's platform half and can read the frame back as PNG.
// Only app/platform and the dashboard shell include this.
#include <string>
#include <vector>

#include "platform/fill.hpp"

struct GLFWwindow;

namespace burgers::platform {

struct WindowOptions {
  std::string title = "Concurrent Burgers";
  int width = 1440;
  int height = 900;
  bool vsync = true;
  std::string ini_path;  // where ImGui remembers the layout; empty: nowhere
};

class Window {
 public:
  // Opens the window and initialises ImGui; check ok() afterwards.
  explicit Window(const WindowOptions& options);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  bool ok() const { return window_ != nullptr; }
  const std::string& error() const { return error_; }
  bool should_close() const;
  void request_close();

  // Polls events and starts an ImGui frame.
  void begin_frame();
  // Finishes the UI (ImGui::Render): the end of the frame's CPU-side building.
  void finish_ui();
  // Paints `fills` in order, then draws the finished UI over them and shows it; if `capture`
  // is set, reads the frame into it first.
  void present(const Fills& fills = {}, std::vector<unsigned char>* capture = nullptr);
  int framebuffer_width() const { return fb_width_; }
  int framebuffer_height() const { return fb_height_; }
  void set_title(const std::string& title);
  // Fonts changed: rebuild the GL font texture before the next frame.
  void reload_fonts();
  // Time in seconds since the window opened (for animation only, never for simulation).
  double seconds() const;

 private:
  void paint(const Fills& fills);

  GLFWwindow* window_ = nullptr;
  std::string error_;
  std::string ini_path_;
  int fb_width_ = 0;
  int fb_height_ = 0;
  bool imgui_ready_ = false;
  bool device_objects_made_ = false;  // by reload_fonts, once
};

// Writes RGBA pixels (top row first) as a PNG; false on failure.
bool write_png(const std::string& path, int width, int height,
               const std::vector<unsigned char>& rgba);

}  // namespace burgers::platform
