#include "random/ziggurat.hpp"

#include <cmath>
#include <cstdint>

#include "random/det_math.hpp"

namespace burgers::random {

namespace {

constexpr int kLayers = ZigguratTable::kLayers;
constexpr std::uint64_t kLayerMask = kLayers - 1;

double exp_density(double x) {
  return det_exp(-x);
}
double exp_inverse(double y) {
  return -det_log(y);
}
double normal_density(double x) {
  return det_exp(-0.5 * x * x);
}
double normal_inverse(double y) {
  return std::sqrt(-2.0 * det_log(y));  // sqrt is correctly rounded (IEEE 754)
}

// The integral of e^(-t^2 / 2) from r to infinity, as e^(-r^2 / 2) times Mills' ratio by
// Laplace's continued fraction 1 / (r + 1 / (r + 2 / (r + 3 / ...))), evaluated from the
// back; 100 terms reach double precision for r > 3.
double normal_tail_area(double r) {
  double t = r;
  for (int k = 100; k >= 1; --k) t = r + k / t;
  return normal_density(r) / t;
}

template <class Density, class Inverse>
ZigguratTable build(double r, double tail_area, Density f, Inverse inverse) {
  ZigguratTable t;
  const double fr = f(r);
  const double v = r * fr + tail_area;  // the area of every layer
  t.x[0] = v / fr;
  t.x[1] = r;
  t.fy[1] = fr;
  for (int i = 1; i < kLayers; ++i) {
    const auto at = static_cast<std::size_t>(i);
    t.fy[at + 1] = t.fy[at] + v / t.x[at];
    t.x[at + 1] = i + 1 < kLayers ? inverse(t.fy[at + 1]) : 0.0;
  }
  for (std::size_t i = 0; i < t.scale.size(); ++i) t.scale[i] = t.x[i] * 0x1.0p-53;
  return t;
}

// Layer i >= 1 at a point x outside its inner rectangle: a uniform height in the layer.
double layer_height(const ZigguratTable& t, std::size_t i, Stream& s) {
  return t.fy[i] + s.uniform() * (t.fy[i + 1] - t.fy[i]);
}

// The normal beyond r (Marsaglia, 1964): r + a with a exponential of rate r, kept with
// probability e^(-a^2 / 2), tested as b > a^2 / 2 with b exponential.
double normal_tail(double r, Stream& s) {
  for (;;) {
    const double a = -det_log(s.uniform_positive()) / r;
    const double b = -det_log(s.uniform_positive());
    if (b + b >= a * a) return r + a;
  }
}

const ZigguratTable& exponential_table() {
  static const ZigguratTable table = exponential_ziggurat(kExponentialR);
  return table;
}
const ZigguratTable& normal_table() {
  static const ZigguratTable table = normal_ziggurat(kNormalR);
  return table;
}

}  // namespace

ZigguratTable exponential_ziggurat(double r) {
  return build(r, exp_density(r), exp_density, exp_inverse);
}

ZigguratTable normal_ziggurat(double r) {
  return build(r, normal_tail_area(r), normal_density, normal_inverse);
}

bool is_closed(const ZigguratTable& t) {
  if (!(t.x[0] > t.x[1]) || t.x[kLayers] != 0.0 || !(t.fy[kLayers] >= 1.0)) return false;
  for (std::size_t i = 1; i < kLayers; ++i) {
    if (!(t.x[i] > t.x[i + 1]) || !(t.fy[i] < t.fy[i + 1]) || !(t.fy[i] < 1.0)) return false;
  }
  return true;
}

// The random word's low 8 bits pick the layer, its high 53 bits the point in it (bits 8-10
// are left for the normal's sign): no bit serves twice.
double standard_exponential(Stream& s) {
  const ZigguratTable& t = exponential_table();
  double shift = 0;  // the tail beyond r is r plus a fresh exponential (no memory)
  for (;;) {
    const std::uint64_t bits = s.next();
    const std::size_t i = bits & kLayerMask;
    const double x = static_cast<double>(bits >> 11) * t.scale[i];
    if (x < t.x[i + 1]) return shift + x;  // inside the layer's inner rectangle
    if (i == 0) {
      shift += t.x[1];
    } else if (layer_height(t, i, s) < exp_density(x)) {
      return shift + x;
    }
  }
}

double standard_normal(Stream& s) {
  const ZigguratTable& t = normal_table();
  for (;;) {
    const std::uint64_t bits = s.next();
    const std::size_t i = bits & kLayerMask;
    const bool negative = ((bits >> 8) & 1) != 0;
    double x = static_cast<double>(bits >> 11) * t.scale[i];
    if (x >= t.x[i + 1]) {
      if (i == 0) {
        x = normal_tail(t.x[1], s);
      } else if (!(layer_height(t, i, s) < normal_density(x))) {
        continue;
      }
    }
    return negative ? -x : x;
  }
}

}  // namespace burgers::random
