#include "sweep/sweep_result.hpp"

#include "sweep/metrics.hpp"

namespace burgers::sweep {

namespace {

MetricPoint metric_point(const SweepRunner& runner, int point, bool threads, std::size_t metric) {
  MetricPoint out;
  for (int r = 0; r < runner.plan().spec.replications; ++r) {
    if (const auto v = run_value(runner, point, r, threads, metric)) out.values.push_back(*v);
  }
  out.interval = stats::mean_interval(out.values, 0.95);
  const SweepPoint& p = runner.plan().points[static_cast<std::size_t>(point)];
  out.theory = theory_value(p.theory, p.scenario, runner.plan().spec.metrics[metric]);
  return out;
}

}  // namespace

std::optional<double> run_value(const SweepRunner& runner, int point, int replication, bool threads,
                                std::size_t metric) {
  const std::size_t slot = runner.slot(point, replication, threads);
  if (!runner.ready(slot)) return std::nullopt;
  const RunRecord& record = runner.record(slot);
  if (!record.failure.empty()) return std::nullopt;
  const std::string& name = runner.plan().spec.metrics[metric];
  if (name != "speedup") return metric_value(record.summary, name);
  const SweepPlan& plan = runner.plan();
  const int first = plan.points[static_cast<std::size_t>(point)].curve * plan.x_count();
  const std::size_t base = runner.slot(first, replication, threads);
  if (!runner.ready(base) || !runner.record(base).failure.empty()) return std::nullopt;
  const Time mine = record.summary.customers.makespan;
  const Time theirs = runner.record(base).summary.customers.makespan;
  if (mine <= 0) return std::nullopt;
  return static_cast<double>(theirs) / static_cast<double>(mine);
}

SweepResult collect(const SweepRunner& runner) {
  SweepResult result;
  result.completed = runner.completed();
  result.complete = runner.finished() && result.completed == runner.total();
  const SweepPlan& plan = runner.plan();
  const std::size_t metrics = plan.spec.metrics.size();
  for (const SweepPoint& p : plan.points) {
    PointResult point;
    point.point = p.index;
    for (std::size_t m = 0; m < metrics; ++m) {
      point.simulated.push_back(metric_point(runner, p.index, false, m));
      if (runner.has_threads()) point.measured.push_back(metric_point(runner, p.index, true, m));
    }
    result.points.push_back(std::move(point));
  }
  return result;
}

}  // namespace burgers::sweep
