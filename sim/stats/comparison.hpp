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

// What one medium (terminal, report, dashboard) calls the figures. In the per-station
// names, "%s" stands for the station: "%s busy", "Utilization: %s".
struct FigureNames {
  std::string makespan;
  std::string mean_sojourn;
  std::string mean_queue_wait;
  std::string utilization;
};

// The row's name in `names`, `station` (as the medium names the row's station) in place.
std::string figure_name(const ComparisonRow& row, const FigureNames& names,
                        const std::string& station);

// One of the row's values as people read it: "4 min 30 s", or "87.5%" for utilization.
std::string format_figure(const ComparisonRow& row, double value);

// "+4.2%", or "—" without a base to compare with.
std::string format_deviation(std::optional<double> deviation);

}  // namespace burgers::stats
