#pragma once
// Job: one customer's visit to a station. It lives in the customer's coroutine frame;
// queues link it intrusively, so queueing allocates nothing. Model-internal.
#include <coroutine>
#include <cstdint>
#include <utility>

#include "base/time.hpp"
#include "engine/scheduler.hpp"
#include "random/stream.hpp"
#include "scenario/limits.hpp"
#include "scenario/scenario.hpp"
#include "trace/recorder.hpp"

namespace burgers::model {

struct Job {
  enum class Status : std::uint8_t { queued, in_service, io_wait, finished };

  // Staff -> customer: the job is finished, or was let go for an io wait. Only the
  // customer ever waits on its job, so a handle is enough (lighter than an Event).
  // The staff sets `status` to io_wait or finished before signalling.
  void signal(engine::Scheduler& scheduler) {
    if (waiter) scheduler.wake_now(std::exchange(waiter, {}));
  }
  struct SignalAwaiter {
    Job& job;
    bool await_ready() const noexcept {
      return job.status == Status::io_wait || job.status == Status::finished;
    }
    void await_suspend(std::coroutine_handle<> h) noexcept { job.waiter = h; }
    void await_resume() const noexcept {}
  };
  // co_await job.signalled_by_staff(): resumes after the next signal().
  SignalAwaiter signalled_by_staff() { return SignalAwaiter{*this}; }

  Job* next = nullptr;  // link in a JobQueue line
  std::coroutine_handle<> waiter;
  trace::Track* customer = nullptr;
  const scenario::Step* step = nullptr;
  random::Stream rng;  // the customer's stream for this step: same draws whoever serves
  Time io_wait = 0;    // async stations: how long the pending io phase lasts
  std::int16_t station = -1;
  std::int16_t step_index = -1;
  std::int16_t owner = -1;  // async stations: the staff member whose loop holds the job
  std::uint8_t phase = 0;   // next phase to run (see the static_assert below)
  Status status = Status::queued;

  bool blocked() const { return step->blocks(); }
};
// `phase` must count past the last phase without wrapping (or a step never ends).
static_assert(scenario::kMaxPhasesPerStep < 255);

}  // namespace burgers::model
