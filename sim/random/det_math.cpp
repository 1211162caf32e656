#include "random/det_math.hpp"

#include <cmath>

namespace burgers::random {

namespace {
constexpr double kLn2Hi = 6.93147180369123816490e-01;  // ln 2 split for exact reduction
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kSqrtHalf = 0.70710678118654752440;
}  // namespace

double det_log(double x) {
  // x = m * 2^e with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(s), s = (m-1)/(m+1).
  int e = 0;
  double m = std::frexp(x, &e);  // exact: m in [0.5, 1)
  if (m < kSqrtHalf) {
    m *= 2.0;
    e -= 1;
  }
  const double s = (m - 1.0) / (m + 1.0);
  const double s2 = s * s;
  // |s| <= 0.1716, s2 <= 0.0295: 12 odd terms reach double precision.
  double series = 1.0 / 25.0;
  for (int k = 23; k >= 1; k -= 2) series = 1.0 / k + s2 * series;
  const double log_m = 2.0 * s * series;
  const double de = static_cast<double>(e);
  return de * kLn2Hi + (de * kLn2Lo + log_m);
}

double det_exp(double x) {
  // x = k ln2 + r with |r| <= ln2/2; e^r by Taylor series, then scaled by 2^k exactly.
  const double k = std::nearbyint(x / (kLn2Hi + kLn2Lo));
  const double r = (x - k * kLn2Hi) - k * kLn2Lo;
  double term = 1.0;
  double sum = 1.0;
  for (int n = 1; n <= 20; ++n) {
    term = term * r / n;
    sum += term;
  }
  return std::ldexp(sum, static_cast<int>(k));
}

}  // namespace burgers::random
