// The end of int64 nanoseconds: a wait that would pass it fails the run with a message
// instead of wrapping around to a negative time (signed overflow, undefined behaviour).
#include <catch2/catch.hpp>

#include <string>

#include "engine/event.hpp"
#include "engine/process.hpp"
#include "engine/scheduler.hpp"

using namespace burgers;
using namespace burgers::engine;

namespace {

Process two_waits(Scheduler& s, Time first, Time second, bool& woke) {
  co_await s.timeout(first);
  co_await s.timeout(second);
  woke = true;
}

Process timer_wait(Scheduler& s, Time first, Time second, bool& woke) {
  co_await s.timeout(first);
  Timer timer(s, second);
  co_await timer;
  woke = true;
}

}  // namespace

TEST_CASE("a timeout past the end of int64 nanoseconds fails the run instead of wrapping") {
  Scheduler s;
  bool woke = false;
  s.spawn(two_waits(s, kNever - 5, 10, woke));
  s.run();
  CHECK_FALSE(woke);
  CHECK(s.now() == kNever - 5);
  REQUIRE(s.failed());
  CHECK(s.failure().find("about 292 years") != std::string::npos);
}

TEST_CASE("a timer past the end of int64 nanoseconds fails the run instead of wrapping") {
  Scheduler s;
  bool woke = false;
  s.spawn(timer_wait(s, kNever - 5, kNever, woke));
  s.run();
  CHECK_FALSE(woke);
  CHECK(s.failed());
}

TEST_CASE("a timeout that ends exactly one nanosecond before the end still runs") {
  Scheduler s;
  bool woke = false;
  s.spawn(two_waits(s, kNever - 5, 4, woke));
  s.run();
  CHECK(woke);
  CHECK(s.now() == kNever - 1);
  CHECK_FALSE(s.failed());
}

TEST_CASE("saturating time addition stops at kNever") {
  CHECK(add_saturated(kNever - 1, 1) == kNever);
  CHECK(add_saturated(kNever - 1, 2) == kNever);
  CHECK(add_saturated(kNever, kNever) == kNever);
  CHECK(add_saturated(0, kNever) == kNever);
  CHECK(add_saturated(5, 7) == 12);
}
