#pragma once
// The real-threads mode: the same scenario on OS threads. Each staff member is a
// std::jthread; an event-loop station's staff are real event loops (one thread each, a
// timer heap, coroutine continuations); a dispatcher thread lets customers in on the real
// clock and ends own activities. cpu phases compute (calibrated), io and block phases
// sleep, all scaled by `time_scale` real seconds per simulated second. Under
// [machine] gil = true the threads and loops share a real GIL (GilLock) handed over every
// switch interval; process-pool workers are threads that never take it. Every thread
// records spans in its own buffer; they are merged into the simulation's Trace format.
#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>

#include "scenario/scenario.hpp"
#include "stats/summary.hpp"
#include "threads/burner.hpp"
#include "threads/core_check.hpp"
#include "trace/trace.hpp"

namespace burgers::threads {

// The shortest real switch interval of the GIL. The scenario's interval is simulated time
// and is scaled like every other duration; but a hand-over wakes a sleeping thread, which
// takes the OS tens of microseconds during which nobody computes (the simulation counts
// none), so an interval scaled below this would lose too much of each turn to hand-overs.
inline constexpr std::int64_t kMinGilIntervalNs = 1'000'000;

struct ThreadOptions {
  double time_scale = 1e-3;                // real seconds per simulated second
  bool record = true;                      // false only to measure what recording costs
  std::stop_token stop;                    // e.g. Ctrl+C
  std::optional<Calibration> calibration;  // reuse one instead of calibrating again
  std::optional<CoreCheck> cores;          // reuse one instead of checking the free cores
};

struct ThreadRun {
  trace::Trace trace;      // times converted back to simulated nanoseconds
  stats::Summary summary;  // mode "threads"; wall_time_s, time_scale, available_cores set
  Calibration calibration;
  CoreCheck cores;  // the free cores, checked before the run
  double wall_time_s = 0;
  std::size_t threads = 0;
  Time gil_interval = 0;  // gil = true: the switch interval as it ran, in simulated time
  std::uint64_t gil_hand_overs = 0;
  bool stopped = false;  // stopped before every customer had left
  std::string failure;   // why the run could not take place (threads would not start)
};

ThreadRun run_threads(const scenario::Scenario& scenario, const ThreadOptions& options);

// A time scale that plays a run lasting `simulated_end` in about `real_seconds`.
double default_time_scale(Time simulated_end, double real_seconds = 4.0);

// The GIL's real switch interval for a scenario at `time_scale` (real nanoseconds):
// the scenario's interval scaled, and no shorter than kMinGilIntervalNs.
std::int64_t gil_interval_real_ns(const scenario::Scenario& scenario, double time_scale);

}  // namespace burgers::threads
