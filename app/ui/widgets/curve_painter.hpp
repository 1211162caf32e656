#pragma once
// Draws a CurveChartModel (a sweep's curves) with ImGui's draw list: the dashboard's
// painter of the model sweep.svg and sweep.png draw. It only translates items.
#include <imgui.h>

#include "chart/curve_chart.hpp"

namespace burgers::ui {

// Paints `model` with its (0, 0) at `origin` (screen coordinates).
void paint_curves(ImDrawList& draw, const chart::CurveChartModel& model, ImVec2 origin);

// The marker under `point` (model coordinates), as (panel, marker index), or {-1, -1}.
struct MarkerHit {
  int panel = -1;
  int marker = -1;
};
MarkerHit marker_at(const chart::CurveChartModel& model, ImVec2 point);

}  // namespace burgers::ui
