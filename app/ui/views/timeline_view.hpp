#pragma once
// TimelineView: the session's Gantt chart at the frame's instant, laid out by
// chart::build_timeline to fit the panel; turns the mouse into commands (zoom, pan,
// follow, scrub, scroll lanes, fold groups).
#include <vector>

#include <imgui.h>

#include "chart/chart_model.hpp"
#include "ui/app_state.hpp"
#include "ui/command.hpp"
#include "ui/frame.hpp"

namespace burgers::ui {

struct Names;

struct TimelineView {
  double build_ms = 0;  // how long the last chart model took to build

  // Draws into the current ImGui window, using all of `height` (or the space left).
  void draw(const AppState& state, const SessionFrame& frame, int side, std::vector<Command>& out,
            float height = 0);

 private:
  void toolbar(const AppState& state, const SessionFrame& frame, int side,
               std::vector<Command>& out) const;
  void handle_input(const chart::ChartModel& model, ImVec2 origin, const SessionFrame& frame,
                    int side, std::vector<Command>& out);
  // Whom the pointer is over: a bar's span and agent, or a lane's agent.
  Command hovered(const chart::ChartModel& m, ImVec2 p, int side) const;
  void tooltip(const chart::ChartModel& m, const trace::Trace& trace, const Text& text,
               const Names& names, ImVec2 p) const;

  bool scrubbing_ = false;  // the current drag started on the time axis
};

}  // namespace burgers::ui
