#pragma once
// Burner: real computation for cpu phases in threads mode. Calibrated once at start-up
// (how many iterations of a small integer kernel one core does per microsecond), so a
// phase of D real nanoseconds burns D x rate iterations: alone on a core it takes about
// D; sharing a core with other burners it takes longer, which is the point.
#include <cstdint>
#include <stop_token>

namespace burgers::threads {

struct Calibration {
  double iterations_per_us = 0;  // on one otherwise idle core
  double check_error = 0;        // relative error of a 20 ms check burn after calibrating
  double calibration_ms = 0;     // how long calibrating took
};

class Burner {
 public:
  // Measures the kernel's speed (about 150 ms).
  static Calibration calibrate();
  explicit Burner(const Calibration& c) : per_ns_(c.iterations_per_us / 1000.0) {}
  // Computes for about `real_ns` of one core's time, in slices of about 10 ms so that
  // a stop request is noticed quickly; returns false if stopped.
  bool burn(std::int64_t real_ns, const std::stop_token& stop = {}) const;
  // The kernel itself: `iterations` rounds of integer mixing.
  static std::uint64_t kernel(std::uint64_t iterations);

 private:
  double per_ns_;
};

}  // namespace burgers::threads
