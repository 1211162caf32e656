#pragma once
// A station's line in threads mode: a FIFO guarded by a mutex, waited on with a stop
// token so that every staff thread wakes and leaves when the run stops.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <stop_token>

namespace burgers::threads {

template <class T>
class StationQueue {
 public:
  void push(T* item) {
    {
      const std::lock_guard lock(mutex_);
      items_.push_back(item);
    }
    ready_.notify_one();
  }

  // Waits for an item; `before_waiting` runs (unlocked) only if it must wait.
  // nullptr once stop is requested.
  template <class F>
  T* pop(const std::stop_token& stop, F&& before_waiting) {
    std::unique_lock lock(mutex_);
    if (items_.empty()) {
      lock.unlock();
      before_waiting();
      lock.lock();
      if (!ready_.wait(lock, stop, [this] { return !items_.empty(); })) return nullptr;
    }
    T* item = items_.front();
    items_.pop_front();
    return item;
  }

  T* try_pop() {
    const std::lock_guard lock(mutex_);
    if (items_.empty()) return nullptr;
    T* item = items_.front();
    items_.pop_front();
    return item;
  }

  // Waits until an item is there, `deadline` passes or stop is requested.
  void wait_until(const std::stop_token& stop, std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    ready_.wait_until(lock, stop, deadline, [this] { return !items_.empty(); });
  }

 private:
  std::mutex mutex_;
  std::condition_variable_any ready_;
  std::deque<T*> items_;
};

}  // namespace burgers::threads
