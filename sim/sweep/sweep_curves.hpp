#pragma once
// A sweep's figures as curves (chart::CurveSet): one panel per metric, one curve per value
// of the second --vary, the simulated mean with its band, the measured one (threads
// modes), the closed form (textbook queues) and, for speedup, the ideal line.
// The words come from the caller, so the dashboard can translate them.
#include <string>

#include "chart/curve_chart.hpp"
#include "sweep/sweep_result.hpp"

namespace burgers::sweep {

struct CurveWords {
  std::string simulated = "simulated";
  std::string measured = "real threads";
  std::string theory = "theory";
  std::string ideal = "ideal (linear)";
  std::string per_point = "replications per point";  // "replications per point: 5"
  std::string seed = "seed";
  std::string bands = "bands: 95% confidence interval";
  std::string title;  // empty: the scenario's title
};

chart::CurveSet sweep_curves(const SweepPlan& plan, const SweepResult& result,
                             const CurveWords& words = {});

}  // namespace burgers::sweep
