#include "engine/event.hpp"

namespace burgers::engine {

void Event::trigger() {
  if (triggered_) return;
  triggered_ = true;
  // Pop before notifying: a notified condition may unlink other waiters of this list.
  while (Waiter* w = waiters_.pop_front()) w->notify(*w);
}

Timer::Timer(Scheduler& scheduler, Time delay)
    : Event(scheduler), due_(scheduler.deadline(delay < 0 ? 0 : delay)) {
  call_.run = &fire;
  call_.timer = this;
  scheduler.call_at(due_, call_);
}

Timer::~Timer() {
  scheduler().cancel(call_);
}

void Timer::fire(TimedCall& call) {
  static_cast<Call&>(call).timer->trigger();
}

}  // namespace burgers::engine
