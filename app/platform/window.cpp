#include "platform/window.hpp"

// epoxy first: it must come before any other GL header (see STACK.md).
#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace burgers::platform {

namespace {

void report_glfw_error(int code, const char* description) {
  std::fprintf(stderr, "GLFW error %d: %s\n", code, description);
}

// GL's clear colour set to ImGui's packed colour, the same bytes on screen.
void clear_colour(ImU32 c) {
  glClearColor(static_cast<float>((c >> IM_COL32_R_SHIFT) & 0xff) / 255.0f,
               static_cast<float>((c >> IM_COL32_G_SHIFT) & 0xff) / 255.0f,
               static_cast<float>((c >> IM_COL32_B_SHIFT) & 0xff) / 255.0f, 1.0f);
}

}  // namespace

Window::Window(const WindowOptions& options) : ini_path_(options.ini_path) {
  glfwSetErrorCallback(report_glfw_error);
  if (glfwInit() == GLFW_FALSE) {
    error_ = "could not initialise GLFW (is there a display? set DISPLAY or use `burgers run`)";
    return;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  window_ =
      glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
  if (window_ == nullptr) {
    error_ = "could not open an OpenGL 3.3 window";
    glfwTerminate();
    return;
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(options.vsync ? 1 : 0);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = ini_path_.empty() ? nullptr : ini_path_.c_str();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // Panels that float over the dashboard (help, export, real threads) are opaque: text
  // over a busy timeline is hard to read.
  ImGuiStyle& style = ImGui::GetStyle();
  style.Colors[ImGuiCol_WindowBg].w = 1.0f;
  style.Colors[ImGuiCol_PopupBg].w = 1.0f;
  style.WindowRounding = 4.0f;
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  imgui_ready_ = true;
}

Window::~Window() {
  if (imgui_ready_) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  if (window_ != nullptr) {
    glfwDestroyWindow(window_);
    glfwTerminate();
  }
}

bool Window::should_close() const {
  return glfwWindowShouldClose(window_) != 0;
}
void Window::request_close() {
  glfwSetWindowShouldClose(window_, GLFW_TRUE);
}
void Window::set_title(const std::string& title) {
  glfwSetWindowTitle(window_, title.c_str());
}
double Window::seconds() const {
  return glfwGetTime();
}

void Window::reload_fonts() {
  // The texture made now rather than at the next frame, so the atlas's pixels on the CPU
  // side can go: the texture is in GL. The first time, the backend's other device objects
  // (shader program, buffers) are made with it; later only the font texture is made
  // again: making the program and buffers again between frames left every later frame
  // blank (Debian's ImGui 1.86 backend under Mesa), which a file bringing new characters
  // did.
  if (!device_objects_made_) {
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    device_objects_made_ = true;
  } else {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui::GetIO().Fonts->ClearTexData();
}

void Window::begin_frame() {
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void Window::finish_ui() {
  ImGui::Render();
}

void Window::present(const Fills& fills, std::vector<unsigned char>* capture) {
  glfwGetFramebufferSize(window_, &fb_width_, &fb_height_);
  glViewport(0, 0, fb_width_, fb_height_);
  // The screen is cleared in the windows' background colour, so the dashboard's full-window
  // panel draws no background of its own (ImGuiWindowFlags_NoBackground): a software
  // renderer (Mesa's llvmpipe, as under xvfb) spent most of a frame blending that one rect,
  // on the cores a run computes on. The same bytes as ImGui's vertex colour: no change on screen.
  clear_colour(ImGui::GetColorU32(ImGuiCol_WindowBg));
  glClear(GL_COLOR_BUFFER_BIT);
  paint(fills);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (capture != nullptr) {
    // Read the back buffer before swapping; GL's rows run bottom-up, so flip them.
    std::vector<unsigned char> raw(static_cast<std::size_t>(fb_width_) *
                                   static_cast<std::size_t>(fb_height_) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, fb_width_, fb_height_, GL_RGBA, GL_UNSIGNED_BYTE, raw.data());
    capture->resize(raw.size());
    const std::size_t row = static_cast<std::size_t>(fb_width_) * 4;
    for (int y = 0; y < fb_height_; ++y) {
      std::copy_n(raw.data() + static_cast<std::size_t>(fb_height_ - 1 - y) * row, row,
                  capture->data() + static_cast<std::size_t>(y) * row);
    }
  }
  glfwSwapBuffers(window_);
}

void Window::paint(const Fills& fills) {
  if (fills.empty()) return;
  const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
  // The pixels a triangle pair over the rect would cover: those whose centres lie inside
  // (GL's rule), so a fill and ImGui's own rect agree to the pixel.
  const auto first = [](float edge, float s) {
    return static_cast<int>(std::ceil(edge * s - 0.5f));
  };
  glEnable(GL_SCISSOR_TEST);
  for (const Fill& f : fills) {
    const int x0 = std::max(first(f.x0, scale.x), 0);
    const int x1 = std::min(first(f.x1, scale.x), fb_width_);
    const int y0 = std::max(first(f.y0, scale.y), 0);
    const int y1 = std::min(first(f.y1, scale.y), fb_height_);
    if (x1 <= x0 || y1 <= y0) continue;
    glScissor(x0, fb_height_ - y1, x1 - x0, y1 - y0);  // GL counts rows from the bottom
    clear_colour(f.colour);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  glDisable(GL_SCISSOR_TEST);
}

bool write_png(const std::string& path, int width, int height,
               const std::vector<unsigned char>& rgba) {
  // Whole or nothing: write a temporary file and rename it into place.
  const std::string temporary = path + ".tmp";
  if (stbi_write_png(temporary.c_str(), width, height, 4, rgba.data(), width * 4) == 0) {
    std::remove(temporary.c_str());
    return false;
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) std::remove(temporary.c_str());
  return !ec;
}

}  // namespace burgers::platform
