#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

#include "random/ziggurat.hpp"

using namespace burgers::random;

namespace {

using Cdf = std::function<double(double)>;

double exponential_cdf(double x) {
  return x <= 0 ? 0.0 : -std::expm1(-x);
}
double normal_cdf(double x) {
  return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

// Kolmogorov-Smirnov: sqrt(n) times the largest gap between the sample's CDF and `cdf`.
double ks_statistic(std::vector<double> xs, const Cdf& cdf) {
  std::sort(xs.begin(), xs.end());
  const auto n = static_cast<double>(xs.size());
  double d = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const double f = cdf(xs[i]);
    d = std::max({d, f - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - f});
  }
  return d * std::sqrt(n);
}
// The statistic's critical value at the 0.1% level (Kolmogorov's limit distribution).
constexpr double kKsCritical = 1.95;

std::vector<double> draws(double (*sampler)(Stream&), std::size_t n, std::uint64_t seed) {
  Stream s = Stream::derive(seed, Purpose::test);
  std::vector<double> xs(n);
  for (double& x : xs) x = sampler(s);
  return xs;
}

// The largest double r in [low, high] whose layers close the stack, by bisection on the
// bits (positive doubles are ordered as their bit patterns). This is how the constants
// kExponentialR and kNormalR were found.
double largest_closing_r(ZigguratTable (*build)(double), double low, double high) {
  REQUIRE(is_closed(build(low)));
  REQUIRE_FALSE(is_closed(build(high)));
  auto a = std::bit_cast<std::uint64_t>(low);
  auto b = std::bit_cast<std::uint64_t>(high);
  while (b - a > 1) {
    const std::uint64_t mid = a + (b - a) / 2;
    if (is_closed(build(std::bit_cast<double>(mid)))) {
      a = mid;
    } else {
      b = mid;
    }
  }
  return std::bit_cast<double>(a);
}

void check_equal_areas(const ZigguratTable& t, double tail_area) {
  const double v = t.x[0] * t.fy[1];
  CHECK(t.x[1] * t.fy[1] + tail_area == Approx(v).epsilon(1e-14));
  for (std::size_t i = 1; i < ZigguratTable::kLayers; ++i) {
    INFO("layer " << i);
    REQUIRE(t.x[i] * (t.fy[i + 1] - t.fy[i]) == Approx(v).epsilon(1e-12));
  }
}

}  // namespace

TEST_CASE("the ziggurat constants are the largest r whose layers just reach the density's top") {
  CHECK(largest_closing_r(exponential_ziggurat, 7.6971, 7.6972) == kExponentialR);
  CHECK(largest_closing_r(normal_ziggurat, 3.65415, 3.65416) == kNormalR);
  // The top layer overshoots 1 by a rounding error only: the rejected sliver is negligible.
  CHECK(exponential_ziggurat(kExponentialR).fy.back() - 1.0 < 1e-13);
  CHECK(normal_ziggurat(kNormalR).fy.back() - 1.0 < 1e-13);
}

TEST_CASE("every ziggurat layer, the base with its tail included, has the same area") {
  const ZigguratTable e = exponential_ziggurat(kExponentialR);
  check_equal_areas(e, std::exp(-kExponentialR));
  const ZigguratTable n = normal_ziggurat(kNormalR);
  check_equal_areas(n, std::sqrt(M_PI / 2) * std::erfc(kNormalR / std::sqrt(2.0)));
  // The layer areas are the published ones (Marsaglia and Tsang, 2000).
  CHECK(e.x[0] * e.fy[1] == Approx(0.0039496598225815571993).epsilon(1e-13));
  CHECK(n.x[0] * n.fy[1] == Approx(0.00492867323399).epsilon(1e-11));
}

TEST_CASE("exponential draws pass Kolmogorov-Smirnov against the exact CDF") {
  const std::vector<double> xs = draws(standard_exponential, 1000000, 21);
  CHECK(*std::min_element(xs.begin(), xs.end()) >= 0.0);
  CHECK(ks_statistic(xs, exponential_cdf) < kKsCritical);
}

TEST_CASE("normal draws pass Kolmogorov-Smirnov against the exact CDF") {
  const std::vector<double> xs = draws(standard_normal, 1000000, 22);
  CHECK(ks_statistic(xs, normal_cdf) < kKsCritical);
}

