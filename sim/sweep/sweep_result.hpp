#pragma once
// The figures of a sweep point by point: per metric the mean of the replications run so
// far, its sd and 95% interval (Student's t) and the closed form's value; simulated and
// measured. Made from a SweepRunner at any time, so points appear as they finish.
#include <optional>
#include <vector>

#include "stats/student_t.hpp"
#include "sweep/sweep_runner.hpp"

namespace burgers::sweep {

struct MetricPoint {
  std::vector<double> values;  // per finished replication, in replication order
  stats::MeanInterval interval;
  std::optional<double> theory;
};

struct PointResult {
  int point = 0;
  std::vector<MetricPoint> simulated;  // per metric; empty until a replication finished
  std::vector<MetricPoint> measured;   // per metric, real threads (threads modes)
};

struct SweepResult {
  std::vector<PointResult> points;  // one per point of the plan
  std::size_t completed = 0;        // runs finished when it was made
  bool complete = false;            // every run finished
};

// A run's value of `metric` ("speedup": the makespan of the first point of its curve, in
// the same replication, over this point's); nothing until both runs have finished.
std::optional<double> run_value(const SweepRunner& runner, int point, int replication, bool threads,
                                std::size_t metric);

SweepResult collect(const SweepRunner& runner);

}  // namespace burgers::sweep
