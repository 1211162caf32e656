#pragma once
// CompareView: the difference table between the main scenario and the one compared with
// it, at the frame's instant and with the same customers (ui::CompareModel): mean wait per
// visit to a line, blocked, free and inside time per customer, the last customer's
// leaving time, and utilization of stations that share a name. Cells wrap, never cut.
#include "ui/app_state.hpp"
#include "ui/frame.hpp"

namespace burgers::ui {

struct CompareView {
  void draw(const AppState& state, const Frame& frame) const;
};

}  // namespace burgers::ui
