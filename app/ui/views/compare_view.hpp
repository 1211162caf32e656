#pragma once
// CompareView: the difference table between the main scenario and the one compared
// with it, on the same clock and with the same customers: mean wait, blocked and free
// time, makespan, and utilization of stations that share a name.
#include "ui/app_state.hpp"

namespace burgers::ui {

struct CompareView {
  void draw(AppState& state) const;
};

}  // namespace burgers::ui
