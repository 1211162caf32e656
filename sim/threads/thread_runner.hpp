#pragma once
// The real-threads mode: the same scenario on OS threads. Each staff member is a
// std::jthread; an async station's staff are real event loops (one thread each, a timer
// queue, coroutine continuations); a dispatcher thread lets customers in on the real
// clock and ends own activities. cpu phases compute (calibrated), io phases sleep, all
// scaled by `time_scale` real seconds per simulated second. Every thread records spans
// in its own buffer; they are merged into the same Trace format as the simulation's.
#include <optional>
#include <stop_token>
#include <string>

#include "scenario/scenario.hpp"
#include "stats/summary.hpp"
#include "threads/burner.hpp"
#include "trace/trace.hpp"

namespace burgers::threads {

struct ThreadOptions {
  double time_scale = 1e-3;                // real seconds per simulated second
  bool record = true;                      // false only to measure what recording costs
  std::stop_token stop;                    // e.g. Ctrl+C
  std::optional<Calibration> calibration;  // reuse one instead of calibrating again
};

struct ThreadRun {
  trace::Trace trace;      // times converted back to simulated nanoseconds
  stats::Summary summary;  // mode "threads", wall_time_s and time_scale set
  Calibration calibration;
  double wall_time_s = 0;
  std::size_t threads = 0;
  bool stopped = false;  // stopped before every customer had left
  std::string failure;   // why the run could not take place (threads would not start)
};

ThreadRun run_threads(const scenario::Scenario& scenario, const ThreadOptions& options);

// A time scale that plays a run lasting `simulated_end` in about `real_seconds`.
double default_time_scale(Time simulated_end, double real_seconds = 4.0);

}  // namespace burgers::threads
