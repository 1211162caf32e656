#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "engine/event.hpp"
#include "engine/frame_pool.hpp"
#include "engine/process.hpp"
#include "engine/scheduler.hpp"

using namespace burgers;
using namespace burgers::engine;

namespace {

Process forever(Scheduler& s, Event& never) {
  co_await s.timeout(1);
  co_await never;  // parked until teardown
}

Process thrower(Scheduler& s, Time after) {
  co_await s.timeout(after);
  throw std::runtime_error("grill on fire");
}

}  // namespace

TEST_CASE("a finished process frees its frame at once") {
  const auto before = FramePool::live_frames();
  {
    Scheduler s;
    auto quick = [](Scheduler& sc) -> Process { co_await sc.timeout(3); };
    for (int i = 0; i < 100; ++i) s.spawn(quick(s));
    CHECK(FramePool::live_frames() - before == 100);
    CHECK(s.live_processes() == 100);
    s.run();
    CHECK(s.live_processes() == 0);
    CHECK(FramePool::live_frames() == before);
  }
}

TEST_CASE("the scheduler destroys parked processes at teardown") {
  const auto before = FramePool::live_frames();
  {
    Scheduler s;
    Event never(s);
    for (int i = 0; i < 50; ++i) s.spawn(forever(s, never));
    s.run();
    CHECK(s.live_processes() == 50);
    CHECK(FramePool::live_frames() - before == 50);
  }
  CHECK(FramePool::live_frames() == before);
}

TEST_CASE("a process that is never spawned frees its frame") {
  const auto before = FramePool::live_frames();
  {
    Scheduler s;
    Process p = thrower(s, 1);
    CHECK(FramePool::live_frames() - before == 1);
  }
  CHECK(FramePool::live_frames() == before);
}

TEST_CASE("an exception inside a process fails the run with its name and message") {
  const auto before = FramePool::live_frames();
  {
    Scheduler s;
    Event never(s);
    s.spawn(forever(s, never), "cashier", 1);
    s.spawn(thrower(s, 10), "cook", 2);
    s.spawn(thrower(s, 20), "cook", 3);
    s.run();
    REQUIRE(s.failed());
    CHECK(s.failure() == "process 'cook 2' failed: grill on fire");
    CHECK(s.now() == 10);
    CHECK_FALSE(s.step());
  }
  CHECK(FramePool::live_frames() == before);
}

TEST_CASE("an exception before the first suspension fails the run without crashing") {
  Scheduler s;
  auto eager = [](Scheduler&) -> Process {
    throw std::logic_error("bad recipe");
    co_return;
  };
  s.spawn(eager(s), "customer", 7);
  CHECK(s.failed());
  CHECK(s.failure() == "process 'customer 7' failed: bad recipe");
}

TEST_CASE("others can wait for a process that triggers an event as it ends") {
  Scheduler s;
  Event done(s);
  Time seen = -1;
  auto worker = [](Scheduler& sc, Event& finished) -> Process {
    co_await sc.timeout(42);
    finished.trigger();
  };
  auto waiter = [](Scheduler& sc, Event& e, Time& t) -> Process {
    co_await e;
    t = sc.now();
  };
  s.spawn(waiter(s, done, seen));
  s.spawn(worker(s, done));
  s.run();
  CHECK(seen == 42);
}

TEST_CASE("frames are recycled: a steady stream of processes reuses the same blocks") {
  Scheduler s;
  auto quick = [](Scheduler& sc) -> Process { co_await sc.timeout(1); };
  auto spawner = [](Scheduler& sc, decltype(quick)& make) -> Process {
    for (int i = 0; i < 1000; ++i) {
      sc.spawn(make(sc));
      co_await sc.timeout(2);
    }
  };
  const auto before = FramePool::live_frames();
  const auto fresh_before = FramePool::fresh_blocks();
  s.spawn(spawner(s, quick));
  s.run();
  CHECK(FramePool::live_frames() == before);
  // 1001 frames, never more than two alive at once: the free lists served all but the
  // first few (without reuse this would be 1001).
  CHECK(FramePool::fresh_blocks() - fresh_before <= 3);
}

#include "engine/task.hpp"

namespace {

Task walk(Scheduler& s, Time d, int& steps) {
  co_await s.timeout(d);
  ++steps;
}

Task broken(Scheduler& s) {
  co_await s.timeout(1);
  throw std::runtime_error("fryer jammed");
}

}  // namespace

TEST_CASE("a process awaits a task and continues when it ends") {
  Scheduler s;
  int steps = 0;
  Time finished = -1;
  auto p = [](Scheduler& sc, int& n, Time& t) -> Process {
    co_await walk(sc, 5, n);
    co_await walk(sc, 7, n);
    t = sc.now();
  };
  s.spawn(p(s, steps, finished));
  s.run();
  CHECK(steps == 2);
  CHECK(finished == 12);
}

TEST_CASE("an exception in a task travels to the awaiting process and fails the run") {
  const auto before = FramePool::live_frames();
  {
    Scheduler s;
    bool caught = false;
    auto p = [](Scheduler& sc, bool& c) -> Process {
      try {
        co_await broken(sc);
      } catch (const std::runtime_error&) {
        c = true;
      }
      co_await broken(sc);
    };
    s.spawn(p(s, caught), "cook", 4);
    s.run();
    CHECK(caught);
    CHECK(s.failure() == "process 'cook 4' failed: fryer jammed");
  }
  CHECK(FramePool::live_frames() == before);
}

TEST_CASE("a process parked inside a task is freed at teardown, task frame included") {
  const auto before = FramePool::live_frames();
  {
    Scheduler s;
    Event never(s);
    auto stuck = [](Event& e) -> Task { co_await e; };
    auto p = [](Event& e, decltype(stuck)& make) -> Process { co_await make(e); };
    s.spawn(p(never, stuck));
    CHECK(FramePool::live_frames() - before == 2);
  }
  CHECK(FramePool::live_frames() == before);
}
