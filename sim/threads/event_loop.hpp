#pragma once
// A real event loop for async stations in threads mode: one thread, a timer queue and
// coroutine continuations. A job is a LoopTask that runs until it awaits I/O
// (loop.sleep_for); the loop then serves other jobs and resumes it when its timer is due.
#include <chrono>
#include <coroutine>
#include <cstdint>
#include <deque>
#include <exception>
#include <queue>
#include <vector>

namespace burgers::threads {

// A job on an event loop: starts at once, frees itself when it ends.
struct LoopTask {
  struct promise_type {
    LoopTask get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() const noexcept { return {}; }
    std::suspend_never final_suspend() const noexcept { return {}; }
    void return_void() const noexcept {}
    void unhandled_exception() const noexcept { std::terminate(); }  // jobs here do not throw
  };
};

class EventLoop {
 public:
  using Clock = std::chrono::steady_clock;

  EventLoop() = default;
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;
  ~EventLoop() {
    // A stopped run leaves jobs waiting: free their frames.
    for (auto h : ready_) h.destroy();
    while (!timers_.empty()) {
      timers_.top().handle.destroy();
      timers_.pop();
    }
  }

  struct SleepAwaiter {
    EventLoop& loop;
    Clock::time_point due;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) { loop.timers_.push({due, loop.seq_++, h}); }
    void await_resume() const noexcept {}
  };
  SleepAwaiter sleep_for(std::int64_t real_ns) {
    return SleepAwaiter{*this, Clock::now() + std::chrono::nanoseconds(real_ns)};
  }

  // Moves due timers to the ready list and resumes the first ready job; false if none.
  bool run_one_ready() {
    const auto now = Clock::now();
    while (!timers_.empty() && timers_.top().due <= now) {
      ready_.push_back(timers_.top().handle);
      timers_.pop();
    }
    if (ready_.empty()) return false;
    const auto h = ready_.front();
    ready_.pop_front();
    h.resume();
    return true;
  }

  // When the next timer is due (far in the future if none).
  Clock::time_point next_deadline() const {
    return timers_.empty() ? Clock::now() + std::chrono::hours(1) : timers_.top().due;
  }

 private:
  struct Timer {
    Clock::time_point due;
    std::uint64_t seq;
    std::coroutine_handle<> handle;
    bool operator>(const Timer& o) const { return due != o.due ? due > o.due : seq > o.seq; }
  };
  std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers_;
  std::deque<std::coroutine_handle<>> ready_;
  std::uint64_t seq_ = 0;
};

}  // namespace burgers::threads
