#pragma once
// RestaurantView: paints the restaurant at the frame's instant as chart::layout_restaurant
// placed it (people glide between places; hover for details). It decides no place itself.
#include <imgui.h>

#include <unordered_map>
#include <vector>

#include "chart/restaurant_layout.hpp"
#include "ui/app_state.hpp"
#include "ui/command.hpp"
#include "ui/frame.hpp"

namespace burgers::ui {

struct Names;

struct RestaurantView {
  // Draws into the current window, using all the space left; says whom the pointer is over.
  void draw(const AppState& state, const SessionFrame& frame, int side, std::vector<Command>& out);

 private:
  ImVec2 glide(trace::AgentId agent, ImVec2 target, bool snap);
  void paint(ImDrawList& draw, const chart::RestaurantScene& scene, ImVec2 origin, bool snap);
  // The person under the pointer, with a tooltip about them (kNoAgent: no one).
  trace::AgentId hover(const chart::RestaurantScene& scene, const SessionFrame& frame,
                       const Text& text, const Names& names) const;

  std::unordered_map<trace::AgentId, ImVec2> drawn_;  // where each person is drawn now
  std::unordered_map<trace::AgentId, ImVec2> shown_;  // this frame's positions, for hover
  Time last_time_ = -1;
  double last_seconds_ = 0;
};

}  // namespace burgers::ui
