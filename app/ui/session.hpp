#pragma once
// Session: one scenario file open in the dashboard: its last good scenario, the slider
// values (reaching it as --set overrides, validated like the command line's), its run and
// the file's errors (a bad file never replaces a good run). A long way to go is run on a
// thread of its own, so the window keeps drawing. No GL here: unit-tested.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "chart/chart_builder.hpp"
#include "chart/code_lines.hpp"
#include "run/simulation.hpp"
#include "scenario/diagnostic.hpp"
#include "scenario/loader.hpp"
#include "scenario/scenario.hpp"
#include "ui/block_supply.hpp"
#include "ui/stats_model.hpp"

namespace burgers::ui {

struct Params {
  std::vector<int> staff;              // per station
  std::vector<double> arrival_factor;  // per customer group: x times as many per minute
  std::uint64_t seed = 1;
  friend bool operator==(const Params&, const Params&) = default;
};

class Session {
 public:
  explicit Session(std::filesystem::path file, std::vector<scenario::Override> overrides = {});
  ~Session() { stop_computing(); }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  const std::filesystem::path& file() const { return file_; }
  bool loaded() const { return base_.has_value(); }
  const scenario::Scenario& base() const { return *base_; }
  // Changes whenever base() does (a load, a reload, a variant), and differs between any two
  // sessions of the process: what the window's fonts were last checked against.
  std::uint64_t base_serial() const { return base_serial_; }
  const scenario::Scenario& effective() const { return effective_; }
  const scenario::Diagnostics& errors() const { return errors_; }
  const Params& params() const { return params_; }

  // Re-reads the file. A good file replaces the scenario (keeping slider values when the
  // stations and groups are the same) and restarts the run; a bad one keeps the last
  // good run and its errors are shown. Returns whether the run changed.
  bool reload();
  // Whether the file's time or size changed since the last (re)load.
  bool changed_on_disk() const;

  // Each returns false (and keeps the run) when the override is refused; errors() says why.
  bool set_staff(int station, int staff);
  bool set_arrival_factor(int group, double factor);
  bool set_seed(std::uint64_t seed);
  bool set_params(const Params& params);
  // Runs the lesson's variant `name` ([[variant]]). Sliders keep their values where the
  // variant leaves the default alone; the seed stays.
  bool set_variant(const std::string& name);
  // The overrides that turn the file (with the command line's overrides) into effective().
  std::vector<scenario::Override> param_overrides() const;
  // A fresh run of the effective scenario from time 0.
  void restart();

  // Runs the simulation towards `target` (kNever: its end) on a thread of its own, then
  // brings the index and the statistics as of there up to date on it too. Until
  // collect() says it is over, computing() is true and the run, its index and its
  // statistics are the thread's: nothing else may read them.
  void compute_in_background(Time target);
  bool computing() const { return worker_.joinable(); }
  Time computing_target() const { return worker_target_; }
  double computing_progress() const { return progress_.load(std::memory_order_relaxed); }
  // Joins a background computation that has finished; true when there was one.
  bool collect();
  // How long the last background computation took (wall seconds): running the simulation,
  // then bringing the index and the statistics up to date. Read once it has been joined.
  struct ComputeTimes {
    double simulating = 0;
    double figures = 0;
  };
  ComputeTimes compute_times() const { return compute_times_; }
  // Asks a background computation to stop at its next chunk of events and joins it.
  void stop_computing();

  // The run (not while computing()).
  run::Simulation* simulation() { return sim_.get(); }
  const run::Simulation* simulation() const { return sim_.get(); }
  // Brings the index up to date with the trace and returns it.
  const chart::TraceIndex& index();
  // The index as last brought up to date (views read it; the frame builder updates it).
  const chart::TraceIndex& index() const { return *index_; }
  // The statistics as of `t` (which the run must have reached), rebuilt only on change.
  // Brings the index up to date too.
  const StatsModel& stats_at(Time t) { return stats_.at(*sim_, *index_, t); }
  // Runs events up to virtual time `t` (or the end) while `events` allow; returns how many ran.
  std::uint64_t advance(Time t, std::uint64_t events);

  // Which code line each step of the effective scenario stands for.
  const chart::CodeMap& code_map() const { return code_map_; }

  // Customers per minute of group `g` in the effective scenario (from its mean gap).
  double arrivals_per_minute(int group) const;

 private:
  bool apply_params(const Params& wanted);
  // The command line's overrides, then the variant chosen here (if any).
  std::vector<scenario::Override> base_overrides() const;
  scenario::LoadResult load(const std::vector<scenario::Override>& overrides) const;
  void compute(std::stop_token stop, Time target);
  std::optional<std::filesystem::file_time_type> stamp_time() const;

  std::filesystem::path file_;
  std::vector<scenario::Override> overrides_;  // from the command line, applied at every load
  std::string variant_;                        // chosen in the dashboard; "" for the file's
  std::string text_;                           // the file's text at the last good load
  std::optional<scenario::Scenario> base_;
  std::uint64_t base_serial_ = 0;
  scenario::Scenario effective_;
  scenario::Diagnostics errors_;
  Params params_;
  BlockSupply span_blocks_;  // the run's trace grows by these: declared before the run
  std::unique_ptr<run::Simulation> sim_;
  std::unique_ptr<chart::TraceIndex> index_;
  StatsCache stats_;
  chart::CodeMap code_map_;
  std::optional<std::filesystem::file_time_type> loaded_time_;
  std::uintmax_t loaded_size_ = 0;
  std::jthread worker_;  // the background computation, if any
  Time worker_target_ = 0;
  std::atomic<bool> worker_done_{false};
  std::atomic<double> progress_{0};
  ComputeTimes compute_times_;  // the worker's, read after joining it
};

// The overrides that give `base` the parameters `params` (only where they differ).
std::vector<scenario::Override> overrides_for(const scenario::Scenario& base, const Params& params);

}  // namespace burgers::ui
