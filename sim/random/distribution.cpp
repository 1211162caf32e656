#include "random/distribution.hpp"

#include <cmath>
#include <string>

#include "random/det_math.hpp"
#include "random/ziggurat.hpp"

namespace burgers::random {

namespace {

Time round_to_time(double ns) {
  if (!(ns > 0)) return 0;  // also catches NaN
  if (ns >= 9.0e18) return static_cast<Time>(9.0e18);
  return static_cast<Time>(ns + 0.5);
}

double exponential(Stream& s, double mean) {
  return mean * standard_exponential(s);
}

// Standard normal density and upper tail, for the truncated normal's moments
// (reporting only: sampling never calls libm's transcendental functions).
double phi(double z) {
  return std::exp(-0.5 * z * z) / std::sqrt(2.0 * M_PI);
}
double upper_tail(double z) {
  return 0.5 * std::erfc(z / std::sqrt(2.0));
}

struct LogParams {
  double mu;
  double sigma;
};
LogParams lognormal_params(double mean, double sd) {
  const double ratio = sd / mean;
  const double sigma2 = det_log(1.0 + ratio * ratio);
  return {det_log(mean) - sigma2 / 2, std::sqrt(sigma2)};
}

// The kinds that need more than a few registers, out of sample()'s way.
[[gnu::noinline]] Time sample_other(const Distribution& d, Stream& s) {
  using Kind = Distribution::Kind;
  switch (d.kind) {
    case Kind::constant:
    case Kind::exponential:
      break;  // sample() takes these
    case Kind::uniform: {
      const auto span = static_cast<std::uint64_t>(d.b - d.a);
      return d.a + static_cast<Time>(s.below(span + 1));
    }
    case Kind::normal: {
      if (d.b == 0) return d.a;
      // Truncated at 0 by rejection: the mean is positive, so at least half the draws pass.
      for (;;) {
        const double x = static_cast<double>(d.a) + static_cast<double>(d.b) * standard_normal(s);
        if (x >= 0) return round_to_time(x);
      }
    }
    case Kind::lognormal: {
      if (d.b == 0) return d.a;
      const auto [mu, sigma] = lognormal_params(static_cast<double>(d.a), static_cast<double>(d.b));
      return round_to_time(det_exp(mu + sigma * standard_normal(s)));
    }
    case Kind::erlang: {
      const double stage_mean = static_cast<double>(d.a) / d.k;
      double total = 0;
      for (int i = 0; i < d.k; ++i) total += exponential(s, stage_mean);
      return round_to_time(total);
    }
  }
  return 0;
}

}  // namespace

Time sample(const Distribution& d, Stream& s) {
  // The common kinds first, with a small frame: exponential gaps are the hot path.
  if (d.kind == Distribution::Kind::exponential) {
    return round_to_time(exponential(s, static_cast<double>(d.a)));
  }
  if (d.kind == Distribution::Kind::constant) return d.a;
  return sample_other(d, s);
}

double Distribution::mean() const {
  switch (kind) {
    case Kind::uniform:
      return (static_cast<double>(a) + static_cast<double>(b)) / 2;
    case Kind::normal: {
      if (b == 0) return static_cast<double>(a);
      const double alpha = -static_cast<double>(a) / static_cast<double>(b);
      return static_cast<double>(a) + static_cast<double>(b) * phi(alpha) / upper_tail(alpha);
    }
    default:
      return static_cast<double>(a);
  }
}

double Distribution::variance() const {
  const double ma = static_cast<double>(a);
  const double mb = static_cast<double>(b);
  switch (kind) {
    case Kind::constant:
      return 0;
    case Kind::exponential:
      return ma * ma;
    case Kind::uniform: {
      const double n = mb - ma + 1;  // discrete uniform on whole nanoseconds
      return (n * n - 1) / 12;
    }
    case Kind::normal: {
      if (b == 0) return 0;
      const double alpha = -ma / mb;
      const double lambda = phi(alpha) / upper_tail(alpha);
      return mb * mb * (1 + alpha * lambda - lambda * lambda);
    }
    case Kind::lognormal:
      return mb * mb;
    case Kind::erlang:
      return ma * ma / k;
  }
  return 0;
}

std::string describe(const Distribution& d) {
  using Kind = Distribution::Kind;
  switch (d.kind) {
    case Kind::constant:
      return format_duration(d.a);
    case Kind::exponential:
      return "exp(" + format_duration(d.a) + ")";
    case Kind::uniform:
      return "uniform(" + format_duration(d.a) + ", " + format_duration(d.b) + ")";
    case Kind::normal:
      return "normal(" + format_duration(d.a) + ", " + format_duration(d.b) + ")";
    case Kind::lognormal:
      return "lognormal(" + format_duration(d.a) + ", " + format_duration(d.b) + ")";
    case Kind::erlang:
      return "erlang(" + std::to_string(d.k) + ", " + format_duration(d.a) + ")";
  }
  return {};
}

}  // namespace burgers::random
