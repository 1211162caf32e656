#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "random/det_math.hpp"
#include "random/distribution.hpp"

using namespace burgers;
using namespace burgers::random;

namespace {

struct Moments {
  double mean = 0;
  double variance = 0;
};

Moments sample_moments(const Distribution& d, int n, std::uint64_t seed) {
  Stream s = Stream::derive(seed, Purpose::test);
  double sum = 0, sum2 = 0;
  for (int i = 0; i < n; ++i) {
    const double x = static_cast<double>(sample(d, s));
    REQUIRE(x >= 0);
    sum += x;
    sum2 += x * x;
  }
  const double mean = sum / n;
  return {mean, sum2 / n - mean * mean};
}

}  // namespace

TEST_CASE("each distribution's sample mean is within 5 standard errors of its mean") {
  const Distribution cases[] = {
      Distribution::exponential(2 * kMinute),
      Distribution::uniform(30 * kSecond, 90 * kSecond),
      Distribution::normal(5 * kMinute, 2 * kMinute),
      Distribution::normal(kMinute, 3 * kMinute),
      Distribution::lognormal(4 * kMinute, 2 * kMinute),
      Distribution::erlang(4, 3 * kMinute),
  };
  const int n = 100000;
  for (const Distribution& d : cases) {
    const Moments m = sample_moments(d, n, 11);
    INFO(describe(d) << ": mean " << m.mean << " expected " << d.mean());
    CHECK(std::fabs(m.mean - d.mean()) < 5 * std::sqrt(d.variance() / n));
    // Sample variance: a loose 10% bound (its standard error depends on the 4th moment).
    CHECK(m.variance == Approx(d.variance()).epsilon(0.10));
  }
}

TEST_CASE("a constant is always itself, and a zero constant is zero") {
  Stream s(1);
  CHECK(sample(Distribution::constant(90 * kSecond), s) == 90 * kSecond);
  CHECK(sample(Distribution::constant(0), s) == 0);
}

TEST_CASE("uniform draws stay within their bounds, both included") {
  Stream s(5);
  bool low = false, high = false;
  for (int i = 0; i < 20000; ++i) {
    const Time t = sample(Distribution::uniform(10, 13), s);
    REQUIRE(t >= 10);
    REQUIRE(t <= 13);
    low |= t == 10;
    high |= t == 13;
  }
  CHECK(low);
  CHECK(high);
}

TEST_CASE("the same stream gives the same draws: samples are reproducible") {
  Stream a = Stream::derive(3, Purpose::work, 1, 2, 3);
  Stream b = Stream::derive(3, Purpose::work, 1, 2, 3);
  for (int i = 0; i < 100; ++i) {
    REQUIRE(sample(Distribution::lognormal(kMinute, kMinute), a) ==
            sample(Distribution::lognormal(kMinute, kMinute), b));
  }
}

TEST_CASE("the deterministic log and exp agree with libm to a few ulps") {
  for (double x = 1e-300; x < 1e300; x *= 7.3) {
    REQUIRE(det_log(x) == Approx(std::log(x)).epsilon(1e-15).margin(1e-15));
  }
  for (double x = 1.0 / 9007199254740992.0; x <= 1.0; x *= 1.37) {
    REQUIRE(det_log(x) == Approx(std::log(x)).epsilon(1e-15).margin(1e-15));
  }
  for (double x = -700; x < 700; x += 0.77) {
    REQUIRE(det_exp(x) == Approx(std::exp(x)).epsilon(1e-14));
  }
}

TEST_CASE("describe names a distribution the way a scenario file would") {
  CHECK(describe(Distribution::exponential(2 * kMinute)) == "exp(2 min)");
  CHECK(describe(Distribution::uniform(30 * kSecond, 90 * kSecond)) == "uniform(30 s, 1 min 30 s)");
  CHECK(describe(Distribution::erlang(3, 90 * kSecond)) == "erlang(3, 1 min 30 s)");
}
