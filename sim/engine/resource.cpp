#include "engine/resource.hpp"

namespace burgers::engine {

void Resource::release() {
  if (Waiter* w = waiters_.pop_front()) {
    --queued_;  // the unit passes straight to the waiter: in_use_ is unchanged
    w->notify(*w);
    return;
  }
  --in_use_;
}

}  // namespace burgers::engine
