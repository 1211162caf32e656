#pragma once
// A growable FIFO ring buffer: push at the back, pop at the front, no allocation
// once it has grown to the largest size it needs. Used by stores and queues.
#include <cstddef>
#include <utility>
#include <vector>

namespace burgers::engine {

template <class T>
class Ring {
 public:
  bool empty() const noexcept { return head_ == tail_; }
  std::size_t size() const noexcept { return tail_ - head_; }
  T& front() noexcept { return slots_[head_ & mask_]; }
  const T& operator[](std::size_t i) const noexcept { return slots_[(head_ + i) & mask_]; }

  void push_back(T value) {
    if (size() == slots_.size()) grow();
    slots_[tail_++ & mask_] = std::move(value);
  }
  T pop_front() noexcept { return std::move(slots_[head_++ & mask_]); }
  void clear() noexcept { head_ = tail_ = 0; }

 private:
  void grow() {
    std::vector<T> bigger(slots_.empty() ? 16 : slots_.size() * 2);
    const std::size_t n = size();
    for (std::size_t i = 0; i < n; ++i) bigger[i] = std::move(slots_[(head_ + i) & mask_]);
    slots_ = std::move(bigger);
    mask_ = slots_.size() - 1;
    head_ = 0;
    tail_ = n;
  }

  std::vector<T> slots_;
  std::size_t mask_ = 0;
  std::size_t head_ = 0;
  std::size_t tail_ = 0;
};

}  // namespace burgers::engine
