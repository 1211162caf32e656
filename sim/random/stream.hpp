#pragma once
// Random streams: one independent SplitMix64 sequence per (seed, purpose, indices),
// so that each random quantity (customer k's arrival gap, customer k's work at step j)
// is fixed by the seed alone: changing a staff count leaves every customer unchanged.
#include <cstdint>

#include "base/uint128.hpp"

namespace burgers::random {

// What a stream is for. Values are part of the output contract: never renumber.
enum class Purpose : std::uint64_t {
  arrival = 1,  // indices: group, customer number
  work = 2,     // indices: group, customer number, step
  own = 3,      // indices: group, customer number, step (own activities)
  test = 99,    // for tests
};

// Stafford's variant 13 of the MurmurHash3 finaliser, as used by SplitMix64.
constexpr std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

class Stream {
 public:
  explicit constexpr Stream(std::uint64_t key = 0) : state_(key) {}

  // The stream for `purpose` and up to three indices under `seed`.
  static constexpr Stream derive(std::uint64_t seed, Purpose purpose, std::uint64_t a = 0,
                                 std::uint64_t b = 0, std::uint64_t c = 0);

  constexpr std::uint64_t next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return mix64(state_);
  }

  // Uniform on [0, 1) with 53 random bits.
  constexpr double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform on (0, 1]: safe to take the logarithm of.
  constexpr double uniform_positive() {
    return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53;
  }
  // Uniform integer on [0, n) by multiply-high (Lemire); n > 0.
  constexpr std::uint64_t below(std::uint64_t n) {
    return static_cast<std::uint64_t>((static_cast<uint128>(next()) * n) >> 64);
  }

  constexpr std::uint64_t state() const { return state_; }

 private:
  std::uint64_t state_;
};

// derive() in two halves, for callers that make many streams under one seed, purpose and
// first index (a customer group): the prefix hashes those once, stream() adds the rest.
class StreamPrefix {
 public:
  constexpr StreamPrefix(std::uint64_t seed, Purpose purpose, std::uint64_t a = 0) {
    h_ = mix64(seed + 0x9e3779b97f4a7c15ULL);
    h_ = mix64(h_ ^ (static_cast<std::uint64_t>(purpose) * 0xd1b54a32d192ed03ULL));
    h_ = mix64(h_ ^ (a + 0x8cb92ba72f3d8dd7ULL));
  }
  constexpr Stream stream(std::uint64_t b = 0, std::uint64_t c = 0) const {
    const std::uint64_t h = mix64(h_ ^ (b + 0xaef17502108ef2d9ULL));
    return Stream(mix64(h ^ (c + 0xf58d3d5e1e6b5b3bULL)));
  }

 private:
  std::uint64_t h_ = 0;
};

constexpr Stream Stream::derive(std::uint64_t seed, Purpose purpose, std::uint64_t a,
                                std::uint64_t b, std::uint64_t c) {
  return StreamPrefix(seed, purpose, a).stream(b, c);
}

}  // namespace burgers::random
