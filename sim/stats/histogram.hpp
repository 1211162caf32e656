#pragma once
// Percentiles in constant memory: exact while few values have been seen, then a
// log-linear histogram with 1/128 relative resolution (like HdrHistogram).
#include <cstdint>
#include <functional>
#include <vector>

#include "base/time.hpp"

namespace burgers::stats {

class Histogram {
 public:
  void add(Time value);
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
  static std::size_t bucket_of(std::uint64_t value);
  static std::uint64_t bucket_low(std::size_t bucket);
  void fold_exact();

  std::vector<Time> exact_;
  std::vector<std::int64_t> buckets_;
  std::int64_t count_ = 0;
  Time largest_ = 0;
};

}  // namespace burgers::stats
