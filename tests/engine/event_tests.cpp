#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/condition.hpp"
#include "engine/event.hpp"
#include "engine/process.hpp"

using namespace burgers;
using namespace burgers::engine;

namespace {

Process wait_then_log(Scheduler& s, Event& e, std::vector<std::string>& log, std::string name) {
  co_await e;
  log.push_back(name + "@" + std::to_string(s.now()));
}

Process trigger_at(Scheduler& s, Event& e, Time t) {
  co_await s.timeout(t);
  e.trigger();
}

}  // namespace

TEST_CASE("waiters resume in the order they began waiting, at the trigger's instant") {
  Scheduler s;
  Event e(s);
  std::vector<std::string> log;
  s.spawn(wait_then_log(s, e, log, "a"));
  s.spawn(wait_then_log(s, e, log, "b"));
  s.spawn(trigger_at(s, e, 7));
  s.spawn(wait_then_log(s, e, log, "c"));
  s.run();
  CHECK(log == std::vector<std::string>{"a@7", "b@7", "c@7"});
}

TEST_CASE("awaiting an event that already happened continues without suspending") {
  Scheduler s;
  Event e(s);
  e.trigger();
  std::vector<std::string> log;
  s.spawn(wait_then_log(s, e, log, "late"));
  CHECK(log == std::vector<std::string>{"late@0"});
  CHECK(s.events() == 0);
}

TEST_CASE("a second trigger does nothing and reset makes an event pending again") {
  Scheduler s;
  Event e(s);
  std::vector<std::string> log;
  s.spawn(wait_then_log(s, e, log, "a"));
  e.trigger();
  e.trigger();
  s.run();
  CHECK(log.size() == 1);
  e.reset();
  CHECK_FALSE(e.triggered());
  s.spawn(wait_then_log(s, e, log, "b"));
  s.spawn(trigger_at(s, e, 3));
  s.run();
  CHECK(log == std::vector<std::string>{"a@0", "b@3"});
}

TEST_CASE("a timer triggers itself after its delay") {
  Scheduler s;
  std::vector<std::string> log;
  auto p = [](Scheduler& sc, std::vector<std::string>& l) -> Process {
    Timer t(sc, 25);
    co_await t;
    l.push_back("rang@" + std::to_string(sc.now()));
  };
  s.spawn(p(s, log));
  s.run();
  CHECK(log == std::vector<std::string>{"rang@25"});
}

TEST_CASE("a timer destroyed before it fires is cancelled") {
  Scheduler s;
  int fired = 0;
  {
    Timer t(s, 10);
    (void)t;
  }
  auto p = [](Scheduler& sc, int& n) -> Process {
    Timer t(sc, 5);
    co_await t;
    ++n;
  };
  s.spawn(p(s, fired));
  s.run();
  CHECK(fired == 1);
  CHECK(s.now() == 5);  // the cancelled timer's slot was skipped at t=10 without effect
}

TEST_CASE("all_of resumes when every event has happened") {
  Scheduler s;
  Event a(s), b(s), c(s);
  Time resumed = -1;
  auto p = [](Scheduler& sc, Event& x, Event& y, Event& z, Time& t) -> Process {
    co_await all_of(x, y, z);
    t = sc.now();
  };
  s.spawn(p(s, a, b, c, resumed));
  s.spawn(trigger_at(s, b, 5));
  s.spawn(trigger_at(s, a, 9));
  s.spawn(trigger_at(s, c, 2));
  s.run();
  CHECK(resumed == 9);
}

TEST_CASE("all_of over events that already happened does not suspend") {
  Scheduler s;
  Event a(s), b(s);
  a.trigger();
  b.trigger();
  bool done = false;
  auto p = [](Event& x, Event& y, bool& d) -> Process {
    co_await all_of(x, y);
    d = true;
  };
  s.spawn(p(a, b, done));
  CHECK(done);
}

TEST_CASE("any_of resumes at the first event and tells which one") {
  Scheduler s;
  Event food(s), bored(s);
  std::size_t which = 99;
  Time resumed = -1;
  auto p = [](Scheduler& sc, Event& f, Event& b, std::size_t& w, Time& t) -> Process {
    w = co_await any_of(f, b);
    t = sc.now();
  };
  s.spawn(p(s, food, bored, which, resumed));
  s.spawn(trigger_at(s, bored, 4));
  s.spawn(trigger_at(s, food, 6));
  s.run();
  CHECK(which == 1);
  CHECK(resumed == 4);
}

TEST_CASE("any_of with a timer gives up waiting at the deadline") {
  Scheduler s;
  Event never(s);
  std::size_t which = 99;
  auto p = [](Scheduler& sc, Event& e, std::size_t& w) -> Process {
    Timer deadline(sc, 10);
    w = co_await any_of(e, deadline);
  };
  s.spawn(p(s, never, which));
  s.run();
  CHECK(which == 1);
  CHECK(s.now() == 10);
  never.trigger();  // the finished any_of no longer listens
  CHECK_FALSE(s.has_events());
}

TEST_CASE("any_of leaves no waiter behind on the events that did not fire") {
  Scheduler s;
  Event a(s), b(s);
  std::vector<std::string> log;
  auto p = [](Event& x, Event& y, std::vector<std::string>& l) -> Process {
    co_await any_of(x, y);
    l.push_back("any");
  };
  s.spawn(p(a, b, log));
  a.trigger();
  s.run();
  s.spawn(wait_then_log(s, b, log, "plain"));
  b.trigger();
  s.run();
  CHECK(log == std::vector<std::string>{"any", "plain@0"});
}

TEST_CASE("run_until does not run past its limit when a cancelled timer comes first") {
  Scheduler s;
  std::vector<std::string> log;
  { Timer cancelled(s, 10); }
  auto p = [](Scheduler& sc, std::vector<std::string>& l) -> Process {
    co_await sc.timeout(20);
    l.push_back("late");
  };
  s.spawn(p(s, log));
  CHECK(s.run_until(15));
  CHECK(log.empty());
  CHECK(s.now() == 0);
  s.run();
  CHECK(log == std::vector<std::string>{"late"});
}
