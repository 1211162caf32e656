#pragma once
// CompareView: the difference table of the two runs at the frame's instant (CompareModel):
// per-visit waits, per-customer times, utilization of shared stations; translated
// headers, cells that wrap and never cut a value.
#include "ui/app_state.hpp"
#include "ui/frame.hpp"

namespace burgers::ui {

struct CompareView {
  void draw(const AppState& state, const Frame& frame) const;
};

}  // namespace burgers::ui
