#include "ui/session.hpp"

#include <algorithm>
#include <cmath>

#include "run/memory_estimate.hpp"
#include "scenario/limits.hpp"
#include "scenario/loader.hpp"

namespace burgers::ui {

namespace fs = std::filesystem;

namespace {

Params defaults_for(const scenario::Scenario& s) {
  Params p;
  for (const scenario::Station& st : s.stations) p.staff.push_back(st.staff);
  p.arrival_factor.assign(s.groups.size(), 1.0);
  p.seed = s.seed;
  return p;
}

bool same_shape(const scenario::Scenario& a, const scenario::Scenario& b) {
  if (a.stations.size() != b.stations.size() || a.groups.size() != b.groups.size()) return false;
  for (std::size_t i = 0; i < a.stations.size(); ++i) {
    if (a.stations[i].name != b.stations[i].name) return false;
  }
  return true;
}

// The dashboard keeps every span of a run, and an index of them: a run that would not fit
// in memory is refused like a file with an error, instead of growing until bad_alloc.
std::optional<scenario::Diagnostic> memory_problem(const scenario::Scenario& s) {
  run::MemoryNeeds needs;
  needs.trace = true;
  needs.output_bytes_per_span = 16;  // chart::TraceIndex
  const run::MemoryEstimate estimate = run::estimate_memory(s, needs);
  const std::optional<double> available = run::available_memory();
  if (!available || estimate.total_bytes <= *available) return std::nullopt;
  return scenario::Diagnostic{
      s.path, 0, 0,
      "this run would need " + estimate.describe() + ", more than the " +
          run::format_bytes(*available) +
          " available (the dashboard keeps every span): use fewer customers, or burgers run "
          "--formats summary"};
}

Time scaled(Time t, double factor) {
  return static_cast<Time>(std::llround(static_cast<double>(t) / factor));
}

}  // namespace

scenario::Scenario apply(const scenario::Scenario& base, const Params& params) {
  scenario::Scenario s = base;
  for (std::size_t i = 0; i < s.stations.size() && i < params.staff.size(); ++i) {
    s.stations[i].staff = std::max(1, params.staff[i]);
  }
  for (std::size_t g = 0; g < s.groups.size() && g < params.arrival_factor.size(); ++g) {
    const double f = params.arrival_factor[g];
    if (f <= 0 || f == 1.0) continue;
    // More customers per minute means shorter gaps: every time parameter shrinks by f.
    random::Distribution& d = s.groups[g].arrival;
    d.a = scaled(d.a, f);
    d.b = scaled(d.b, f);
  }
  s.seed = params.seed;
  return s;
}

Session::Session(fs::path file, std::vector<scenario::Override> overrides)
    : file_(std::move(file)), overrides_(std::move(overrides)) {
  reload();
}

std::optional<fs::file_time_type> Session::stamp_time() const {
  std::error_code ec;
  const auto t = fs::last_write_time(file_, ec);
  if (ec) return std::nullopt;
  return t;
}

bool Session::changed_on_disk() const {
  std::error_code ec;
  const auto size = fs::file_size(file_, ec);
  return stamp_time() != loaded_time_ || (!ec && size != loaded_size_);
}

bool Session::reload() {
  loaded_time_ = stamp_time();
  std::error_code ec;
  loaded_size_ = fs::file_size(file_, ec);
  scenario::LoadResult result = scenario::load_scenario_file(file_, overrides_);
  errors_ = std::move(result.diagnostics);
  if (!result.ok()) return false;
  if (auto too_big = memory_problem(*result.scenario)) {
    errors_.push_back(std::move(*too_big));
    return false;  // the last good run stays
  }
  const bool keep_params = base_ && same_shape(*base_, *result.scenario);
  const Params previous = params_;
  base_ = std::move(result.scenario);
  params_ = defaults_for(*base_);
  if (keep_params) {
    params_.staff = previous.staff;
    params_.arrival_factor = previous.arrival_factor;
  }
  apply_params();
  return true;
}

void Session::apply_params() {
  effective_ = apply(*base_, params_);
  restart();
}

void Session::restart() {
  if (!base_) return;
  index_.reset();
  sim_ = std::make_unique<run::Simulation>(effective_);
  index_ = std::make_unique<chart::TraceIndex>();
}

void Session::set_staff(int station, int staff) {
  if (!base_ || station < 0 || static_cast<std::size_t>(station) >= params_.staff.size()) return;
  // Within the scenario limit on staff over all stations, like a file.
  int others = 0;
  for (std::size_t i = 0; i < params_.staff.size(); ++i)
    others += i == static_cast<std::size_t>(station) ? 0 : params_.staff[i];
  staff = std::clamp(staff, 1, std::max(1, scenario::kMaxStaff - others));
  if (params_.staff[static_cast<std::size_t>(station)] == staff) return;
  params_.staff[static_cast<std::size_t>(station)] = staff;
  apply_params();
}

void Session::set_arrival_factor(int group, double factor) {
  if (!base_ || group < 0 || static_cast<std::size_t>(group) >= params_.arrival_factor.size())
    return;
  if (params_.arrival_factor[static_cast<std::size_t>(group)] == factor || factor <= 0) return;
  params_.arrival_factor[static_cast<std::size_t>(group)] = factor;
  apply_params();
}

void Session::set_seed(std::uint64_t seed) {
  if (!base_ || params_.seed == seed) return;
  params_.seed = seed;
  apply_params();
}

void Session::set_params(const Params& params) {
  if (!base_ || params == params_) return;
  params_ = params;
  apply_params();
}

const chart::TraceIndex& Session::index() {
  if (sim_ && sim_->trace() != nullptr) index_->update(*sim_->trace());
  return *index_;
}

std::uint64_t Session::advance(Time t, std::uint64_t events) {
  if (!sim_ || sim_->finished()) return 0;
  return sim_->advance(t, events);
}

double Session::arrivals_per_minute(int group) const {
  if (!base_) return 0;
  const double mean = effective_.groups[static_cast<std::size_t>(group)].arrival.mean();
  return mean > 0 ? static_cast<double>(kMinute) / mean : 0;
}

}  // namespace burgers::ui
