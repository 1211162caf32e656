#include "random/det_math.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>

namespace burgers::random {

namespace {
constexpr double kLn2Hi = 6.93147180369123816490e-01;  // ln 2 split for exact reduction
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kSqrtHalf = 0.70710678118654752440;

// 1/k for the odd k of the atanh series: constants, each the correctly rounded quotient, so
// the series is the same as dividing at run time, bit for bit, without the divisions.
constexpr std::array<double, 13> kInverseOdd = {1.0 / 1,  1.0 / 3,  1.0 / 5,  1.0 / 7,  1.0 / 9,
                                                1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19,
                                                1.0 / 21, 1.0 / 23, 1.0 / 25};

// x = m * 2^e with m in [0.5, 1), as std::frexp gives it, for finite x > 0, by reading the
// bits (exact, and no library call on the sampling path).
double split_exponent(double x, int& e) {
  int bias = 1022;
  auto bits = std::bit_cast<std::uint64_t>(x);
  if ((bits >> 52) == 0) {  // subnormal: scale into the normal range first (exact)
    bits = std::bit_cast<std::uint64_t>(x * 0x1.0p54);
    bias += 54;
  }
  e = static_cast<int>(bits >> 52) - bias;
  return std::bit_cast<double>((bits & 0x000fffffffffffffULL) | 0x3fe0000000000000ULL);
}

// 2^k for -1022 <= k <= 1023, built from its bits.
double power_of_two(int k) {
  return std::bit_cast<double>(static_cast<std::uint64_t>(k + 1023) << 52);
}
}  // namespace

double det_log(double x) {
  // x = m * 2^e with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(s), s = (m-1)/(m+1).
  int e = 0;
  double m = split_exponent(x, e);
  if (m < kSqrtHalf) {
    m *= 2.0;
    e -= 1;
  }
  const double s = (m - 1.0) / (m + 1.0);
  const double s2 = s * s;
  // |s| <= 0.1716, s2 <= 0.0295: 12 odd terms reach double precision.
  double series = kInverseOdd[12];
  for (int j = 11; j >= 0; --j) series = kInverseOdd[static_cast<std::size_t>(j)] + s2 * series;
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
  // sum is in [0.7, 1.5]: one rounding at most, as std::ldexp would do it.
  if (k >= -1022.0 && k <= 1023.0) return sum * power_of_two(static_cast<int>(k));
  return std::ldexp(sum, static_cast<int>(std::fmax(-2100.0, std::fmin(2100.0, k))));
}

}  // namespace burgers::random
