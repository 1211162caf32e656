#pragma once
// WakeQueue: the scheduler's timed wake-ups, smallest key first. A simulation usually has
// few sleepers at a time (one per busy server, one per arrival process): up to kSortedMax
// entries are kept in a sorted array, where taking the next one costs nothing and adding
// one moves the few entries due before it. Past that, a 4-ary min-heap. Engine-internal.
#include <array>
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

  WakeQueue() { sorted_[0] = {~uint128{0}, 0}; }

  bool empty() const noexcept { return size_ == 0; }
  std::size_t size() const noexcept { return size_; }
  const Entry& top() const noexcept { return in_heap_ ? heap_.front() : sorted_[size_]; }

  // Key and target come by value: an Entry built on the stack and copied in 16-byte halves
  // would stall on store forwarding.
  void push(uint128 key, std::uintptr_t target) {
    if (in_heap_ || size_ == kSortedMax) {
      push_to_heap({key, target});
      return;
    }
    // sorted_[1..size_] descending, the top last; sorted_[0] holds the largest key there
    // is, so the walk needs no bounds check.
    Entry* slot = &sorted_[++size_];
    while (slot[-1].key < key) {
      *slot = slot[-1];
      --slot;
    }
    slot->key = key;
    slot->target = target;
  }

  // Removes the top entry and returns its target.
  std::uintptr_t pop() {
    if (in_heap_) return pop_from_heap();
    return sorted_[size_--].target;
  }

 private:
  // The heap (wake_queue.cpp), and the moves between the two forms.
  void push_to_heap(const Entry& entry);
  std::uintptr_t pop_from_heap();
  void sift_up(const Entry& entry);
  void sift_down(const Entry& entry);

  std::array<Entry, kSortedMax + 1> sorted_{};  // the sorted form, from index 1
  std::vector<Entry> heap_;                     // the heap form: a 4-ary min-heap
  std::size_t size_ = 0;
  bool in_heap_ = false;
};

}  // namespace burgers::engine
