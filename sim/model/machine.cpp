#include "model/machine.hpp"

#include <algorithm>

#include "engine/condition.hpp"

namespace burgers::model {

using trace::JobPhase;

Machine::Machine(engine::Scheduler& scheduler, const scenario::Machine& spec)
    : scheduler_(scheduler),
      quantum_(spec.quantum > 0 ? spec.quantum : 10 * kMillisecond),
      switch_cost_(spec.context_switch),
      cores_(static_cast<std::size_t>(spec.cores)) {
  if (spec.gil) gil_ = std::make_unique<Gil>(scheduler, spec.switch_interval);
}

bool Machine::must_wait_for_core() const {
  return !run_queue_.empty() ||
         std::all_of(cores_.begin(), cores_.end(), [](const Core& c) { return c.busy; });
}

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
  request.arm(machine.scheduler_, h);
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

Time Machine::preemption(Time slice_start, int core, bool python) const {
  Time at = kNever;
  if (core >= 0 && !run_queue_.empty()) at = next_boundary(slice_start);
  if (python && gil_->wanted()) at = std::min(at, std::max(gil_->drop_time(), scheduler_.now()));
  return at;
}

engine::Task Machine::compute(Worker& worker, Time work, bool python) {
  python = python && gil_ != nullptr;
  Time left = work;
  while (left > 0) {
    if (python) {
      if (gil_->held()) worker.set(JobPhase::gil_wait);
      co_await gil_->acquire();
    }
    int core = -1;
    if (limited()) {
      if (must_wait_for_core()) worker.set(JobPhase::core_wait);
      core = co_await acquire();
      Core& c = cores_[static_cast<std::size_t>(core)];
      worker.detail.core = static_cast<std::int16_t>(core);
      if (switch_cost_ > 0 && c.last != trace::kNoAgent && c.last != worker.staff.agent) {
        worker.set_switching();
        co_await scheduler_.timeout(switch_cost_);
      }
      c.last = worker.staff.agent;
    }
    worker.set(JobPhase::running);
    // Run until the work is done or, when someone waits for the core or the GIL, until
    // this thread's turn is over.
    const Time slice_start = scheduler_.now();
    while (left > 0) {
      const Time start = scheduler_.now();
      const Time stop = preemption(slice_start, core, python);
      if (stop == kNever) {
        engine::Event contention(scheduler_);
        if (core >= 0) cores_[static_cast<std::size_t>(core)].contention = &contention;
        if (python) gil_->watch(&contention);
        engine::Timer finish(scheduler_, left);
        co_await engine::any_of(finish, contention);
        if (core >= 0) cores_[static_cast<std::size_t>(core)].contention = nullptr;
        if (python) gil_->watch(nullptr);
        left -= scheduler_.now() - start;
        continue;
      }
      co_await scheduler_.timeout(std::min(left, stop - start));
      left -= scheduler_.now() - start;
      if (scheduler_.now() >= stop) break;  // our turn is over: to the back of the queue
    }
    worker.detail.core = -1;
    if (core >= 0) release(core);
    if (python) gil_->release();
  }
}

}  // namespace burgers::model
