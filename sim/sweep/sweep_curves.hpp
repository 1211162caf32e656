#pragma once
// A sweep's figures as curves (chart::CurveSet): a panel per metric, a curve per value of
// the second --vary, simulated and measured with bands, theory and the ideal speedup; the
// x axis is numeric only when the values are numbers (or durations, or distributions of
// one law), else categories. The words come from the caller so the dashboard can
// translate them; figures are named in words, their keys kept beside them.
#include <string>

#include "chart/curve_chart.hpp"
#include "sweep/figure_names.hpp"
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
  std::string bars = "bars: 95% confidence interval";  // a category axis has no bands
  std::string mean_of = "mean of {}";                  // an axis of distributions: "mean of exp"
  std::string title;                                   // empty: the scenario's title
  FigureWords figures = english_figure_words();
  Label station;   // empty: the scenario's station labels
  Label group;     // empty: the scenario's group labels
  StepLabel step;  // empty: the scenario's step labels
};

chart::CurveSet sweep_curves(const SweepPlan& plan, const SweepResult& result,
                             const CurveWords& words = {});

}  // namespace burgers::sweep
