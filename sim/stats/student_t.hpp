#pragma once
// Student's t distribution, computed (regularized incomplete beta, then bisection), and the
// confidence interval of a mean from independent values. Used by the sweeps (replications)
// and the theory check (batch means). Include freely: standard library only.
#include <cstdint>
#include <span>

namespace burgers::stats {

// P(T <= t) for Student's t with `df` > 0 degrees of freedom.
double t_cdf(double t, double df);
// The t with P(T <= t) = p, for 0 < p < 1: t_quantile(0.975, 9) = 2.2622 (two-sided 95%).
double t_quantile(double p, double df);

// The mean of n independent values with its standard deviation and two-sided confidence
// interval. With one value the interval is the value itself (sd 0); with none, all zero.
struct MeanInterval {
  double mean = 0;
  double sd = 0;  // sample standard deviation (n - 1 in the denominator)
  double low = 0;
  double high = 0;
  std::int64_t n = 0;
  bool contains(double x) const { return low <= x && x <= high; }
};

MeanInterval mean_interval(std::span<const double> values, double confidence = 0.95);

}  // namespace burgers::stats
