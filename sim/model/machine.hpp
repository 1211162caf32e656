#pragma once
// Machine: what cpu phases share. Cores (grills shared by cooks): with more runnable staff
// than cores they take turns, round robin, one quantum at a time, like an OS scheduler, and
// a context switch may cost time. The GIL, when the program is one Python process: a thread
// computes only while it holds it, and hands it over every switch interval when others
// want it. Model-internal.
// Why not engine::Resource for the cores: its units are identical and anonymous, but a
// core here has an identity (who ran on it last decides whether a switch costs time; the
// trace names the core) and an event that ends its holder's turn when someone queues.
// The waiting is the engine's (HandleWaiter, WaiterList).
#include <cstdint>
#include <memory>
#include <vector>

#include "engine/event.hpp"
#include "engine/scheduler.hpp"
#include "engine/task.hpp"
#include "engine/waiter.hpp"
#include "model/gil.hpp"
#include "model/worker.hpp"
#include "scenario/scenario.hpp"

namespace burgers::model {

class Machine {
 public:
  // `spec.cores` == 0: unlimited cores (then only the GIL, if any, is shared).
  Machine(engine::Scheduler& scheduler, const scenario::Machine& spec);
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  // Runs `work` of cpu time for `worker`: waiting for the GIL (if `python`) in phase
  // gil_wait, for a core in core_wait, running in running (with the core recorded).
  engine::Task compute(Worker& worker, Time work, bool python);

  int cores() const { return static_cast<int>(cores_.size()); }
  std::size_t runnable_waiting() const { return waiting_; }

 private:
  struct Core {
    trace::AgentId last = trace::kNoAgent;  // who ran here last (a switch costs time)
    bool busy = false;
    engine::Event* contention = nullptr;  // triggered when someone starts waiting for a core
  };
  struct CoreRequest : engine::HandleWaiter {
    int core = -1;
  };
  struct CoreAwaiter {
    Machine& machine;
    CoreRequest request;
    bool await_ready();
    void await_suspend(std::coroutine_handle<> h);
    int await_resume() const { return request.core; }
  };

  bool limited() const { return !cores_.empty(); }
  bool must_wait_for_core() const;
  CoreAwaiter acquire() { return CoreAwaiter{*this, {}}; }
  void release(int core);
  // When the running thread must stop (kNever: nobody waits for what it holds).
  Time preemption(Time slice_start, int core, bool python) const;
  // The next quantum boundary after a slice that began at `slice_start`.
  Time next_boundary(Time slice_start) const;

  engine::Scheduler& scheduler_;
  Time quantum_;
  Time switch_cost_;
  std::vector<Core> cores_;
  engine::WaiterList run_queue_;  // runnable staff waiting for a core, FIFO
  std::size_t waiting_ = 0;
  std::unique_ptr<Gil> gil_;  // only under gil = true
};

}  // namespace burgers::model
