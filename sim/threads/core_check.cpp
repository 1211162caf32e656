#include "threads/core_check.hpp"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <thread>
#include <vector>

namespace burgers::threads {

namespace {

using Clock = std::chrono::steady_clock;

// Computes in ~1 ms slices until `until`; the iterations done.
double compute_until(const Burner& burner, Clock::time_point until) {
  const auto slice = static_cast<std::uint64_t>(std::max(1.0, 1e6 * burner.iterations_per_ns()));
  double done = 0;
  std::uint64_t mixed = 0;
  while (Clock::now() < until) {
    mixed += Burner::kernel(slice);
    done += static_cast<double>(slice);
  }
  static std::atomic<std::uint64_t> sink{0};
  sink.fetch_add(mixed, std::memory_order_relaxed);
  return done;
}

// Iterations per nanosecond of `threads` threads computing together for `each`.
double rate(const Burner& burner, int threads, Clock::duration each) {
  std::vector<double> done(static_cast<std::size_t>(threads), 0);
  Clock::time_point until;
  std::barrier start(threads, [&]() noexcept { until = Clock::now() + each; });
  {
    std::vector<std::jthread> workers;
    for (int i = 0; i < threads; ++i) {
      workers.emplace_back([&, i] {
        start.arrive_and_wait();
        done[static_cast<std::size_t>(i)] = compute_until(burner, until);
      });
    }
  }
  double total = 0;
  for (const double d : done) total += d;
  return total / static_cast<double>(std::chrono::nanoseconds(each).count());
}

}  // namespace

CoreCheck check_free_cores(const Calibration& calibration, int threads, int each_ms) {
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const Burner burner(calibration);
  const auto each = std::chrono::milliseconds(each_ms);
  // One thread before and after the parallel run; the faster of the two is one free core
  // (a neighbour that woke during one of them would otherwise make the cores look many).
  const double alone = rate(burner, 1, each);
  const double together = rate(burner, threads, each);
  const double alone_again = rate(burner, 1, each);
  CoreCheck check;
  check.tested = threads;
  const double one = std::max(alone, alone_again);
  check.available = one > 0 ? std::min(static_cast<double>(threads), together / one) : 0;
  return check;
}

int cores_assumed(const CoreCheck& check, const scenario::Scenario& scenario) {
  return scenario.machine.cores > 0 ? scenario.machine.cores : check.tested;
}

bool busier_than_assumed(const CoreCheck& check, const scenario::Scenario& scenario) {
  // A tenth of slack: on a quiet 2-core machine the check measures about 1.9 to 2.
  return check.available < 0.9 * static_cast<double>(cores_assumed(check, scenario));
}

}  // namespace burgers::threads
