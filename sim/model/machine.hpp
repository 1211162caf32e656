#pragma once
// Machine: the cores that cpu phases share (grills shared by cooks). A cpu phase needs
// a core; with more runnable staff than cores they take turns, round robin, one quantum
// at a time, like an OS scheduler; a context switch may cost time. Model-internal.
#include <cstdint>
#include <vector>

#include "engine/event.hpp"
#include "engine/scheduler.hpp"
#include "engine/task.hpp"
#include "engine/waiter.hpp"
#include "scenario/scenario.hpp"
#include "trace/recorder.hpp"

namespace burgers::model {

class Machine {
 public:
  Machine(engine::Scheduler& scheduler, trace::Recorder& recorder, const scenario::Machine& spec);
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  // Runs `work` of cpu time for the staff member behind `track`: waiting for a core in
  // state `ready`, running in state `busy` (with the core recorded), switching if costly.
  engine::Task compute(trace::Track& track, Time work, trace::SpanDetail detail);

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

  CoreAwaiter acquire() { return CoreAwaiter{*this, {}}; }
  void release(int core);
  Time next_boundary(Time slice_start) const;

  engine::Scheduler& scheduler_;
  trace::Recorder& recorder_;
  Time quantum_;
  Time switch_cost_;
  std::vector<Core> cores_;
  engine::WaiterList run_queue_;  // runnable staff waiting for a core, FIFO
  std::size_t waiting_ = 0;
};

}  // namespace burgers::model
