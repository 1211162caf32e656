#include "model/job_queue.hpp"

namespace burgers::model {

void JobQueue::Fifo::push(Job& job) {
  job.next = nullptr;
  if (tail != nullptr) {
    tail->next = &job;
  } else {
    head = &job;
  }
  tail = &job;
}

Job* JobQueue::Fifo::pop() {
  Job* job = head;
  if (job != nullptr) {
    head = job->next;
    if (head == nullptr) tail = nullptr;
    job->next = nullptr;
  }
  return job;
}

JobQueue::JobQueue(engine::Scheduler& scheduler, int staff)
    : scheduler_(&scheduler), members_(static_cast<std::size_t>(staff)) {}

Job* JobQueue::take(int member) {
  if (Job* job = members_[static_cast<std::size_t>(member)].resumed.pop()) return job;
  if (Job* job = line_.pop()) {
    --line_length_;
    return job;
  }
  return nullptr;
}

void JobQueue::NextAwaiter::await_suspend(std::coroutine_handle<> h) {
  scheduler = queue.scheduler_;
  handle = h;
  notify = [](engine::Waiter& w) {
    auto& self = static_cast<NextAwaiter&>(w);
    self.scheduler->wake_now(self.handle);
  };
  queue.members_[static_cast<std::size_t>(member)].parked = this;
  queue.idle_.push_back(*this);
}

void JobQueue::hand_over(NextAwaiter& waiter, Job& job) {
  idle_.remove(waiter);
  members_[static_cast<std::size_t>(waiter.member)].parked = nullptr;
  waiter.job = &job;
  waiter.notify(waiter);
}

void JobQueue::submit(Job& job) {
  if (!idle_.empty()) {
    hand_over(static_cast<NextAwaiter&>(*idle_.front()), job);
    return;
  }
  line_.push(job);
  ++line_length_;
}

bool JobQueue::resume(Job& job) {
  Member& owner = members_[static_cast<std::size_t>(job.owner)];
  if (owner.parked != nullptr) {
    hand_over(*owner.parked, job);
    return true;
  }
  owner.resumed.push(job);
  return false;
}

}  // namespace burgers::model
