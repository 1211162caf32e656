#pragma once
// A sweep's figures as curves (chart::CurveSet): a panel per metric, a curve per value of
// the second --vary, simulated and measured with bands, theory and the ideal speedup; the
// words come from the caller so the dashboard can translate them.
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
