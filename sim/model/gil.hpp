#pragma once
// Gil: the global interpreter lock of one Python process. A thread needs it to compute;
// threads that want it wait in FIFO order (round robin); the holder keeps it until its cpu
// work ends, or hands it over once another thread has waited `switch_interval` (Python's
// sys.getswitchinterval(): the waiter asks for it after the interval, the holder drops it
// at its next check and the waiter takes it at once). Model-internal.
#include <coroutine>

#include "engine/event.hpp"
#include "engine/scheduler.hpp"
#include "engine/waiter.hpp"

namespace burgers::model {

class Gil {
 public:
  Gil(engine::Scheduler& scheduler, Time switch_interval)
      : scheduler_(scheduler), interval_(switch_interval) {}
  Gil(const Gil&) = delete;
  Gil& operator=(const Gil&) = delete;

  bool held() const { return held_; }
  bool wanted() const { return !waiters_.empty(); }
  // When the holder must hand the GIL over, given that someone waits: `switch_interval`
  // after the later of the last hand-over and the moment the longest waiter began.
  Time drop_time() const;
  // The running holder's event, triggered when a thread starts waiting (null: none).
  void watch(engine::Event* contention) { contention_ = contention; }

  struct Request : engine::HandleWaiter {
    Time since = 0;
  };
  struct Awaiter {
    Gil& gil;
    Request request;
    bool await_ready();
    void await_suspend(std::coroutine_handle<> h);
    void await_resume() const noexcept {}
  };
  // co_await acquire(): resumes holding the GIL.
  Awaiter acquire() { return Awaiter{*this, {}}; }
  // The holder lets go: the longest waiter, if any, holds it from now on.
  void release();

 private:
  void take() {
    held_ = true;
    taken_at_ = scheduler_.now();
  }

  engine::Scheduler& scheduler_;
  Time interval_;
  bool held_ = false;
  Time taken_at_ = 0;
  engine::WaiterList waiters_;
  engine::Event* contention_ = nullptr;
};

}  // namespace burgers::model
