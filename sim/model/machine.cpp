#include "model/machine.hpp"

#include <algorithm>

#include "engine/condition.hpp"

namespace burgers::model {

using trace::State;

Machine::Machine(engine::Scheduler& scheduler, trace::Recorder& recorder,
                 const scenario::Machine& spec)
    : scheduler_(scheduler),
      recorder_(recorder),
      quantum_(spec.quantum > 0 ? spec.quantum : 10 * kMillisecond),
      switch_cost_(spec.context_switch),
      cores_(static_cast<std::size_t>(spec.cores)) {}

bool Machine::CoreAwaiter::await_ready() {
  if (!machine.run_queue_.empty()) return false;  // no overtaking the queue
  for (std::size_t c = 0; c < machine.cores_.size(); ++c) {
    if (!machine.cores_[c].busy) {
      machine.cores_[c].busy = true;
      request.core = static_cast<int>(c);
      return true;
    }
  }
  return false;
}

void Machine::CoreAwaiter::await_suspend(std::coroutine_handle<> h) {
  request.scheduler = &machine.scheduler_;
  request.handle = h;
  request.notify = [](engine::Waiter& w) {
    auto& self = static_cast<CoreRequest&>(w);
    self.scheduler->wake_now(self.handle);
  };
  machine.run_queue_.push_back(request);
  ++machine.waiting_;
  // Every running thread now ends its turn at its next quantum boundary.
  for (Core& core : machine.cores_) {
    if (core.contention != nullptr) core.contention->trigger();
  }
}

void Machine::release(int core) {
  Core& c = cores_[static_cast<std::size_t>(core)];
  c.contention = nullptr;
  if (engine::Waiter* w = run_queue_.pop_front()) {
    --waiting_;
    static_cast<CoreRequest*>(w)->core = core;  // handed over: the core stays busy
    w->notify(*w);
    return;
  }
  c.busy = false;
}

Time Machine::next_boundary(Time slice_start) const {
  const Time ran = scheduler_.now() - slice_start;
  const Time quanta = ran / quantum_ + (ran % quantum_ != 0 || ran == 0 ? 1 : 0);
  if (quanta > (kNever - slice_start) / quantum_) return kNever;  // past int64: never
  return slice_start + quanta * quantum_;
}

engine::Task Machine::compute(trace::Track& track, Time work, trace::SpanDetail detail) {
  Time left = work;
  while (left > 0) {
    const bool must_wait = !run_queue_.empty() || std::all_of(cores_.begin(), cores_.end(),
                                                              [](const Core& c) { return c.busy; });
    if (must_wait) recorder_.change(track, State::ready, scheduler_.now(), detail);
    const int core = co_await acquire();
    Core& c = cores_[static_cast<std::size_t>(core)];
    detail.core = static_cast<std::int16_t>(core);
    if (switch_cost_ > 0 && c.last != trace::kNoAgent && c.last != track.agent) {
      recorder_.change(track, State::switching, scheduler_.now(), detail);
      co_await scheduler_.timeout(switch_cost_);
    }
    c.last = track.agent;
    recorder_.change(track, State::busy, scheduler_.now(), detail);
    // Run on this core until the work is done or, at a quantum boundary, someone waits.
    while (left > 0) {
      const Time start = scheduler_.now();
      if (run_queue_.empty()) {
        engine::Event contention(scheduler_);
        c.contention = &contention;
        engine::Timer finish(scheduler_, left);
        const std::size_t woke = co_await engine::any_of(finish, contention);
        c.contention = nullptr;
        if (woke == 1) {
          const Time stop = std::min(next_boundary(start), add_saturated(start, left));
          co_await scheduler_.timeout(stop - scheduler_.now());
        }
      } else {
        co_await scheduler_.timeout(std::min(left, quantum_));
      }
      left -= scheduler_.now() - start;
      if (!run_queue_.empty()) break;  // our turn is over: to the back of the queue
    }
    release(core);
  }
}

}  // namespace burgers::model
