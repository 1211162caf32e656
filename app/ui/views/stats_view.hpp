#pragma once
// StatisticsView: the run's figures as of the frame's instant (ui::StatsModel): utilization
// per station split into computing, blocked on I/O and waiting for a core; queue length
// over time; the latest customers' blocked / free / own time; the waiting-time histogram;
// the summary tables. Every figure says whether it is per customer or per visit to a line.
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
