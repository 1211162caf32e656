#include "sweep/sweep_curves.hpp"

#include <algorithm>

#include "sweep/metrics.hpp"
#include "text/fill.hpp"

namespace burgers::sweep {

namespace {

using chart::AxisKind;
using chart::Curve;
using chart::CurvePoint;
using chart::CurveRole;

// The law of a distribution value ("exp" of "exp(20s)"); empty for a number or a duration.
std::string law_of(std::string_view value) {
  const std::size_t open = value.find('(');
  return open == std::string_view::npos ? std::string() : std::string(value.substr(0, open));
}

// The x axis of the first --vary: numbers, durations (or distributions of one law, by
// their mean), or else categories. Values that would share an x are categories too.
AxisKind x_axis_of(const scenario::Vary& vary, std::vector<double>& xs, std::string& law) {
  bool numbers = true;
  bool seconds = true;
  law = vary.values.empty() ? std::string() : law_of(vary.values.front().text);
  for (const scenario::SweepValue& v : vary.values) {
    const auto n = scenario::value_number(v.text);
    numbers = numbers && n && !n->seconds;
    seconds = seconds && n && n->seconds && law_of(v.text) == law;
    xs.push_back(n ? n->value : 0.0);
  }
  std::vector<double> sorted = xs;
  std::sort(sorted.begin(), sorted.end());
  const bool distinct = std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
  if (numbers && distinct) return AxisKind::number;
  if (seconds && distinct) return AxisKind::seconds;
  for (std::size_t i = 0; i < xs.size(); ++i) xs[i] = static_cast<double>(i);
  law.clear();
  return AxisKind::category;
}

// "Kitchen: staff (station.kitchen.staff)"; the key alone when it has no words.
std::string x_label_of(const SweepPlan& plan, const std::string& law, const CurveWords& words,
                       const Label& station, const Label& group, const StepLabel& step) {
  const std::string& key = plan.spec.vary[0].key;
  std::string name = key_name(key, words.figures, station, group, step);
  if (name.empty()) name = key;
  if (!law.empty()) name += ", " + text::fill(words.mean_of, law);
  return name == key ? key : name + " (" + key + ")";
}

AxisKind y_axis_of(std::string_view metric) {
  switch (metric_unit(metric)) {
    case MetricUnit::seconds:
      return AxisKind::seconds;
    case MetricUnit::share:
      return AxisKind::share;
    case MetricUnit::number:
      break;
  }
  return AxisKind::number;
}

// "cores=2" for the second vary's value (the key's last part keeps legends short).
std::string curve_suffix(const SweepPlan& plan, int curve) {
  if (plan.spec.vary.size() < 2) return {};
  const scenario::Vary& v = plan.spec.vary[1];
  const std::size_t dot = v.key.rfind('.');
  return ", " + v.key.substr(dot == std::string::npos ? 0 : dot + 1) + "=" +
         v.values[static_cast<std::size_t>(curve)].text;
}

Curve measured_curve(const SweepPlan& plan, const SweepResult& result, std::size_t metric,
                     int curve, bool threads, const std::vector<double>& xs) {
  Curve c;
  c.role = threads ? CurveRole::measured : CurveRole::simulated;
  c.hue = plan.curve_count() == 1 ? (threads ? 1 : 0) : curve;
  for (int x = 0; x < plan.x_count(); ++x) {
    const int point = curve * plan.x_count() + x;
    const PointResult& r = result.points[static_cast<std::size_t>(point)];
    const auto& side = threads ? r.measured : r.simulated;
    if (side.empty() || side[metric].values.empty()) continue;
    const stats::MeanInterval& i = side[metric].interval;
    c.points.push_back(
        {xs[static_cast<std::size_t>(x)], i.mean, i.low, i.high, static_cast<int>(i.n), point});
  }
  return c;
}

Curve theory_curve(const SweepPlan& plan, const SweepResult& result, std::size_t metric, int curve,
                   const std::vector<double>& xs) {
  Curve c;
  c.role = CurveRole::theory;
  c.hue = plan.curve_count() == 1 ? 6 : curve;
  for (int x = 0; x < plan.x_count(); ++x) {
    const int point = curve * plan.x_count() + x;
    const PointResult& r = result.points[static_cast<std::size_t>(point)];
    const auto& side = r.simulated.empty() ? r.measured : r.simulated;
    if (side.empty() || !side[metric].theory) continue;
    const double y = *side[metric].theory;
    c.points.push_back({xs[static_cast<std::size_t>(x)], y, y, y, 0, point});
  }
  return c;
}

}  // namespace

chart::CurveSet sweep_curves(const SweepPlan& plan, const SweepResult& result,
                             const CurveWords& words) {
  chart::CurveSet set;
  set.title = words.title.empty() ? plan.title : words.title;
  const scenario::Vary& first = plan.spec.vary[0];
  const scenario::Scenario& lesson = plan.points.front().scenario;
  const Label station = words.station ? words.station : station_labels(lesson);
  const Label group = words.group ? words.group : group_labels(lesson);
  const StepLabel step = words.step ? words.step : step_labels(lesson);
  std::vector<double> xs;
  std::string law;
  set.x_axis = x_axis_of(first, xs, law);
  set.x_label = x_label_of(plan, law, words, station, group, step);
  set.subtitle = words.per_point + ": " + std::to_string(plan.spec.replications) + ", " +
                 words.seed + " " + std::to_string(plan.seed) + "; " +
                 (set.x_axis == AxisKind::category ? words.bars : words.bands);
  if (set.x_axis == AxisKind::category) {
    for (const scenario::SweepValue& v : first.values) set.categories.push_back(v.text);
  }
  const bool simulated = plan.spec.mode != SweepMode::threads;
  const bool threads = plan.spec.mode != SweepMode::sim;
  for (std::size_t m = 0; m < plan.spec.metrics.size(); ++m) {
    const std::string& metric = plan.spec.metrics[m];
    chart::CurvePanelData panel;
    panel.title = figure_name(metric, words.figures, station);
    if (panel.title.empty()) panel.title = metric;
    panel.key = metric;
    panel.y_axis = y_axis_of(metric);
    if (metric == "speedup" && set.x_axis != AxisKind::category && xs[0] > 0) {
      Curve ideal;
      ideal.role = CurveRole::ideal;
      ideal.label = words.ideal;
      for (std::size_t x = 0; x < xs.size(); ++x) ideal.points.push_back({xs[x], xs[x] / xs[0]});
      panel.curves.push_back(std::move(ideal));
    }
    for (int curve = 0; curve < plan.curve_count(); ++curve) {
      const std::string suffix = curve_suffix(plan, curve);
      Curve theory = theory_curve(plan, result, m, curve, xs);
      theory.label = words.theory + suffix;
      if (!theory.points.empty()) panel.curves.push_back(std::move(theory));
      if (simulated) {
        Curve c = measured_curve(plan, result, m, curve, false, xs);
        c.label = words.simulated + suffix;
        panel.curves.push_back(std::move(c));
      }
      if (threads) {
        Curve c = measured_curve(plan, result, m, curve, true, xs);
        c.label = words.measured + suffix;
        panel.curves.push_back(std::move(c));
      }
    }
    set.panels.push_back(std::move(panel));
  }
  return set;
}

}  // namespace burgers::sweep
