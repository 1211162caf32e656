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
  slot_ = scheduler.add_timer(due_, this);
}

Timer::~Timer() {
  if (pending_) scheduler().cancel_timer(slot_);
}

void Timer::fire() {
  pending_ = false;
  trigger();
}

}  // namespace burgers::engine
