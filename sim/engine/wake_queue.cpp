#include "engine/wake_queue.hpp"

#include <algorithm>

namespace burgers::engine {

void WakeQueue::push_to_heap(const Entry& entry) {
  if (sorted_) {  // full: ascending order is a valid heap
    std::reverse(entries_.begin(), entries_.end());
    sorted_ = false;
  }
  entries_.push_back(entry);
  sift_up(entry);
}

std::uintptr_t WakeQueue::pop_from_heap() {
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

// 4-ary: shallower than binary, and a node's children share a cache line.
void WakeQueue::sift_up(const Entry& entry) {
  std::size_t i = entries_.size() - 1;
  while (i > 0) {
    const std::size_t parent = (i - 1) / 4;
    if (entries_[parent].key <= entry.key) break;
    entries_[i] = entries_[parent];
    i = parent;
  }
  entries_[i] = entry;
}

void WakeQueue::sift_down(const Entry& entry) {
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

}  // namespace burgers::engine
