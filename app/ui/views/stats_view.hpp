#pragma once
// StatisticsView: the run's figures as of the frame's instant: utilization and its split,
// queue length, the last leavers' blocked / free / own time, waits, the summary tables
// (each figure per customer or per visit). Its charts live in stats_charts.cpp.
#include "ui/app_state.hpp"
#include "ui/frame.hpp"

namespace burgers::ui {

struct StatisticsView {
  void draw(const AppState& state, const SessionFrame& frame) const;
};

// The charts of the statistics panel (stats_charts.cpp), each in the width left.
void draw_utilization(const stats::Summary& s, const Text& text);
void draw_queue_lengths(const StatsModel& m, const Text& text);
void draw_customer_times(const StatsModel& m, const Text& text);
void draw_histogram(const StatsModel& m, const Text& text);

}  // namespace burgers::ui
