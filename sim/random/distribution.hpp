#pragma once
// Distributions of durations, sampled from a Stream with the project's own code
// (std:: distributions differ between standard libraries). Include freely.
#include <cstdint>
#include <string>

#include "base/time.hpp"
#include "random/stream.hpp"

namespace burgers::random {

struct Distribution {
  enum class Kind : std::uint8_t { constant, exponential, uniform, normal, lognormal, erlang };
  Kind kind = Kind::constant;
  Time a = 0;  // constant value; mean of exp, normal, lognormal, erlang; low bound of uniform
  Time b = 0;  // high bound of uniform; standard deviation of normal and lognormal
  int k = 1;   // erlang shape

  static Distribution constant(Time value) { return {Kind::constant, value, 0, 1}; }
  static Distribution exponential(Time mean) { return {Kind::exponential, mean, 0, 1}; }
  static Distribution uniform(Time low, Time high) { return {Kind::uniform, low, high, 1}; }
  static Distribution normal(Time mean, Time sd) { return {Kind::normal, mean, sd, 1}; }
  static Distribution lognormal(Time mean, Time sd) { return {Kind::lognormal, mean, sd, 1}; }
  static Distribution erlang(int shape, Time mean) { return {Kind::erlang, mean, 0, shape}; }

  // The distribution's mean in ns (the truncated normal's true mean, not its parameter).
  double mean() const;
  // Its variance in ns^2 (for the truncated normal, of the truncated distribution).
  double variance() const;

  friend bool operator==(const Distribution&, const Distribution&) = default;
};

// One draw, rounded to whole nanoseconds, never negative.
Time sample(const Distribution& d, Stream& stream);

// "exp(2 min)", "uniform(30 s, 90 s)": for tooltips and reports.
std::string describe(const Distribution& d);

}  // namespace burgers::random
