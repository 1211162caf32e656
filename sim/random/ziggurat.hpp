#pragma once
// Standard exponential and normal variates by the ziggurat method (Marsaglia and Tsang,
// 2000), exact in distribution: almost every draw costs one random word, a table look-up, a
// multiply and a compare; about 1% take the exact slow path through det_exp/det_log.
// The tables are built at first use from IEEE operations and det_math alone, so every
// machine draws the same numbers. Include from sim/random (and its tests).
#include <array>
#include <cstddef>
#include <cstdint>

#include "random/stream.hpp"

namespace burgers::random {

// kLayers layers of equal area v stacked under a decreasing density f on [0, inf). Layer 0
// is the base: the rectangle [0, r) x [0, f(r)) plus the tail beyond r, drawn as if it were
// a rectangle x[0] = v / f(r) wide. Layer i >= 1 is [0, x[i]) x [fy[i], fy[i + 1]).
struct ZigguratTable {
  static constexpr int kLayers = 256;
  std::array<double, kLayers + 1> x{};   // x[1] = r > x[2] > ... > x[kLayers] = 0
  std::array<double, kLayers + 1> fy{};  // fy[i] = f(x[i]); fy[kLayers]: the top, >= 1
  std::array<double, kLayers> scale{};   // x[i] * 2^-53: 53 random bits to a point
};

// The right end of the base rectangle: the largest double whose stack of layers reaches
// f(0) = 1 with its last layer (tests/random/ziggurat_tests.cpp finds them again).
inline constexpr double kExponentialR = 0x1.ec9d9297ebb83p+2;  // about 7.69711747
inline constexpr double kNormalR = 0x1.d3bb48209ad32p+1;       // about 3.65415289

// The layers for f(x) = e^-x, and for f(x) = e^(-x^2 / 2) (the half normal), given r.
ZigguratTable exponential_ziggurat(double r);
ZigguratTable normal_ziggurat(double r);
// Whether the layers are a proper stack: x falling, fy rising, every layer below 1 but the
// top one, which reaches 1 (the sliver above 1 is rejected like any point above f).
bool is_closed(const ZigguratTable& t);

namespace detail {
inline const ZigguratTable& exponential_table() {
  static const ZigguratTable table = exponential_ziggurat(kExponentialR);
  return table;
}
// The rest of a draw whose first point, x in layer i, fell outside the inner rectangle.
double exponential_rest(Stream& s, std::size_t i, double x);
}  // namespace detail

// Exponential with mean 1. The first try is inline: it is the whole draw 99% of the time.
// The random word's low 8 bits pick the layer, its high 53 bits the point in it (bits 8-10
// are left for the normal's sign): no bit serves twice.
inline double standard_exponential(Stream& s) {
  const ZigguratTable& t = detail::exponential_table();
  const std::uint64_t bits = s.next();
  const std::size_t i = bits & (ZigguratTable::kLayers - 1);
  const double x = static_cast<double>(bits >> 11) * t.scale[i];
  if (x < t.x[i + 1]) return x;
  return detail::exponential_rest(s, i, x);
}
// Normal with mean 0 and standard deviation 1.
double standard_normal(Stream& s);

}  // namespace burgers::random
