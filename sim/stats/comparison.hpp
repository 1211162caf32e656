#pragma once
// The simulation against real threads, figure by figure: one list of rows that the
// command line, report.html and the dashboard each render in their own medium.
#include <optional>
#include <string>
#include <vector>

#include "stats/summary.hpp"

namespace burgers::stats {

enum class Figure { makespan, mean_sojourn, mean_queue_wait, utilization };

struct ComparisonRow {
  Figure figure = Figure::makespan;
  int station = -1;  // for per-station figures: index into Summary::stations
  // Times in nanoseconds (Figure::utilization: a fraction 0..1).
  double simulated = 0;
  double measured = 0;

  bool is_time() const { return figure != Figure::utilization; }
  // (measured - simulated) / simulated, or nothing when the simulated value is 0.
  std::optional<double> deviation() const;
};

// Makespan, mean time inside, then each station's mean queue wait and utilization.
std::vector<ComparisonRow> compare_runs(const Summary& simulated, const Summary& measured);

// One of the row's values as people read it: "4 min 30 s", or "87.5%" for utilization.
std::string format_figure(const ComparisonRow& row, double value);

// "+4.2%", or "—" without a base to compare with.
std::string format_deviation(std::optional<double> deviation);

}  // namespace burgers::stats
