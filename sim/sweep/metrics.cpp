#include "sweep/metrics.hpp"

#include "base/time.hpp"

namespace burgers::sweep {

namespace {

double seconds(Time t) {
  return to_seconds(t);
}

// "stations.kitchen.utilization" -> ("kitchen", "utilization").
bool split_station(std::string_view metric, std::string_view& station, std::string_view& figure) {
  constexpr std::string_view kPrefix = "stations.";
  if (metric.substr(0, kPrefix.size()) != kPrefix) return false;
  const std::string_view rest = metric.substr(kPrefix.size());
  const std::size_t dot = rest.find('.');
  if (dot == std::string_view::npos) return false;
  station = rest.substr(0, dot);
  figure = rest.substr(dot + 1);
  return true;
}

}  // namespace

MetricUnit metric_unit(std::string_view metric) {
  if (metric.size() > 2 && metric.substr(metric.size() - 2) == "_s") return MetricUnit::seconds;
  if (metric.size() >= 11 && metric.substr(metric.size() - 11) == "utilization")
    return MetricUnit::share;
  return MetricUnit::number;
}

std::optional<double> metric_value(const stats::Summary& s, std::string_view metric) {
  for (const NamedFigure& f : all_figures(s)) {
    if (f.name != metric) continue;
    switch (f.kind) {
      case NamedFigure::Kind::time:
        return seconds(f.time);
      case NamedFigure::Kind::integer:
        return static_cast<double>(f.integer);
      case NamedFigure::Kind::real:
        return f.real;
    }
  }
  return std::nullopt;
}

std::optional<double> theory_value(const stats::TheoryCheck& theory,
                                   const scenario::Scenario& scenario, std::string_view metric) {
  if (!theory.has_model()) return std::nullopt;
  std::string_view station;
  std::string_view figure;
  if (split_station(metric, station, figure)) {
    for (const stats::StationTheory& st : theory.stations) {
      if (st.station != station) continue;
      if (figure == "mean_queue_wait_s") return seconds(st.mean_queue_wait);
      if (figure == "mean_queue_length") return st.mean_queue_length;
      if (figure == "utilization") return st.utilization;
    }
    return std::nullopt;
  }
  if (metric != "customers.mean_sojourn_s" || scenario.groups.size() != 1) return std::nullopt;
  // Waits in line, plus every step's mean work (at stations and the customer's own).
  double total = seconds(theory.mean_queue_wait);
  for (const scenario::Step& step : scenario.groups[0].steps) {
    for (const scenario::Phase& p : step.work) total += p.duration.mean() / 1e9;
  }
  return total;
}

std::vector<NamedFigure> all_figures(const stats::Summary& s) {
  using Kind = NamedFigure::Kind;
  std::vector<NamedFigure> out;
  auto time = [&out](std::string name, Time t) { out.push_back({std::move(name), Kind::time, t}); };
  auto integer = [&out](std::string name, std::int64_t n) {
    out.push_back({std::move(name), Kind::integer, 0, n});
  };
  auto real = [&out](std::string name, double v) {
    out.push_back({std::move(name), Kind::real, 0, 0, v});
  };
  time("end_time_s", s.end_time);
  integer("events", static_cast<std::int64_t>(s.events));
  const stats::CustomerSummary& c = s.customers;
  integer("customers.arrived", c.arrived);
  integer("customers.served", c.served);
  time("customers.mean_sojourn_s", c.mean_sojourn);
  time("customers.mean_blocked_s", c.mean_blocked);
  time("customers.mean_free_s", c.mean_free);
  time("customers.mean_own_s", c.mean_own);
  time("customers.sojourn_p50_s", c.sojourn.p50);
  time("customers.sojourn_p90_s", c.sojourn.p90);
  time("customers.sojourn_p99_s", c.sojourn.p99);
  time("customers.makespan_s", c.makespan);
  for (const stats::StationSummary& st : s.stations) {
    const std::string p = "stations." + st.name + ".";
    integer(p + "staff", st.staff);
    integer(p + "served", st.served);
    real(p + "utilization", st.utilization);
    time(p + "busy_time_s", st.busy_time);
    time(p + "cpu_time_s", st.cpu_time);
    time(p + "io_blocked_time_s", st.io_blocked_time);
    time(p + "core_wait_time_s", st.core_wait_time);
    time(p + "gil_wait_time_s", st.gil_wait_time);
    time(p + "mean_queue_wait_s", st.mean_queue_wait);
    real(p + "mean_queue_length", st.mean_queue_length);
    integer(p + "max_queue_length", st.max_queue_length);
    time(p + "queue_wait_p50_s", st.queue_wait.p50);
    time(p + "queue_wait_p90_s", st.queue_wait.p90);
    time(p + "queue_wait_p99_s", st.queue_wait.p99);
    time(p + "mean_service_s", st.mean_service);
  }
  return out;
}

}  // namespace burgers::sweep
