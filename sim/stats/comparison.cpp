#include "stats/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace burgers::stats {

std::optional<double> ComparisonRow::deviation() const {
  if (simulated == 0) return std::nullopt;
  return (measured - simulated) / simulated;
}

std::vector<ComparisonRow> compare_runs(const Summary& a, const Summary& b) {
  auto time = [](Time t) { return static_cast<double>(t); };
  std::vector<ComparisonRow> rows = {
      {Figure::makespan, -1, time(a.customers.makespan), time(b.customers.makespan)},
      {Figure::mean_sojourn, -1, time(a.customers.mean_sojourn), time(b.customers.mean_sojourn)},
  };
  const std::size_t n = std::min(a.stations.size(), b.stations.size());
  for (std::size_t i = 0; i < n; ++i) {
    const int station = static_cast<int>(i);
    rows.push_back({Figure::mean_queue_wait, station, time(a.stations[i].mean_queue_wait),
                    time(b.stations[i].mean_queue_wait)});
    rows.push_back(
        {Figure::utilization, station, a.stations[i].utilization, b.stations[i].utilization});
  }
  return rows;
}

std::string figure_name(const ComparisonRow& row, const FigureNames& names,
                        const std::string& station) {
  std::string name;
  switch (row.figure) {
    case Figure::makespan:
      return names.makespan;
    case Figure::mean_sojourn:
      return names.mean_sojourn;
    case Figure::mean_queue_wait:
      name = names.mean_queue_wait;
      break;
    case Figure::utilization:
      name = names.utilization;
      break;
  }
  if (const std::size_t at = name.find("%s"); at != std::string::npos) name.replace(at, 2, station);
  return name;
}

std::string format_figure(const ComparisonRow& row, double value) {
  if (row.is_time()) return format_duration(static_cast<Time>(value));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", value * 100);
  return buf;
}

std::string format_deviation(std::optional<double> deviation) {
  if (!deviation) return "—";
  const double percent = *deviation * 100;
  char buf[32];
  // A deviation that rounds to zero reads "+0.0%", never "-0.0%".
  std::snprintf(buf, sizeof buf, "%+.1f%%", std::fabs(percent) < 0.05 ? 0.0 : percent);
  return buf;
}

}  // namespace burgers::stats
