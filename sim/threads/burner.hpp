#pragma once
// Burner: real computation for cpu phases in threads mode. Calibrated once at start-up
// (how many iterations of a small integer kernel a thread does per microsecond of its own
// CPU time, so that a busy machine does not skew it), so a phase of D real nanoseconds
// burns D x rate iterations: alone on a core it takes about D; sharing a core with other
// threads it takes longer, which is the point.
#include <algorithm>
#include <cstdint>
#include <stop_token>

namespace burgers::threads {

struct Calibration {
  double iterations_per_us = 0;  // per microsecond of the thread's CPU time
  double check_error = 0;        // relative error of a 20 ms check burn, in wall time
  double calibration_ms = 0;     // how long calibrating took
};

class Burner {
 public:
  // Slices of a burn without a GIL: short enough to notice a stop request quickly.
  static constexpr std::int64_t kSliceNs = 10'000'000;

  // Measures the kernel's speed (about 150 ms).
  static Calibration calibrate();
  explicit Burner(const Calibration& c) : per_ns_(c.iterations_per_us / 1000.0) {}

  // Computes for about `real_ns` of one core's time, in slices of kSliceNs so that a stop
  // request is noticed quickly; returns false if stopped.
  bool burn(std::int64_t real_ns, const std::stop_token& stop = {}) const {
    return burn_in_slices(real_ns, [&stop] { return stop.stop_requested() ? 0 : kSliceNs; });
  }
  // The same work, with a check before every slice: `next_slice()` may first pause the
  // thread (hand the GIL over and wait for it back) and returns how many real nanoseconds
  // the next slice may last, or 0 to stop (then burn returns false).
  template <class NextSlice>
  bool burn_in_slices(std::int64_t real_ns, NextSlice&& next_slice) const {
    double left = static_cast<double>(real_ns) * per_ns_;  // iterations still to do
    std::uint64_t mixed = 0;
    while (left >= 1) {
      const std::int64_t slice = next_slice();
      if (slice <= 0) return false;
      const double n = std::max(1.0, std::min(left, static_cast<double>(slice) * per_ns_));
      mixed += kernel(static_cast<std::uint64_t>(n));
      left -= n;
    }
    keep(mixed);
    return true;
  }
  // The kernel itself: `iterations` rounds of integer mixing.
  static std::uint64_t kernel(std::uint64_t iterations);
  // Iterations of the kernel per real nanosecond on one idle core, by the calibration.
  double iterations_per_ns() const { return per_ns_; }

 private:
  static void keep(std::uint64_t mixed);  // stops the compiler from proving the work useless
  double per_ns_;
};

}  // namespace burgers::threads
