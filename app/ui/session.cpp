#include "ui/session.hpp"

#include <sys/resource.h>
#include <unistd.h>
#include <atomic>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>

#include "run/memory_estimate.hpp"
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

// A duration as the scenario language writes it, exactly: "30s", "1500ms", "2083333333ns".
std::string exact_duration(Time t) {
  struct Unit {
    Time size;
    const char* name;
  };
  for (const Unit u : {Unit{kHour, "h"}, Unit{kMinute, "min"}, Unit{kSecond, "s"},
                       Unit{kMillisecond, "ms"}, Unit{kMicrosecond, "us"}}) {
    if (t != 0 && t % u.size == 0) return std::to_string(t / u.size) + u.name;
  }
  return std::to_string(t) + "ns";
}

// A distribution as the scenario language writes it, with exact durations.
std::string exact_distribution(const random::Distribution& d) {
  using Kind = random::Distribution::Kind;
  const std::string a = exact_duration(d.a);
  const std::string b = exact_duration(d.b);
  switch (d.kind) {
    case Kind::constant:
      return "const(" + a + ")";
    case Kind::exponential:
      return "exp(" + a + ")";
    case Kind::uniform:
      return "uniform(" + a + ", " + b + ")";
    case Kind::normal:
      return "normal(" + a + ", " + b + ")";
    case Kind::lognormal:
      return "lognormal(" + a + ", " + b + ")";
    case Kind::erlang:
      return "erlang(" + std::to_string(d.k) + ", " + a + ")";
  }
  return a;
}

std::optional<std::string> read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A number no scenario the process loaded before has had (Session::base_serial).
std::uint64_t next_base_serial() {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}

// The background computation runs a little below the window's priority (nice 5, this
// thread only, and the threads it starts): on a machine whose cores are all busy, the
// window's frame (and the software renderer's, and the X server's under xvfb) gets the
// core as soon as it is due instead of waiting for the run's time slice to end. Where
// the kernel groups a session's threads (autogroups), this weighs only against the
// dashboard's own threads.
void yield_to_the_window() {
#if defined(__linux__)
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5);
#endif
}

}  // namespace

std::vector<scenario::Override> overrides_for(const scenario::Scenario& base,
                                              const Params& params) {
  std::vector<scenario::Override> out;
  for (std::size_t i = 0; i < base.stations.size() && i < params.staff.size(); ++i) {
    if (params.staff[i] != base.stations[i].staff)
      out.push_back(
          {"station." + base.stations[i].name + ".staff", std::to_string(params.staff[i])});
  }
  for (std::size_t g = 0; g < base.groups.size() && g < params.arrival_factor.size(); ++g) {
    const double f = params.arrival_factor[g];
    if (f <= 0 || f == 1.0) continue;
    // More customers per minute means shorter gaps: every time parameter shrinks by f.
    random::Distribution d = base.groups[g].arrival;
    d.a = scaled(d.a, f);
    d.b = scaled(d.b, f);
    const std::string key = base.groups.size() == 1
                                ? "customers.arrival"
                                : "customers." + base.groups[g].name + ".arrival";
    out.push_back({key, exact_distribution(d)});
  }
  if (params.seed != base.seed) out.push_back({"scenario.seed", std::to_string(params.seed)});
  return out;
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
  const std::optional<std::string> text = read_text(file_);
  if (!text) {
    errors_ = {{file_.string(), 0, 0, "cannot read the file"}};
    return false;
  }
  scenario::LoadResult result =
      scenario::load_scenario_text(*text, file_.string(), base_overrides());
  if (!result.ok() && !variant_.empty()) {  // the file may have lost the chosen variant
    scenario::LoadResult without = scenario::load_scenario_text(*text, file_.string(), overrides_);
    if (without.ok()) {
      variant_.clear();
      result = std::move(without);
    }
  }
  errors_ = std::move(result.diagnostics);
  if (!result.ok()) return false;
  if (auto too_big = memory_problem(*result.scenario)) {
    errors_.push_back(std::move(*too_big));
    return false;  // the last good run stays
  }
  const bool keep_params = base_ && same_shape(*base_, *result.scenario);
  const Params previous = params_;
  text_ = *text;
  base_ = std::move(result.scenario);
  base_serial_ = next_base_serial();
  Params wanted = defaults_for(*base_);
  if (keep_params) {
    wanted.staff = previous.staff;
    wanted.arrival_factor = previous.arrival_factor;
  }
  if (!apply_params(wanted)) {  // the kept slider values no longer fit the file
    errors_.clear();
    apply_params(defaults_for(*base_));
  }
  return true;
}

std::vector<scenario::Override> Session::base_overrides() const {
  std::vector<scenario::Override> all = overrides_;
  if (!variant_.empty()) all.push_back({"scenario.variant", variant_});
  return all;
}

scenario::LoadResult Session::load(const std::vector<scenario::Override>& overrides) const {
  return scenario::load_scenario_text(text_, file_.string(), overrides);
}

std::vector<scenario::Override> Session::param_overrides() const {
  std::vector<scenario::Override> all = base_overrides();
  if (base_) {
    for (scenario::Override& o : overrides_for(*base_, params_)) all.push_back(std::move(o));
  }
  return all;
}

