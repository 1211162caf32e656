#pragma once
// Shell: one frame of the dashboard. Builds the Frame, lays out the panels (controls;
// restaurant over timeline; lesson over statistics; two columns when comparing), lets each
// view draw from it and emit commands, then has the Controller apply them.
#include <vector>

#include "platform/fill.hpp"
#include "ui/app_state.hpp"
#include "ui/command.hpp"
#include "ui/controller.hpp"
#include "ui/frame.hpp"
#include "ui/settings.hpp"
#include "ui/views/code_view.hpp"
#include "ui/views/compare_view.hpp"
#include "ui/views/controls_bar.hpp"
#include "ui/views/dialogs.hpp"
#include "ui/views/lesson_view.hpp"
#include "ui/views/restaurant_view.hpp"
#include "ui/views/stats_view.hpp"
#include "ui/views/sweep_view.hpp"
#include "ui/views/threads_view.hpp"
#include "ui/views/timeline_view.hpp"

namespace burgers::ui {

class Shell {
 public:
  Shell(AppState& state, Settings& settings);

  // Builds this frame's UI; `real_seconds` since the previous frame drives playback.
  void frame(double real_seconds);
  Controller& controller() { return controller_; }
  // The dashboard's backdrops in this frame, for the window to paint first (widgets/backdrop).
  const platform::Fills& fills() const { return fills_; }

 private:
  void layout(const Frame& frame);
  void left_column(const Frame& frame, float width, float height);
  void right_column(const Frame& frame, float width, float height);
  void session_column(const Frame& frame, int side, float width, float height);
  bool splitter(const char* id, bool vertical, float& ratio, float total, float min_ratio,
                float max_ratio);
  void watch_files(double now);

  AppState& state_;
  Settings& settings_;
  Controller controller_;
  std::vector<Command> commands_;
  ControlsBar controls_;
  RestaurantView restaurant_[2];
  CodeView code_[2];
  TimelineView timeline_[2];
  StatisticsView stats_;
  LessonView lesson_;
  CompareView compare_;
  HelpPanel help_;
  FirstRunHint hint_;
  FileDialog files_;
  ExportPanel export_;
  ThreadsView threads_;
  SweepView sweep_;
  double last_file_check_ = 0;
  platform::Fills fills_;
};

}  // namespace burgers::ui
