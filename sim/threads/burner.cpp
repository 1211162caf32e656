#include "threads/burner.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <ctime>
#include <vector>

namespace burgers::threads {

namespace {

using Clock = std::chrono::steady_clock;

// Stops the compiler from proving the work useless.
std::atomic<std::uint64_t> g_sink{0};

// The calling thread's own CPU time: unlike the wall clock it does not run on while the
// thread waits for a core, so the kernel's speed comes out the same on a busy machine.
double thread_cpu_us() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

double measure_us(std::uint64_t iterations) {
  const double start = thread_cpu_us();
  g_sink.fetch_add(Burner::kernel(iterations), std::memory_order_relaxed);
  return thread_cpu_us() - start;
}

}  // namespace

std::uint64_t Burner::kernel(std::uint64_t iterations) {
  std::uint64_t x = 0x9e3779b97f4a7c15ULL ^ iterations;
  for (std::uint64_t i = 0; i < iterations; ++i) {
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9ULL;
    x += i;
  }
  return x;
}

Calibration Burner::calibrate() {
  const auto started = Clock::now();
  // Grow the batch until it takes ~10 ms, then take the median of several rates.
  std::uint64_t batch = 1 << 16;
  while (measure_us(batch) < 10000 && batch < (1ULL << 40)) batch *= 2;
  std::vector<double> rates;
  for (int i = 0; i < 9; ++i) rates.push_back(static_cast<double>(batch) / measure_us(batch));
  std::sort(rates.begin(), rates.end());
  Calibration c;
  c.iterations_per_us = rates[rates.size() / 2];  // the median: robust to a noisy neighbour
  const Burner check(c);
  const auto t0 = Clock::now();
  check.burn(20'000'000);
  const double took = std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
  c.check_error = std::fabs(took - 20'000'000.0) / 20'000'000.0;
  c.calibration_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  return c;
}

void Burner::keep(std::uint64_t mixed) {
  g_sink.fetch_add(mixed, std::memory_order_relaxed);
}

}  // namespace burgers::threads
