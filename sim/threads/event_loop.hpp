#pragma once
// A real event loop for async stations in threads mode: one thread, a timer heap and
// coroutine continuations. A job is a LoopTask that runs until it awaits I/O
// (co_await loop.sleep_for(ns)); the loop serves other jobs meanwhile and resumes it once
// its timer is due, telling it whether it had to wait for the loop to be free.
#include <chrono>
#include <coroutine>
#include <cstdint>
#include <deque>
#include <exception>

#include "threads/timer_heap.hpp"

namespace burgers::threads {

// A job on an event loop (or run straight through by a staff thread): starts at once,
// frees itself when it ends.
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

  // How an awaited wait ended: the task was ready from `ready_from` and, when `waited`,
  // waited for the loop (busy with another task) from then until it ran again.
  struct Resumed {
    Clock::time_point ready_from;
    bool waited = false;
  };

  EventLoop() = default;
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;
  ~EventLoop() {
    // A stopped run leaves jobs waiting: free their frames.
    for (const Sleeper& s : ready_) s.handle.destroy();
    while (!timers_.empty()) timers_.pop().value.handle.destroy();
  }

  struct SleepAwaiter {
    EventLoop& loop;
    Clock::time_point due;
    Resumed resumed;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) { loop.timers_.push(due, Sleeper{h, &resumed}); }
    Resumed await_resume() const noexcept { return resumed; }
  };
  SleepAwaiter sleep_for(std::int64_t real_ns) {
    return SleepAwaiter{*this, Clock::now() + std::chrono::nanoseconds(real_ns), {}};
  }

  // The loop is about to wait for work (nothing ready, no new job).
  void went_idle(Clock::time_point now) {
    idle_ = true;
    idle_since_ = now;
  }
  // The loop starts a new job.
  void took_job() { idle_ = false; }

  // Moves due timers to the ready list and resumes the first ready job; false if none.
  // Ready jobs run in the order their waits ended.
  bool run_one_ready() {
    const auto now = Clock::now();
    while (timers_.due(now)) {
      const auto entry = timers_.pop();
      // Due while the loop was idle: ready once the loop woke (now); else ready when due.
      entry.value.resumed->ready_from = idle_ && entry.due >= idle_since_ ? now : entry.due;
      ready_.push_back(entry.value);
    }
    if (ready_.empty()) return false;
    const Sleeper next = ready_.front();
    ready_.pop_front();
    // The first job after an idle spell ran as soon as the loop woke; any other waited.
    next.resumed->waited = !idle_;
    idle_ = false;
    next.handle.resume();
    return true;
  }

  // When the next timer is due (far in the future if none).
  Clock::time_point next_deadline() const {
    return timers_.empty() ? Clock::now() + std::chrono::hours(1) : timers_.top().due;
  }

 private:
  struct Sleeper {
    std::coroutine_handle<> handle;
    Resumed* resumed;  // in the sleeping job's frame
  };
  TimerHeap<Sleeper> timers_;
  std::deque<Sleeper> ready_;
  bool idle_ = false;
  Clock::time_point idle_since_;
};

}  // namespace burgers::threads
