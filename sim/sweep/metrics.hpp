#pragma once
// The figures of a run by their summary.json names ("customers.mean_sojourn_s",
// "stations.kitchen.utilization"): read from a Summary, and predicted by the closed form
// when there is one. Times in seconds. Include from sim/sweep and its exports.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario.hpp"
#include "stats/summary.hpp"

namespace burgers::sweep {

// How a figure is read: a time, a share (0..1), or a plain number (counts, speedup).
enum class MetricUnit : std::uint8_t { seconds, share, number };

MetricUnit metric_unit(std::string_view metric);

// The figure `metric` of a run; nothing for "speedup" (a ratio of two runs) or an unknown name.
std::optional<double> metric_value(const stats::Summary& summary, std::string_view metric);

// What the closed form says the figure is (stations' waits, lines and utilization, their
// mean service, customers' mean sojourn), when `theory` has a model and knows it.
std::optional<double> theory_value(const stats::TheoryCheck& theory,
                                   const scenario::Scenario& scenario, std::string_view metric);

// Every figure of a Summary in summary.json's order, typed as summary.json writes it (so
// the CSV writes the same digits): the CSV's columns.
struct NamedFigure {
  enum class Kind : std::uint8_t { time, integer, real };
  std::string name;
  Kind kind = Kind::real;
  Time time = 0;             // Kind::time, in nanoseconds
  std::int64_t integer = 0;  // Kind::integer
  double real = 0;           // Kind::real
};
std::vector<NamedFigure> all_figures(const stats::Summary& summary);

}  // namespace burgers::sweep
