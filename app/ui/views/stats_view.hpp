#pragma once
// StatisticsView: utilization per station, queue length over time, the waiting-time
// histogram, blocked versus free time per customer, and the summary table. The series
// come from sim/chart/series (the same data report.html draws), refreshed as the run grows.
#include <cstddef>
#include <vector>

#include "chart/series.hpp"
#include "stats/summary.hpp"
#include "ui/app_state.hpp"

namespace burgers::ui {

struct StatisticsView {
  void draw(AppState& state, Session& session);

 private:
  void refresh(const Session& session, double now_seconds);
  void draw_utilization(const stats::Summary& s, const Text& text) const;
  void draw_queue_lengths(const Text& text, Time view, Time end) const;
  void draw_histogram(const Text& text) const;
  void draw_customer_times(const Text& text, Time view) const;
  void draw_summary_table(const stats::Summary& s, const Text& text) const;

  std::vector<chart::QueueSeries> queues_;
  std::vector<chart::CustomerTimes> customers_;
  chart::Histogram waits_;
  std::size_t series_spans_ = static_cast<std::size_t>(-1);
  const void* series_trace_ = nullptr;
  double refreshed_at_ = -1;
};

}  // namespace burgers::ui
