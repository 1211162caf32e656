#include "stats/histogram.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace burgers::stats {

namespace {
constexpr int kSubBits = 7;  // 128 sub-buckets per power of two
constexpr std::uint64_t kSub = 1ULL << kSubBits;
}  // namespace

std::size_t Histogram::bucket_of(std::uint64_t value) {
  if (value < kSub) return static_cast<std::size_t>(value);
  const int width = std::bit_width(value);  // > kSubBits
  const int shift = width - 1 - kSubBits;
  const std::uint64_t mantissa = (value >> shift) - kSub;  // 0..127
  return static_cast<std::size_t>(kSub * static_cast<std::uint64_t>(shift + 1) + mantissa);
}

std::uint64_t Histogram::bucket_low(std::size_t bucket) {
  if (bucket < kSub) return bucket;
  const std::uint64_t shift = bucket / kSub - 1;
  const std::uint64_t mantissa = bucket % kSub;
  return (kSub + mantissa) << shift;
}

void Histogram::add(Time value) {
  if (value < 0) value = 0;
  ++count_;
  largest_ = std::max(largest_, value);
  if (buckets_.empty()) {
    exact_.push_back(value);
    if (exact_.size() > kExactLimit) fold_exact();
    return;
  }
  const std::size_t b = bucket_of(static_cast<std::uint64_t>(value));
  if (b >= buckets_.size()) buckets_.resize(b + 1, 0);
  ++buckets_[b];
}

void Histogram::fold_exact() {
  buckets_.assign(kSub, 0);
  for (const Time v : exact_) {
    const std::size_t b = bucket_of(static_cast<std::uint64_t>(v));
    if (b >= buckets_.size()) buckets_.resize(b + 1, 0);
    ++buckets_[b];
  }
  exact_.clear();
  exact_.shrink_to_fit();
}

void Histogram::for_each(const std::function<void(Time, std::int64_t)>& visit) const {
  if (buckets_.empty()) {
    std::vector<Time> sorted = exact_;
    std::sort(sorted.begin(), sorted.end());
    for (const Time v : sorted) visit(v, 1);
    return;
  }
  for (std::size_t b = 0; b < buckets_.size(); ++b) {
    if (buckets_[b] == 0) continue;
    const std::uint64_t low = bucket_low(b);
    const std::uint64_t high = bucket_low(b + 1);
    visit(std::min(static_cast<Time>(low + (high - low) / 2), largest_), buckets_[b]);
  }
}

Time Histogram::percentile(double p) const {
  if (count_ == 0) return 0;
  const auto rank = std::max<std::int64_t>(
      1, static_cast<std::int64_t>(std::ceil(p * static_cast<double>(count_) - 1e-9)));
  if (buckets_.empty()) {
    std::vector<Time> sorted = exact_;
    std::nth_element(sorted.begin(), sorted.begin() + (rank - 1), sorted.end());
    return sorted[static_cast<std::size_t>(rank - 1)];
  }
  std::int64_t seen = 0;
  for (std::size_t b = 0; b < buckets_.size(); ++b) {
    seen += buckets_[b];
    if (seen >= rank) {
      const std::uint64_t low = bucket_low(b);
      const std::uint64_t high = bucket_low(b + 1);
      return static_cast<Time>(low + (high - low) / 2);  // the bucket's midpoint
    }
  }
  return static_cast<Time>(bucket_low(buckets_.size() - 1));
}

}  // namespace burgers::stats
