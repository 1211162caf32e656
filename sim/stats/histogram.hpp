#pragma once
// Percentiles in constant memory: exact while few values have been seen, then a
// log-linear histogram with 1/128 relative resolution (like HdrHistogram).
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "base/time.hpp"

namespace burgers::stats {

class Histogram {
 public:
  // Inline: the collector adds two values per customer.
  void add(Time value) {
    if (value < 0) value = 0;
    ++count_;
    largest_ = std::max(largest_, value);
    if (!buckets_.empty()) {
      const std::size_t b = bucket_of(static_cast<std::uint64_t>(value));
      if (b < buckets_.size()) {
        ++buckets_[b];
        return;
      }
    }
    add_slow(value);
  }
  std::int64_t count() const { return count_; }
  // Nearest-rank percentile, p in (0, 1]: exact below kExactLimit values, then within
  // 1/128 of the true value.
  Time percentile(double p) const;

  // Every value seen, with how often: exact values while few, then each bucket's midpoint
  // with its count (within 1/128 of the values it holds). In increasing order.
  void for_each(const std::function<void(Time value, std::int64_t count)>& visit) const;
  Time largest() const { return largest_; }

  static constexpr std::size_t kExactLimit = 4096;

 private:
  static std::size_t bucket_of(std::uint64_t value) {
    if (value < kSub) return static_cast<std::size_t>(value);
    const int width = std::bit_width(value);  // > kSubBits
    const int shift = width - 1 - kSubBits;
    const std::uint64_t mantissa = (value >> shift) - kSub;  // 0..kSub-1
    return static_cast<std::size_t>(kSub * static_cast<std::uint64_t>(shift + 1) + mantissa);
  }
  static std::uint64_t bucket_low(std::size_t bucket);
  // While exact, or when the value needs a bucket past the last one (count_ and largest_
  // already count it).
  void add_slow(Time value);
  void fold_exact();

  static constexpr int kSubBits = 7;  // 128 sub-buckets per power of two
  static constexpr std::uint64_t kSub = 1ULL << kSubBits;

  std::vector<Time> exact_;
  std::vector<std::int64_t> buckets_;
  std::int64_t count_ = 0;
  Time largest_ = 0;
};

}  // namespace burgers::stats
