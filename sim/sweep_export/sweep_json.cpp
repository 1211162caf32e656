// sweep.json: the sweep's figures point by point: for each metric the mean over the
// replications, its standard deviation, the 95% confidence interval (Student's t) and n,
// with the closed form beside it when the point is a textbook queue.
#include <string>

#include "export/json_writer.hpp"
#include "stats/theory_result.hpp"
#include "sweep_export/sweep_exports.hpp"

namespace burgers::exporter {

namespace {

std::string_view mode_name(sweep::SweepMode mode) {
  switch (mode) {
    case sweep::SweepMode::sim:
      return "sim";
    case sweep::SweepMode::threads:
      return "threads";
    case sweep::SweepMode::both:
      return "both";
  }
  return "sim";
}

void write_metrics(JsonWriter& json, std::string_view key, const sweep::SweepPlan& plan,
                   const std::vector<sweep::MetricPoint>& metrics) {
  json.begin_object(key);
  for (std::size_t m = 0; m < metrics.size(); ++m) {
    const sweep::MetricPoint& p = metrics[m];
    json.begin_object(plan.spec.metrics[m]);
    json.number("mean", p.interval.mean);
    json.number("sd", p.interval.sd);
    json.number("ci95_low", p.interval.low);
    json.number("ci95_high", p.interval.high);
    json.integer("n", p.interval.n);
    if (p.theory) json.number("theory", *p.theory);
    json.end();
  }
  json.end();
}

void write_header(JsonWriter& json, const sweep::SweepRunner& runner) {
  const sweep::SweepPlan& plan = runner.plan();
  json.text("scenario", plan.name);
  json.text("title", plan.title);
  json.integer("seed", static_cast<std::int64_t>(plan.seed));
  json.text("mode", mode_name(plan.spec.mode));
  json.integer("replications", plan.spec.replications);
  if (plan.spec.mode != sweep::SweepMode::sim) json.number("time_scale", runner.time_scale());
  json.begin_array("vary");
  for (const scenario::Vary& v : plan.spec.vary) {
    json.begin_object();
    json.text("key", v.key);
    json.begin_array("values");
    for (const scenario::SweepValue& value : v.values) json.raw({}, json_string(value.text));
    json.end();
    json.end();
  }
  json.end();
  json.begin_array("metrics");
  for (const std::string& m : plan.spec.metrics) json.raw({}, json_string(m));
  json.end();
}

}  // namespace

std::string sweep_json(const sweep::SweepRunner& runner, const sweep::SweepResult& result) {
  const sweep::SweepPlan& plan = runner.plan();
  std::string out;
  JsonWriter json(out);
  json.begin_object();
  write_header(json, runner);
  json.begin_array("points");
  for (const sweep::PointResult& r : result.points) {
    const sweep::SweepPoint& point = plan.points[static_cast<std::size_t>(r.point)];
    json.begin_object();
    json.integer("point", point.index + 1);
    json.begin_object("values");
    for (const scenario::Override& o : point.overrides) json.text(o.key, o.value);
    json.end();
    if (point.theory.has_model()) {
      json.text("model", point.theory.model);
    } else {
      json.raw("model", "null");
      json.text("reason", stats::reason_text(point.theory.reason));
    }
    if (plan.spec.mode != sweep::SweepMode::threads)
      write_metrics(json, "simulated", plan, r.simulated);
    if (plan.spec.mode != sweep::SweepMode::sim) write_metrics(json, "measured", plan, r.measured);
    json.end();
  }
  json.end();
  json.end();
  return out;
}

}  // namespace burgers::exporter
