#pragma once
// WakeQueue: the scheduler's timed wake-ups, smallest key first. A simulation usually has
// few sleepers at a time (one per busy server, one per arrival process): up to kSortedMax
// entries are kept in a sorted array, where taking the next one costs nothing and adding
// one moves the few entries due before it. Past that, a 4-ary min-heap. Engine-internal.
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
    if (sorted_ && entries_.size() < kSortedMax) {
      entries_.push_back(entry);
      insert_sorted(entry);
    } else {
      push_to_heap(entry);
    }
  }

  // Removes the top entry and returns its target.
  std::uintptr_t pop() {
    if (!sorted_) return pop_from_heap();
    const std::uintptr_t target = entries_.back().target;
    entries_.pop_back();
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

  // The heap (wake_queue.cpp), and the moves between the two forms.
  void push_to_heap(const Entry& entry);
  std::uintptr_t pop_from_heap();
  void sift_up(const Entry& entry);
  void sift_down(const Entry& entry);

  std::vector<Entry> entries_;
  bool sorted_ = true;  // a sorted array (descending) rather than a heap
};

}  // namespace burgers::engine
