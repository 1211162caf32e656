#pragma once
// Event: something processes can wait for and someone triggers once (SimPy's Event,
// without a value). Timer: an Event the scheduler triggers at a given time.
// co_await event suspends until triggered (or continues at once if it already is).
#include <coroutine>
#include <cstdint>

#include "engine/scheduler.hpp"
#include "engine/waiter.hpp"

namespace burgers::engine {

class Event {
 public:
  explicit Event(Scheduler& scheduler) noexcept : scheduler_(&scheduler) {}
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  bool triggered() const noexcept { return triggered_; }
  // Wakes every waiter, in the order they began waiting. A second trigger does nothing.
  void trigger();
  // Pending again, for reuse (no one may be waiting).
  void reset() noexcept { triggered_ = false; }
  Scheduler& scheduler() const noexcept { return *scheduler_; }

  // For conditions (all_of, any_of): a waiter whose notify() runs on trigger.
  void add_waiter(Waiter& w) noexcept { waiters_.push_back(w); }
  void remove_waiter(Waiter& w) noexcept { waiters_.remove(w); }

  struct Awaiter : HandleWaiter {
    Event& event;
    explicit Awaiter(Event& e) noexcept : event(e) {}
    bool await_ready() const noexcept { return event.triggered_; }
    void await_suspend(std::coroutine_handle<> h) noexcept {
      arm(*event.scheduler_, h);
      event.waiters_.push_back(*this);
    }
    void await_resume() const noexcept {}
  };
  Awaiter operator co_await() noexcept { return Awaiter(*this); }

 private:
  Scheduler* scheduler_;
  WaiterList waiters_;
  bool triggered_ = false;
};

// Triggers itself `delay` after construction (a TimedCall of the scheduler's). Destroying
// a pending timer cancels it.
class Timer : public Event {
 public:
  Timer(Scheduler& scheduler, Time delay);
  ~Timer();
  Time due() const noexcept { return due_; }
  bool pending() const noexcept { return call_.pending; }

 private:
  struct Call : TimedCall {
    Timer* timer = nullptr;
  };
  static void fire(TimedCall& call);
  Time due_;
  Call call_;
};

}  // namespace burgers::engine
