#pragma once
// Backdrops: the big opaque rectangles at the bottom of the dashboard's panels (the
// restaurant's floor, a chart's paper and lane stripes, the code's paper, the statistics'
// bar grounds). While a BackdropScope is open they are not drawn as ImGui triangles but
// collected as fills that the window paints first, by clearing (platform/fill.hpp): on a
// software renderer they were a third of a frame's drawing. A rounded backdrop keeps its
// corners as small ImGui shapes. Outside a scope (the floating panels, drawn over the
// dashboard) a backdrop is an ordinary filled rectangle.
//
// A backdrop must be the first thing drawn where it lies, earlier backdrops apart: the
// window paints every fill before anything else.
#include <imgui.h>

#include "platform/fill.hpp"

namespace burgers::ui {

class BackdropScope {
 public:
  // Backdrops drawn until the scope closes go to `fills`, in order.
  explicit BackdropScope(platform::Fills& fills);
  ~BackdropScope();
  BackdropScope(const BackdropScope&) = delete;
  BackdropScope& operator=(const BackdropScope&) = delete;

 private:
  platform::Fills* previous_;
};

// An opaque `colour` over [a, b], corners rounded by `rounding`, clipped like anything
// else `draw` holds. A colour that is not opaque is drawn as usual.
void backdrop(ImDrawList& draw, ImVec2 a, ImVec2 b, ImU32 colour, float rounding = 0.0f);

}  // namespace burgers::ui
