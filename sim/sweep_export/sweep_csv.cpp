// sweep.csv: a row per point, replication and mode (simulated, real threads), with the
// varied values, the seed (to rerun the row alone with --set and --seed) and every figure
// of its summary.json, written with the same digits.
#include <string>
#include <vector>

#include "export/text_exports.hpp"
#include "sweep/metrics.hpp"
#include "sweep_export/sweep_exports.hpp"

namespace burgers::exporter {

namespace {

std::string figure_text(const sweep::NamedFigure& f) {
  switch (f.kind) {
    case sweep::NamedFigure::Kind::time:
      return format_seconds(f.time);
    case sweep::NamedFigure::Kind::integer:
      return std::to_string(f.integer);
    case sweep::NamedFigure::Kind::real:
      return format_fixed(f.real);
  }
  return {};
}

bool has_speedup(const sweep::SweepPlan& plan, std::size_t& index) {
  for (std::size_t m = 0; m < plan.spec.metrics.size(); ++m) {
    if (plan.spec.metrics[m] == "speedup") {
      index = m;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string sweep_csv(const sweep::SweepRunner& runner) {
  const sweep::SweepPlan& plan = runner.plan();
  const bool threads_rows = plan.spec.mode != sweep::SweepMode::sim;
  const bool sim_rows = plan.spec.mode != sweep::SweepMode::threads;
  std::size_t speedup = 0;
  const bool with_speedup = has_speedup(plan, speedup);
  std::vector<std::string> names;
  for (std::size_t s = 0; s < runner.total() && names.empty(); ++s) {
    if (!runner.ready(s)) continue;
    for (const sweep::NamedFigure& f : sweep::all_figures(runner.record(s).summary))
      names.push_back(f.name);
  }
  std::string out = "point";
  for (const scenario::Vary& v : plan.spec.vary) out += "," + csv_field(v.key);
  out += ",replication,seed,mode";
  if (with_speedup) out += ",speedup";
  for (const std::string& n : names) out += "," + csv_field(n);
  if (threads_rows) out += ",wall_time_s";
  out += "\n";
  for (const bool threads : {false, true}) {
    if ((threads && !threads_rows) || (!threads && !sim_rows)) continue;
    for (const sweep::SweepPoint& point : plan.points) {
      for (int r = 0; r < plan.spec.replications; ++r) {
        const std::size_t slot = runner.slot(point.index, r, threads);
        if (!runner.ready(slot)) continue;
        const sweep::RunRecord& record = runner.record(slot);
        out += std::to_string(point.index + 1);
        for (const scenario::Override& o : point.overrides) out += "," + csv_field(o.value);
        out += "," + std::to_string(r + 1) + "," + std::to_string(record.seed) + "," +
               (threads ? "threads" : "sim");
        if (with_speedup) {
          const auto v = sweep::run_value(runner, point.index, r, threads, speedup);
          out += "," + (v ? format_fixed(*v) : std::string());
        }
        for (const sweep::NamedFigure& f : sweep::all_figures(record.summary))
          out += "," + figure_text(f);
        if (threads_rows) {
          out += ",";
          if (record.summary.wall_time_s) out += format_fixed(*record.summary.wall_time_s);
        }
        out += "\n";
      }
    }
  }
  return out;
}

}  // namespace burgers::exporter
