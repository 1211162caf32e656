#include "model/gil.hpp"

#include <algorithm>

namespace burgers::model {

Time Gil::drop_time() const {
  const auto* first = static_cast<const Request*>(waiters_.front());
  const Time from = first == nullptr ? taken_at_ : std::max(taken_at_, first->since);
  return from + interval_;
}

bool Gil::Awaiter::await_ready() {
  if (gil.held_ || gil.wanted()) return false;
  gil.take();
  return true;
}

void Gil::Awaiter::await_suspend(std::coroutine_handle<> h) {
  request.scheduler = &gil.scheduler_;
  request.handle = h;
  request.since = gil.scheduler_.now();
  request.notify = [](engine::Waiter& w) {
    auto& self = static_cast<Request&>(w);
    self.scheduler->wake_now(self.handle);
  };
  gil.waiters_.push_back(request);
  if (gil.contention_ != nullptr) gil.contention_->trigger();
}

void Gil::release() {
  contention_ = nullptr;
  if (engine::Waiter* w = waiters_.pop_front()) {
    take();  // handed over: it stays held
    w->notify(*w);
    return;
  }
  held_ = false;
}

}  // namespace burgers::model
