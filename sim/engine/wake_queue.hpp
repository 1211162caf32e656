#pragma once
// WakeQueue: the scheduler's timed wake-ups, smallest key first. A simulation usually has
// few sleepers at a time (one per busy server, one per arrival process): up to kSortedMax
// entries are kept in a sorted array, where taking the next one costs nothing and adding
// one moves the few entries due before it. Past that, a 4-ary min-heap. Engine-internal.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "base/uint128.hpp"

namespace burgers::engine {

class WakeQueue {
 public:
  struct Entry {
    uint128 key;            // unique; the smallest comes out first
    std::uintptr_t target;  // what to wake
  };

  // More entries than this: a heap; back to a sorted array at half as many.
  static constexpr std::size_t kSortedMax = 16;

  WakeQueue() { entries_.reserve(64); }

  bool empty() const noexcept { return entries_.empty(); }
  std::size_t size() const noexcept { return entries_.size(); }
  const Entry& top() const noexcept { return sorted_ ? entries_.back() : entries_.front(); }

  void push(const Entry& entry) {
    if (sorted_ && entries_.size() == kSortedMax) {
      std::reverse(entries_.begin(), entries_.end());  // ascending order is a valid heap
      sorted_ = false;
    }
    entries_.push_back(entry);
    if (sorted_) {
      insert_sorted(entry);
    } else {
      sift_up(entry);
    }
  }

  // Removes the top entry and returns its target.
  std::uintptr_t pop() {
    if (sorted_) {
      const std::uintptr_t target = entries_.back().target;
      entries_.pop_back();
      return target;
    }
    const std::uintptr_t target = entries_.front().target;
    const Entry last = entries_.back();
    entries_.pop_back();
    if (!entries_.empty()) sift_down(last);
    if (entries_.size() <= kSortedMax / 2) {
      std::sort(entries_.begin(), entries_.end(),
                [](const Entry& a, const Entry& b) { return a.key > b.key; });
      sorted_ = true;
    }
    return target;
  }

 private:
  // Sorted: descending keys, the top at the back; `entry` was appended.
  void insert_sorted(const Entry& entry) {
    std::size_t i = entries_.size() - 1;
    while (i > 0 && entries_[i - 1].key < entry.key) {
      entries_[i] = entries_[i - 1];
      --i;
    }
    entries_[i] = entry;
  }

  // Heap: 4-ary (shallower than binary, and a node's children share a cache line).
  void sift_up(const Entry& entry) {
    std::size_t i = entries_.size() - 1;
    while (i > 0) {
      const std::size_t parent = (i - 1) / 4;
      if (entries_[parent].key <= entry.key) break;
      entries_[i] = entries_[parent];
      i = parent;
    }
    entries_[i] = entry;
  }

  void sift_down(const Entry& entry) {
    const std::size_t n = entries_.size();
    std::size_t i = 0;
    for (;;) {
      const std::size_t first = 4 * i + 1;
      if (first >= n) break;
      std::size_t best = first;
      const std::size_t end = first + 4 < n ? first + 4 : n;
      for (std::size_t c = first + 1; c < end; ++c) {
        if (entries_[c].key < entries_[best].key) best = c;
      }
      if (entry.key <= entries_[best].key) break;
      entries_[i] = entries_[best];
      i = best;
    }
    entries_[i] = entry;
  }

  std::vector<Entry> entries_;
  bool sorted_ = true;  // a sorted array (descending) rather than a heap
};

}  // namespace burgers::engine
