#pragma once
// RestaurantView: the restaurant at the clock's instant (a Snapshot rebuilt from the
// trace), drawn with ImDrawList: staff behind each station's counter, the line in front,
// customers standing blocked at the counter, free customers at tables with their number,
// eaters, the "now serving" board, and cores as grills. Customers glide between places.
#include <imgui.h>

#include <unordered_map>
#include <vector>

#include "chart/snapshot.hpp"
#include "ui/app_state.hpp"
#include "ui/command.hpp"

namespace burgers::ui {

struct Names;

struct RestaurantView {
  // Draws into the current window, in a region `size` big (0: all that is left).
  void draw(AppState& state, Session& session, ImVec2 size = ImVec2(0, 0));

 private:
  struct Placed {
    ImVec2 target;
    const chart::AgentAt* agent;
  };
  ImVec2 glide(trace::AgentId agent, ImVec2 target, bool snap);
  void draw_customer(ImDrawList& draw, ImVec2 at, const chart::AgentAt& who, float scale) const;
  void draw_staff(ImDrawList& draw, ImVec2 at, const chart::AgentAt& who, const trace::Trace& trace,
                  const Text& text, float scale, float room) const;
  void hover(const std::vector<Placed>& placed, const trace::Trace& trace, const Text& text,
             const Names& names, float radius) const;

  std::unordered_map<trace::AgentId, ImVec2> drawn_;  // where each customer is drawn now
  Time last_time_ = -1;
  double last_seconds_ = 0;
};

}  // namespace burgers::ui
