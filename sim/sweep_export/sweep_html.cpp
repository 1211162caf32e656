// sweep.html: one self-contained page (inline CSS and SVG): the lesson, the curves, and a
// table per metric with each point's mean, confidence interval, n and closed form.
#include <fmt/format.h>

#include <cmath>
#include <string>

#include "export/markup.hpp"
#include "stats/theory_result.hpp"
#include "sweep/figure_names.hpp"
#include "sweep/metrics.hpp"
#include "sweep_export/sweep_exports.hpp"

namespace burgers::exporter {

namespace {

std::string css() {
  return page_css(1100) + "svg{max-width:100%;height:auto;display:block}";
}

std::string value_text(double v, sweep::MetricUnit unit) {
  switch (unit) {
    case sweep::MetricUnit::seconds:
      return format_duration(static_cast<Time>(std::llround(v * 1e9)));
    case sweep::MetricUnit::share:
      return fmt::format("{:.1f}%", v * 100);
    case sweep::MetricUnit::number:
      break;
  }
  return fmt::format("{:.4g}", v);
}

std::string td(std::string_view text) {
  return "<td>" + escaped(text) + "</td>";
}

std::string interval_cells(const sweep::MetricPoint& p, sweep::MetricUnit unit) {
  if (p.values.empty()) return td("") + td("") + td("");
  return td(value_text(p.interval.mean, unit)) +
         td(value_text(p.interval.low, unit) + " .. " + value_text(p.interval.high, unit)) +
         td(std::to_string(p.interval.n));
}

std::string metric_table(const sweep::SweepPlan& plan, const sweep::SweepResult& result,
                         std::size_t m) {
  const std::string& metric = plan.spec.metrics[m];
  const sweep::MetricUnit unit = sweep::metric_unit(metric);
  const bool sim = plan.spec.mode != sweep::SweepMode::threads;
  const bool threads = plan.spec.mode != sweep::SweepMode::sim;
  // The figure in words, its key (as --metric and sweep.csv name it) beside it.
  const sweep::FigureWords& words = sweep::english_figure_words();
  const sweep::Label station = sweep::station_labels(plan.points.front().scenario);
  const std::string name = sweep::figure_name(metric, words, station);
  std::string out = "<section><h2>" + escaped(name.empty() ? metric : name);
  if (!name.empty()) out += " <code>" + escaped(metric) + "</code>";
  out += "</h2><table><thead><tr>";
  for (const scenario::Vary& v : plan.spec.vary) out += "<th>" + escaped(v.key) + "</th>";
  if (sim) out += "<th>simulated</th><th>95% interval</th><th>n</th>";
  if (threads) out += "<th>real threads</th><th>95% interval</th><th>n</th>";
  out += "<th>theory</th><th>closed form</th></tr></thead><tbody>\n";
  for (const sweep::PointResult& r : result.points) {
    const sweep::SweepPoint& point = plan.points[static_cast<std::size_t>(r.point)];
    out += "<tr>";
    for (const scenario::Override& o : point.overrides) out += td(o.value);
    if (sim) out += interval_cells(r.simulated[m], unit);
    if (threads) out += interval_cells(r.measured[m], unit);
    const auto& side = sim ? r.simulated : r.measured;
    out += td(side[m].theory ? value_text(*side[m].theory, unit) : "");
    out += td(point.theory.has_model() ? point.theory.model
                                       : std::string(stats::reason_text(point.theory.reason)));
    out += "</tr>\n";
  }
  out += "</tbody></table></section>\n";
  return out;
}

}  // namespace

std::string sweep_html(const sweep::SweepPlan& plan, const sweep::SweepResult& result,
                       const chart::CurveChartModel& chart) {
  const scenario::Scenario& s = plan.points.front().scenario;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>";
  append_escaped(out, "Sweep: " + plan.title);
  out += "</title><style>" + css() + "</style></head><body><main>\n<h1>";
  append_escaped(out, plan.title);
  out += "</h1>\n";
  if (!plan.title_zh.empty()) out += "<div class=\"zh\">" + escaped(plan.title_zh) + "</div>\n";
  std::string varied;
  for (const scenario::Vary& v : plan.spec.vary) varied += (varied.empty() ? "" : "; ") + v.text;
  out += "<p class=\"meta\">" + escaped(plan.name) + " · varied: " + escaped(varied) + " · " +
         std::to_string(plan.spec.replications) + " replications per point (seeds derived from " +
         std::to_string(plan.seed) +
         ", the same customers at every point) · bands and intervals: 95% (Student's t)</p>\n";
  if (!s.description.empty()) out += "<p>" + escaped(s.description) + "</p>\n";
  out += "<section>" + curve_svg_element(chart) + "</section>\n";
  for (std::size_t m = 0; m < plan.spec.metrics.size(); ++m) out += metric_table(plan, result, m);
  out += "</main></body></html>\n";
  return out;
}

}  // namespace burgers::exporter