TEST_CASE("the exponential's tail beyond r is as frequent as it should be and is exponential") {
  const double r = kExponentialR;
  const std::size_t n = 20000000;
  Stream s = Stream::derive(23, Purpose::test);
  std::vector<double> beyond;  // x - r for the draws past r: exponential again
  for (std::size_t i = 0; i < n; ++i) {
    const double x = standard_exponential(s);
    if (x > r) beyond.push_back(x - r);
  }
  const double p = std::exp(-r);
  const double expected = p * static_cast<double>(n);
  INFO(beyond.size() << " draws beyond r, " << expected << " expected");
  CHECK(std::fabs(static_cast<double>(beyond.size()) - expected) < 4 * std::sqrt(expected));
  CHECK(ks_statistic(beyond, exponential_cdf) < kKsCritical);
}

TEST_CASE("the normal's tails beyond r are as frequent as they should be, on both sides") {
  const double r = kNormalR;
  const std::size_t n = 20000000;
  Stream s = Stream::derive(24, Purpose::test);
  std::vector<double> beyond;  // |x| for the draws past r
  std::size_t negative = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double x = standard_normal(s);
    if (std::fabs(x) > r) {
      beyond.push_back(std::fabs(x));
      negative += x < 0 ? 1 : 0;
    }
  }
  const double tail = 0.5 * std::erfc(r / std::sqrt(2.0));
  const double expected = 2 * tail * static_cast<double>(n);
  INFO(beyond.size() << " draws beyond r, " << expected << " expected");
  CHECK(std::fabs(static_cast<double>(beyond.size()) - expected) < 4 * std::sqrt(expected));
  const double half = static_cast<double>(beyond.size()) / 2;
  CHECK(std::fabs(static_cast<double>(negative) - half) < 4 * std::sqrt(half / 2));
  // Given |x| > r, the CDF is 1 - Q(x) / Q(r).
  const auto conditional = [tail](double x) {
    return 1.0 - 0.5 * std::erfc(x / std::sqrt(2.0)) / tail;
  };
  CHECK(ks_statistic(beyond, conditional) < kKsCritical);
}

TEST_CASE("the layers' edges are drawn as often as the density says (a chi-square over layers)") {
  // Bins between consecutive x[i] of the exponential's ziggurat: a wrong layer area or a
  // wrong wedge test would show in the bin of that layer.
  const ZigguratTable t = exponential_ziggurat(kExponentialR);
  std::vector<double> edges(t.x.rbegin(), t.x.rend() - 1);  // 0 = x[256] < ... < x[1] = r
  const std::size_t n = 4000000;
  std::vector<std::size_t> counts(edges.size(), 0);  // the last bin is [r, inf)
  Stream s = Stream::derive(25, Purpose::test);
  for (std::size_t i = 0; i < n; ++i) {
    const double x = standard_exponential(s);
    const auto bin = std::upper_bound(edges.begin(), edges.end(), x) - edges.begin() - 1;
    ++counts[static_cast<std::size_t>(bin)];
  }
  double chi2 = 0;
  for (std::size_t b = 0; b < edges.size(); ++b) {
    const double hi = b + 1 < edges.size() ? exponential_cdf(edges[b + 1]) : 1.0;
    const double expected = (hi - exponential_cdf(edges[b])) * static_cast<double>(n);
    const double diff = static_cast<double>(counts[b]) - expected;
    chi2 += diff * diff / expected;
  }
  // 255 degrees of freedom: mean 255, sd 22.6; 340 is beyond the 0.1% point.
  CHECK(chi2 < 340);
}

TEST_CASE("the first draws of a fixed stream are pinned: every machine draws the same numbers") {
  Stream s = Stream::derive(7, Purpose::test);
  std::uint64_t h = 0;
  for (int i = 0; i < 100000; ++i) {
    h = mix64(h ^ std::bit_cast<std::uint64_t>(standard_exponential(s)));
    h = mix64(h ^ std::bit_cast<std::uint64_t>(standard_normal(s)));
  }
  CHECK(h == 0x058c5c675962ea58ULL);
}
