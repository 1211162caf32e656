#pragma once
// TimerQueue: a TimerHeap shared between threads. Any thread adds entries; one thread
// (the dispatcher) takes each entry once it is due, sleeping until then. Threads-internal.
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stop_token>

#include "threads/timer_heap.hpp"

namespace burgers::threads {

template <class T>
class TimerQueue {
 public:
  using Clock = std::chrono::steady_clock;

  void add(Clock::time_point due, T value) {
    {
      const std::lock_guard lock(mutex_);
      heap_.push(due, std::move(value));
    }
    changed_.notify_one();
  }

  // The next entry once it is due; nullopt when stopped.
  std::optional<T> next(std::stop_token stop) {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (stop.stop_requested()) return std::nullopt;
      if (heap_.due(Clock::now())) return heap_.pop().value;
      if (heap_.empty()) {
        changed_.wait(lock, stop, [this] { return !heap_.empty(); });
      } else {
        const auto due = heap_.top().due;
        changed_.wait_until(lock, stop, due,
                            [this, due] { return !heap_.empty() && heap_.top().due < due; });
      }
    }
  }

 private:
  std::mutex mutex_;
  std::condition_variable_any changed_;
  TimerHeap<T> heap_;
};

}  // namespace burgers::threads
