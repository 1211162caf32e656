#pragma once
// Key indices for ImGui::IsKeyPressed(): ImGui 1.86's GLFW backend indexes keys by
// GLFW key code. Named here so views need not include GLFW.

namespace burgers::platform {

inline constexpr int kKeyR = 82;    // GLFW_KEY_R
inline constexpr int kKeyF1 = 290;  // GLFW_KEY_F1

}  // namespace burgers::platform
