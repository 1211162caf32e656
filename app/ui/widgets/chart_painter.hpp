#pragma once
// Draws a ChartModel with ImGui's draw list: the dashboard's painter of the same model
// the SVG and PNG exports draw. It only translates items; layout and colours come
// from the model and the palette.
#include <imgui.h>

#include <cstddef>

#include "chart/chart_model.hpp"

namespace burgers::ui {

inline ImU32 to_imgui(chart::Rgba c) {
  return IM_COL32(c.r, c.g, c.b, c.a);
}

// Paints `model` with its (0, 0) at `origin` (screen coordinates).
void paint_chart(ImDrawList& draw, const chart::ChartModel& model, ImVec2 origin);

// A filled rectangle in a state's style (pattern included), for legends and the restaurant.
void paint_state_swatch(ImDrawList& draw, ImVec2 a, ImVec2 b, trace::State state);

// The rect under `point` (model coordinates), or -1.
int rect_at(const chart::ChartModel& model, ImVec2 point);

}  // namespace burgers::ui
