#pragma once
// ThreadsView: the "real threads" panel. Runs the lesson on real OS threads in the
// background (ThreadsJob) and shows the simulated and the measured timelines one above
// the other on the same time axis, lane for lane, with a table of the differences.
#include <vector>

#include "ui/app_state.hpp"
#include "ui/command.hpp"

namespace burgers::ui {

class ThreadsView {
 public:
  void draw(const AppState& state, std::vector<Command>& out);

 private:
  float log_scale_ = 0;  // log10 of the chosen time scale; 0 before the first run
  bool custom_scale_ = false;
};

}  // namespace burgers::ui
