#include "ui/widgets/backdrop.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace burgers::ui {

namespace {

platform::Fills* current = nullptr;  // the open scope's fills (ImGui's frames run on one thread)

void add(ImDrawList& draw, ImVec2 a, ImVec2 b, ImU32 colour) {
  const ImVec2 clip_min = draw.GetClipRectMin();
  const ImVec2 clip_max = draw.GetClipRectMax();
  const ImVec2 lo(std::max(a.x, clip_min.x), std::max(a.y, clip_min.y));
  const ImVec2 hi(std::min(b.x, clip_max.x), std::min(b.y, clip_max.y));
  if (hi.x <= lo.x || hi.y <= lo.y) return;
  current->push_back({lo.x, lo.y, hi.x, hi.y, colour});
}

}  // namespace

BackdropScope::BackdropScope(platform::Fills& fills) : previous_(current) {
  current = &fills;
}

BackdropScope::~BackdropScope() {
  current = previous_;
}

void backdrop(ImDrawList& draw, ImVec2 a, ImVec2 b, ImU32 colour, float rounding) {
  // A corner of the rounded rect: a square of side c at its corner, drawn by ImGui with
  // that one corner rounded (ImGui rounds a rect's corner by at most its side less 1).
  const float c = rounding > 0 ? rounding + 1 : 0;
  const bool fits = b.x - a.x > 2 * c && b.y - a.y > 2 * c;
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  if (current == nullptr || (colour & IM_COL32_A_MASK) != IM_COL32_A_MASK || !fits ||
      window == nullptr || window->SkipItems) {
    draw.AddRectFilled(a, b, colour, rounding);
    return;
  }
  if (c == 0) {
    add(draw, a, b, colour);
    return;
  }
  add(draw, ImVec2(a.x, a.y + c), ImVec2(b.x, b.y - c), colour);      // the middle, side to side
  add(draw, ImVec2(a.x + c, a.y), ImVec2(b.x - c, a.y + c), colour);  // the top between corners
  add(draw, ImVec2(a.x + c, b.y - c), ImVec2(b.x - c, b.y), colour);  // the bottom
  draw.AddRectFilled(a, ImVec2(a.x + c, a.y + c), colour, rounding,
                     ImDrawFlags_RoundCornersTopLeft);
  draw.AddRectFilled(ImVec2(b.x - c, a.y), ImVec2(b.x, a.y + c), colour, rounding,
                     ImDrawFlags_RoundCornersTopRight);
  draw.AddRectFilled(ImVec2(a.x, b.y - c), ImVec2(a.x + c, b.y), colour, rounding,
                     ImDrawFlags_RoundCornersBottomLeft);
  draw.AddRectFilled(ImVec2(b.x - c, b.y - c), b, colour, rounding,
                     ImDrawFlags_RoundCornersBottomRight);
}

}  // namespace burgers::ui
