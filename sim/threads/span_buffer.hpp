#pragma once
// Per-thread span buffers: each thread appends to its own vector (no lock, no sharing),
// and the runner merges them into one Trace once every thread has stopped.
#include <chrono>
#include <cstdint>
#include <vector>

#include "base/time.hpp"
#include "trace/span.hpp"

namespace burgers::threads {

// Real time -> simulated nanoseconds since the run's start.
class TimeBase {
 public:
  using Clock = std::chrono::steady_clock;
  TimeBase(Clock::time_point start, double time_scale) : start_(start), scale_(time_scale) {}
  Time to_sim(Clock::time_point t) const {
    const double real_ns = std::chrono::duration<double, std::nano>(t - start_).count();
    return clamp(real_ns / scale_);
  }
  Clock::time_point to_real(Time sim) const {
    return start_ + std::chrono::nanoseconds(clamp(static_cast<double>(sim) * scale_));
  }
  std::int64_t real_ns(Time sim_duration) const {
    return clamp(static_cast<double>(sim_duration) * scale_);
  }
  Time now() const { return to_sim(Clock::now()); }

 private:
  // double -> int64 is undefined past its range: times stay within [0, 9e18] ns.
  static std::int64_t clamp(double ns) {
    return !(ns > 0)    ? 0
           : ns >= 9e18 ? static_cast<std::int64_t>(9e18)
                        : static_cast<std::int64_t>(ns);
  }

  Clock::time_point start_;
  double scale_;
};

struct SpanBuffer {
  std::vector<trace::Span> spans;
  bool enabled = true;
  void add(const trace::Span& s) {
    if (enabled) spans.push_back(s);
  }
};

}  // namespace burgers::threads
