#pragma once
// TimelineView: the Gantt chart of a session, drawn from the same ChartModel as the
// SVG/PNG exports. Owns only its viewport (time range, follow mode, customer scroll);
// scrubbing emits set_view_time.
#include <vector>

#include <imgui.h>

#include "base/time.hpp"
#include "chart/chart_model.hpp"
#include "ui/app_state.hpp"
#include "ui/command.hpp"

namespace burgers::ui {

struct Names;

struct TimelineView {
  Time t0 = 0;
  Time t1 = kMinute;
  bool follow = true;  // keep the whole run so far in view
  std::size_t first_customer = 0;
  bool show_staff = true;
  bool show_cores = true;
  bool show_customers = true;
  double build_ms = 0;  // how long the last chart model took to build

  // Draws into the current ImGui window, using all of `height` (or the space left).
  void draw(AppState& state, Session& session, int side, std::vector<Command>& out,
            float height = 0);

 private:
  void handle_input(const chart::ChartModel& model, ImVec2 origin, Time end,
                    std::vector<Command>& out, int side, std::size_t customers);
  void tooltip(const chart::ChartModel& m, const trace::Trace& trace, const Text& text,
               const Names& names, ImVec2 p) const;

  bool scrubbing_ = false;  // the current drag started on the time axis
};

}  // namespace burgers::ui
