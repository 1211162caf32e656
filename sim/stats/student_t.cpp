#include "stats/student_t.hpp"

#include <cmath>
#include <limits>

namespace burgers::stats {

namespace {

// The continued fraction of the incomplete beta function (modified Lentz), valid for
// x < (a + 1) / (a + b + 2); the caller uses the symmetry relation otherwise.
double beta_fraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300;
  constexpr double kEpsilon = 1e-15;
  double c = 1;
  double d = 1 - (a + b) * x / (a + 1);
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1 / d;
  double result = d;
  for (int m = 1; m <= 1000; ++m) {
    const double m2 = 2.0 * m;
    // Even step.
    double coefficient = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + coefficient * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + coefficient / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    result *= d * c;
    // Odd step.
    coefficient = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + coefficient * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + coefficient / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    const double delta = d * c;
    result *= delta;
    if (std::fabs(delta - 1) < kEpsilon) break;
  }
  return result;
}

// ln Gamma(x) for x > 0 by Lanczos' approximation (g = 7, nine terms; relative error about
// 1e-15). Our own because std::lgamma writes the global `signgam`: not thread-safe, and
// sweeps compute intervals on several threads at once.
double log_gamma(double x) {
  static constexpr double kCoefficients[] = {
      0.99999999999980993,  676.5203681218851,     -1259.1392167224028,
      771.32342877765313,   -176.61502916214059,   12.507343278686905,
      -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
  if (x < 0.5) return std::log(M_PI / std::sin(M_PI * x)) - log_gamma(1 - x);
  x -= 1;
  double sum = kCoefficients[0];
  for (int i = 1; i < 9; ++i) sum += kCoefficients[i] / (x + i);
  const double t = x + 7.5;
  return 0.5 * std::log(2 * M_PI) + (x + 0.5) * std::log(t) - t + std::log(sum);
}

// The regularized incomplete beta function I_x(a, b).
double incomplete_beta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double log_front =
      log_gamma(a + b) - log_gamma(a) - log_gamma(b) + a * std::log(x) + b * std::log1p(-x);
  const double front = std::exp(log_front);
  if (x < (a + 1) / (a + b + 2)) return front * beta_fraction(a, b, x) / a;
  return 1 - front * beta_fraction(b, a, 1 - x) / b;
}

}  // namespace

double t_cdf(double t, double df) {
  if (std::isinf(t)) return t > 0 ? 1 : 0;
  const double x = df / (df + t * t);
  const double tail = 0.5 * incomplete_beta(df / 2, 0.5, x);  // P(T > |t|)
  return t >= 0 ? 1 - tail : tail;
}

double t_quantile(double p, double df) {
  if (!(p > 0 && p < 1) || !(df > 0)) return std::numeric_limits<double>::quiet_NaN();
  if (p == 0.5) return 0;
  if (p < 0.5) return -t_quantile(1 - p, df);
  // Bracket the root, then bisect: slow but sure, and a few microseconds is nothing here.
  double low = 0;
  double high = 1;
  while (t_cdf(high, df) < p && high < 1e300) high *= 2;
  for (int i = 0; i < 200 && high - low > 1e-12 * high; ++i) {
    const double mid = (low + high) / 2;
    if (t_cdf(mid, df) < p) {
      low = mid;
    } else {
      high = mid;
    }
  }
  return (low + high) / 2;
}

MeanInterval mean_interval(std::span<const double> values, double confidence) {
  MeanInterval out;
  out.n = static_cast<std::int64_t>(values.size());
  if (values.empty()) return out;
  double sum = 0;
  for (const double v : values) sum += v;
  out.mean = sum / static_cast<double>(values.size());
  out.low = out.high = out.mean;
  if (values.size() < 2) return out;
  double squares = 0;
  for (const double v : values) squares += (v - out.mean) * (v - out.mean);
  const double n = static_cast<double>(values.size());
  out.sd = std::sqrt(squares / (n - 1));
  const double half = t_quantile(1 - (1 - confidence) / 2, n - 1) * out.sd / std::sqrt(n);
  out.low = out.mean - half;
  out.high = out.mean + half;
  return out;
}

}  // namespace burgers::stats
