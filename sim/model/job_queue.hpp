#pragma once
// JobQueue: a station's line. New jobs wait in one FIFO; idle staff wait in another and
// the longest-idle member takes the next job. At an async station a job whose io wait is
// over returns to the staff member that started it (a task stays on its event loop), and a
// member finishes its own resumed jobs, in the order their waits ended, before new ones.
// Why not engine::Store<Job*>: a store hands an item to whichever getter waited longest,
// but a resumed job must go to one particular member, ahead of the shared line. The
// waiting itself is the engine's (HandleWaiter, WaiterList); only the lines are our own.
#include <coroutine>
#include <cstddef>
#include <vector>

#include "engine/scheduler.hpp"
#include "engine/waiter.hpp"
#include "model/job.hpp"

namespace burgers::model {

class JobQueue {
 public:
  JobQueue(engine::Scheduler& scheduler, int staff);
  JobQueue(const JobQueue&) = delete;
  JobQueue& operator=(const JobQueue&) = delete;

  // A new job joins the back of the line (or goes straight to an idle member).
  void submit(Job& job);
  // An async job's io wait ended: it goes back to `job.owner`. True if the owner was idle
  // and took it at once; false if it waits until the owner is free.
  bool resume(Job& job);
  // Whether `member` would get a job without waiting.
  bool has_work_for(int member) const {
    return line_.head != nullptr ||
           members_[static_cast<std::size_t>(member)].resumed.head != nullptr;
  }
  std::size_t line_length() const { return line_length_; }

  struct NextAwaiter : engine::HandleWaiter {
    JobQueue& queue;
    int member;
    Job* job = nullptr;
    NextAwaiter(JobQueue& q, int m) : queue(q), member(m) {}
    bool await_ready() {
      job = queue.take(member);
      return job != nullptr;
    }
    void await_suspend(std::coroutine_handle<> h);
    Job* await_resume() const { return job; }
  };
  // co_await next(member): the member's next job, waiting while there is none.
  NextAwaiter next(int member) { return NextAwaiter(*this, member); }

 private:
  struct Fifo {
    Job* head = nullptr;
    Job* tail = nullptr;
    void push(Job& job);
    Job* pop();
  };
  struct Member {
    Fifo resumed;
    NextAwaiter* parked = nullptr;
  };

  Job* take(int member);
  void hand_over(NextAwaiter& waiter, Job& job);

  engine::Scheduler* scheduler_;
  Fifo line_;
  std::size_t line_length_ = 0;
  std::vector<Member> members_;
  engine::WaiterList idle_;  // parked members, longest idle first
};

}  // namespace burgers::model