// The file's text with the command line's overrides, then the sliders', through the
// loader: a refused value is reported and the run stays as it was.
bool Session::apply_params(const Params& wanted) {
  std::vector<scenario::Override> all = base_overrides();
  for (scenario::Override& o : overrides_for(*base_, wanted)) all.push_back(std::move(o));
  scenario::LoadResult result = load(all);
  if (!result.ok()) {
    errors_ = std::move(result.diagnostics);
    return false;
  }
  if (auto too_big = memory_problem(*result.scenario)) {  // e.g. a slider's new rate
    errors_ = {std::move(*too_big)};
    return false;
  }
  errors_.clear();
  params_ = wanted;
  effective_ = std::move(*result.scenario);
  restart();
  return true;
}

void Session::restart() {
  if (!base_) return;
  stop_computing();
  index_.reset();
  stats_ = StatsCache();
  run::RunOptions options;
  span_blocks_.start_run();
  options.span_blocks = &span_blocks_;
  sim_ = std::make_unique<run::Simulation>(effective_, options);
  index_ = std::make_unique<chart::TraceIndex>();
  code_map_ = chart::CodeMap(effective_);
}

bool Session::set_staff(int station, int staff) {
  if (!base_ || station < 0 || static_cast<std::size_t>(station) >= params_.staff.size())
    return false;
  Params wanted = params_;
  wanted.staff[static_cast<std::size_t>(station)] = staff;
  return set_params(wanted);
}

bool Session::set_arrival_factor(int group, double factor) {
  if (!base_ || group < 0 || static_cast<std::size_t>(group) >= params_.arrival_factor.size())
    return false;
  Params wanted = params_;
  wanted.arrival_factor[static_cast<std::size_t>(group)] = factor;
  return set_params(wanted);
}

bool Session::set_seed(std::uint64_t seed) {
  if (!base_) return false;
  Params wanted = params_;
  wanted.seed = seed;
  return set_params(wanted);
}

bool Session::set_params(const Params& params) {
  if (!base_) return false;
  if (params == params_) return true;
  return apply_params(params);
}

bool Session::set_variant(const std::string& name) {
  if (!base_) return false;
  if (name == base_->variant) return true;
  const std::string previous = variant_;
  variant_ = name;
  scenario::LoadResult result = load(base_overrides());
  std::optional<scenario::Diagnostic> too_big;
  if (result.ok()) too_big = memory_problem(*result.scenario);
  if (!result.ok() || too_big) {
    errors_ = too_big ? scenario::Diagnostics{std::move(*too_big)} : std::move(result.diagnostics);
    variant_ = previous;
    return false;
  }
  // A slider the variant leaves alone keeps its value; one it sets starts from its value.
  Params wanted = defaults_for(*result.scenario);
  wanted.seed = params_.seed;
  if (same_shape(*base_, *result.scenario)) {
    for (std::size_t i = 0; i < wanted.staff.size(); ++i) {
      if (base_->stations[i].staff == result.scenario->stations[i].staff)
        wanted.staff[i] = params_.staff[i];
    }
    wanted.arrival_factor = params_.arrival_factor;
  }
  base_ = std::move(result.scenario);
  base_serial_ = next_base_serial();
  if (!apply_params(wanted)) {
    errors_.clear();
    apply_params(defaults_for(*base_));
  }
  return true;
}

void Session::compute_in_background(Time target) {
  stop_computing();
  worker_target_ = target;
  worker_done_ = false;
  progress_ = 0;
  worker_ = std::jthread([this, target](std::stop_token stop) { compute(stop, target); });
}

void Session::compute(std::stop_token stop, Time target) {
  constexpr std::uint64_t kChunk = 1 << 16;  // events between looks at the stop request
  run::Simulation& sim = *sim_;
  yield_to_the_window();
  using Clock = std::chrono::steady_clock;
  const Clock::time_point began = Clock::now();
  const Time goal = std::max<Time>(target, 1);
  while (!stop.stop_requested() && !sim.finished() && sim.next_time() <= target) {
    sim.advance(target, kChunk);
    const double part = target == kNever
                            ? sim.progress()
                            : static_cast<double>(sim.now()) / static_cast<double>(goal);
    progress_.store(std::clamp(part, 0.0, 1.0), std::memory_order_relaxed);
  }
  const Clock::time_point simulated = Clock::now();
  // What the first frame there reads, made ready here rather than in a frame: the index
  // and the statistics (which bring the index up to date beside the figures needing none).
  if (!stop.stop_requested() && (sim.finished() || sim.next_time() > target)) {
    stats_.at(sim, *index_,
              target == kNever || (sim.finished() && target > sim.now()) ? sim.now() : target);
  } else {
    index_->update(*sim.trace());
  }
  compute_times_ = {std::chrono::duration<double>(simulated - began).count(),
                    std::chrono::duration<double>(Clock::now() - simulated).count()};
  worker_done_.store(true, std::memory_order_release);
}

bool Session::collect() {
  if (!worker_.joinable() || !worker_done_.load(std::memory_order_acquire)) return false;
  worker_.join();
  return true;
}

void Session::stop_computing() {
  if (!worker_.joinable()) return;
  worker_.request_stop();
  worker_.join();
}

const chart::TraceIndex& Session::index() {
  if (sim_ && sim_->trace() != nullptr) index_->update(*sim_->trace());
  return *index_;
}

std::uint64_t Session::advance(Time t, std::uint64_t events) {
  stop_computing();
  if (!sim_ || sim_->finished()) return 0;
  return sim_->advance(t, events);
}

double Session::arrivals_per_minute(int group) const {
  if (!base_) return 0;
  const double mean = effective_.groups[static_cast<std::size_t>(group)].arrival.mean();
  return mean > 0 ? static_cast<double>(kMinute) / mean : 0;
}

}  // namespace burgers::ui
