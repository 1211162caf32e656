#pragma once
// CodeView: the lesson's program beside the restaurant, its lines tinted where tasks are at
// the frame's instant with how many and doing what, and the hovered task's line outlined.
// The words come from code_notes (panel_models); this only paints them.
#include <vector>

#include "ui/app_state.hpp"
#include "ui/frame.hpp"
#include "ui/panel_models.hpp"

namespace burgers::ui {

struct CodeView {
  // Draws into the current window, using all the space left.
  void draw(const AppState& state, const SessionFrame& frame);

 private:
  void keep_in_view(const std::vector<CodeLineNote>& notes, float row);

  int followed_[2] = {-1, -1};  // the first and last lines with tasks when last scrolled to
};

}  // namespace burgers::ui
