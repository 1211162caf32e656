#include "sweep/sweep_plan.hpp"

#include "theory/theory_check.hpp"

namespace burgers::sweep {

namespace {

int code_points(std::string_view text) {
  int n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80 ? 1 : 0;
  return n;
}

// An override's diagnostic ("--set KEY=VALUE":1:col) moved to where the value is written
// in "--vary KEY=RANGE"; other diagnostics (in the file) stay where they are.
scenario::Diagnostic at_vary(scenario::Diagnostic d, const scenario::Vary& vary,
                             const scenario::SweepValue& value, bool& in_key) {
  if (d.file != "--set " + vary.key + "=" + value.text) return d;
  in_key = d.column <= code_points(vary.key);
  const int key_columns = code_points(vary.key) + 1;  // "KEY="
  const int key_start = 1 + code_points(std::string_view(vary.text).substr(0, vary.key_offset));
  if (d.column <= key_columns) {
    d.column = key_start + d.column - 1;
  } else {
    const int value_start = 1 + code_points(std::string_view(vary.text).substr(0, value.offset));
    // A range's values are not written out: point at the range itself.
    d.column = vary.range ? value_start : value_start + d.column - key_columns - 1;
  }
  d.file = "--vary " + vary.text;
  return d;
}

}  // namespace

SweepSpec suggested_spec(const scenario::SweepSuggestion& suggestion) {
  SweepSpec spec;
  for (const std::string& text : suggestion.vary) {
    scenario::Parsed<scenario::Vary> vary = scenario::parse_vary(text);
    if (vary.ok()) spec.vary.push_back(std::move(*vary.value));
  }
  spec.metrics = suggestion.metrics;
  if (suggestion.replications > 0) spec.replications = suggestion.replications;
  return spec;
}

std::string SweepPlan::describe(const SweepPoint& point) const {
  std::string text;
  for (const scenario::Override& o : point.overrides) {
    if (!text.empty()) text += ", ";
    text += o.key + "=" + o.value;
  }
  return text;
}

namespace {

// The point's diagnostics moved to the --vary texts and prefixed with the point; true when
// they all concern a key (wrong at every point, so said once, without the point).
bool point_errors(const SweepSpec& spec, const SweepPoint& point, const std::string& prefix,
                  const scenario::Diagnostics& errors, scenario::Diagnostics& out) {
  bool key_only = true;
  scenario::Diagnostics found;
  for (scenario::Diagnostic d : errors) {
    bool in_key = false;
    for (std::size_t v = 0; v < spec.vary.size(); ++v) {
      const int index = v == 0 ? point.x : point.curve;
      d = at_vary(std::move(d), spec.vary[v], spec.vary[v].values[static_cast<std::size_t>(index)],
                  in_key);
    }
    key_only = key_only && in_key;
    found.push_back(std::move(d));
  }
  for (scenario::Diagnostic& d : found) {
    if (!key_only) d.message = prefix + d.message;
    out.push_back(std::move(d));
  }
  return key_only;
}

}  // namespace

PlanResult plan_sweep(std::string_view toml_text, std::string_view file, SweepSpec spec) {
  PlanResult result;
  if (spec.vary.empty() || spec.vary.size() > 2) {
    result.diagnostics.push_back({"--vary", 0, 0, "give one or two --vary KEY=RANGE"});
    return result;
  }
  SweepPlan plan;
  plan.file = std::string(file);
  const int xs = static_cast<int>(spec.vary[0].values.size());
  const int curves = spec.vary.size() > 1 ? static_cast<int>(spec.vary[1].values.size()) : 1;
  for (int index = 0; index < xs * curves; ++index) {
    SweepPoint point;
    point.index = index;
    point.x = index % xs;
    point.curve = index / xs;
    for (std::size_t v = 0; v < spec.vary.size(); ++v) {
      const int value = v == 0 ? point.x : point.curve;
      point.overrides.push_back(
          {spec.vary[v].key, spec.vary[v].values[static_cast<std::size_t>(value)].text});
    }
    std::vector<scenario::Override> overrides = spec.sets;
    overrides.insert(overrides.end(), point.overrides.begin(), point.overrides.end());
    scenario::LoadResult loaded = scenario::load_scenario_text(toml_text, file, overrides);
    if (!loaded.ok()) {
      const std::string prefix = "point " + std::to_string(index + 1) + " of " +
                                 std::to_string(xs * curves) + " (" + plan.describe(point) + "): ";
      if (point_errors(spec, point, prefix, loaded.diagnostics, result.diagnostics)) return result;
      continue;
    }
    point.scenario = std::move(*loaded.scenario);
    point.theory = stats::predict(point.scenario);
    plan.points.push_back(std::move(point));
  }
  if (!result.diagnostics.empty()) return result;
  const scenario::Scenario& first = plan.points.front().scenario;
  for (const std::string& metric : spec.metrics) {
    const std::string problem = scenario::metric_problem(metric, first);
    if (!problem.empty()) result.diagnostics.push_back({"--metric " + metric, 1, 1, problem});
  }
  if (!result.diagnostics.empty()) return result;
  plan.name = first.name;
  plan.title = first.title;
  plan.title_zh = first.title_zh;
  plan.seed = first.seed;
  plan.spec = std::move(spec);
  result.plan = std::move(plan);
  return result;
}

}  // namespace burgers::sweep
