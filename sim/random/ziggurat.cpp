#include "random/ziggurat.hpp"

#include <algorithm>
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

// Whether (x, y) in layer i's wedge lies under e^-x: the same answer as y < det_exp(-x),
// mostly without computing it. e^-x is convex, so between the layer's corners (x[i+1],
// fy[i+1]) and (x[i], fy[i]) it lies below their chord and above their tangents; the
// margin (far above the bounds' and det_exp's rounding errors) leaves every point near the
// curve to det_exp itself.
bool under_exp_wedge(const ZigguratTable& t, std::size_t i, double x, double y) {
  constexpr double kMargin = 1e-12;
  const double x0 = t.x[i + 1];
  const double x1 = t.x[i];
  const double f0 = t.fy[i + 1];
  const double f1 = t.fy[i];
  const double chord = f1 + (f0 - f1) * ((x1 - x) / (x1 - x0));
  if (y >= chord * (1 + kMargin)) return false;
  const double tangent = std::max(f0 * (1 - (x - x0)), f1 * (1 + (x1 - x)));
  if (y < tangent * (1 - kMargin)) return true;
  return y < exp_density(x);
}

// The same for e^(-x^2 / 2), which is concave below 1 and convex above: in a concave layer
// the chord is the lower bound and the tangents the upper ones; the layer across 1 always
// asks det_exp. The tangent at a is f(a) (1 - a (x - a)).
bool under_normal_wedge(const ZigguratTable& t, std::size_t i, double x, double y) {
  constexpr double kMargin = 1e-12;
  const double x0 = t.x[i + 1];
  const double x1 = t.x[i];
  const double f0 = t.fy[i + 1];
  const double f1 = t.fy[i];
  const double chord = f1 + (f0 - f1) * ((x1 - x) / (x1 - x0));
  const double tangent0 = f0 * (1 - x0 * (x - x0));
  const double tangent1 = f1 * (1 + x1 * (x1 - x));
  if (x0 >= 1) {
    if (y >= chord * (1 + kMargin)) return false;
    if (y < std::max(tangent0, tangent1) * (1 - kMargin)) return true;
  } else if (x1 <= 1) {
    if (y < chord * (1 - kMargin)) return true;
    if (y >= std::min(tangent0, tangent1) * (1 + kMargin)) return false;
  }
  return y < normal_density(x);
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

double detail::exponential_rest(Stream& s, std::size_t i, double x) {
  const ZigguratTable& t = exponential_table();
  double shift = 0;  // the tail beyond r is r plus a fresh exponential (no memory)
  for (;;) {
    if (i == 0) {
      shift += t.x[1];
    } else if (under_exp_wedge(t, i, x, layer_height(t, i, s))) {
      return shift + x;
    }
    const std::uint64_t bits = s.next();
    i = bits & kLayerMask;
    x = static_cast<double>(bits >> 11) * t.scale[i];
    if (x < t.x[i + 1]) return shift + x;  // inside the layer's inner rectangle
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
      } else if (!under_normal_wedge(t, i, x, layer_height(t, i, s))) {
        continue;
      }
    }
    return negative ? -x : x;
  }
}

}  // namespace burgers::random
