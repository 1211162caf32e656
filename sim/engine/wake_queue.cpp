#include "engine/wake_queue.hpp"

#include <algorithm>

namespace burgers::engine {

void WakeQueue::push_to_heap(const Entry& entry) {
  if (!in_heap_) {  // the sorted array is full: in ascending order it is a valid heap
    heap_.clear();
    for (std::size_t i = size_; i >= 1; --i) heap_.push_back(sorted_[i]);
    in_heap_ = true;
  }
  heap_.push_back(entry);
  ++size_;
  sift_up(entry);
}

std::uintptr_t WakeQueue::pop_from_heap() {
  const std::uintptr_t target = heap_.front().target;
  const Entry last = heap_.back();
  heap_.pop_back();
  --size_;
  if (!heap_.empty()) sift_down(last);
  if (size_ <= kSortedMax / 2) {  // few again: back to the sorted array
    std::sort(heap_.begin(), heap_.end(),
              [](const Entry& a, const Entry& b) { return a.key > b.key; });
    for (std::size_t i = 0; i < heap_.size(); ++i) sorted_[i + 1] = heap_[i];
    heap_.clear();
    in_heap_ = false;
  }
  return target;
}

// 4-ary: shallower than binary, and a node's children share a cache line.
void WakeQueue::sift_up(const Entry& entry) {
  std::size_t i = heap_.size() - 1;
  while (i > 0) {
    const std::size_t parent = (i - 1) / 4;
    if (heap_[parent].key <= entry.key) break;
    heap_[i] = heap_[parent];
    i = parent;
  }
  heap_[i] = entry;
}

void WakeQueue::sift_down(const Entry& entry) {
  const std::size_t n = heap_.size();
  std::size_t i = 0;
  for (;;) {
    const std::size_t first = 4 * i + 1;
    if (first >= n) break;
    std::size_t best = first;
    const std::size_t end = first + 4 < n ? first + 4 : n;
    for (std::size_t c = first + 1; c < end; ++c) {
      if (heap_[c].key < heap_[best].key) best = c;
    }
    if (entry.key <= heap_[best].key) break;
    heap_[i] = heap_[best];
    i = best;
  }
  heap_[i] = entry;
}

}  // namespace burgers::engine
