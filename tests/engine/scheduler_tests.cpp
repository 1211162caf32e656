#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "engine/process.hpp"
#include "engine/scheduler.hpp"

using namespace burgers;
using namespace burgers::engine;

namespace {

Process sleeper(Scheduler& s, Time delay, std::vector<std::string>& log, std::string name) {
  co_await s.timeout(delay);
  log.push_back(name + "@" + std::to_string(s.now()));
}

Process yielder(Scheduler& s, std::vector<std::string>& log, std::string name, int times) {
  for (int i = 0; i < times; ++i) {
    log.push_back(name + std::to_string(i));
    co_await s.timeout(0);
  }
}

}  // namespace

TEST_CASE("the clock starts at zero and jumps to each event's time") {
  Scheduler s;
  std::vector<std::string> log;
  s.spawn(sleeper(s, 30, log, "b"));
  s.spawn(sleeper(s, 10, log, "a"));
  CHECK(s.now() == 0);
  s.run();
  CHECK(log == std::vector<std::string>{"a@10", "b@30"});
  CHECK(s.now() == 30);
  CHECK(s.events() == 2);
}

TEST_CASE("events due at the same time run in scheduling order") {
  Scheduler s;
  std::vector<std::string> log;
  for (int i = 0; i < 5; ++i) s.spawn(sleeper(s, 100, log, std::to_string(i)));
  s.run();
  CHECK(log == std::vector<std::string>{"0@100", "1@100", "2@100", "3@100", "4@100"});
}

TEST_CASE("a zero timeout yields to everything already due at this instant") {
  Scheduler s;
  std::vector<std::string> log;
  s.spawn(yielder(s, log, "a", 3));
  s.spawn(yielder(s, log, "b", 3));
  s.run();
  CHECK(log == std::vector<std::string>{"a0", "b0", "a1", "b1", "a2", "b2"});
  CHECK(s.now() == 0);
}

TEST_CASE("a timed wake-up scheduled earlier runs before a later same-instant wake-up") {
  Scheduler s;
  std::vector<std::string> log;
  // "late" is scheduled for t=10 before "first" runs at t=10 and yields.
  s.spawn(sleeper(s, 10, log, "first"));
  s.spawn(sleeper(s, 10, log, "late"));
  auto yielding_at_ten = [](Scheduler& sc, std::vector<std::string>& l) -> Process {
    co_await sc.timeout(10);
    l.push_back("third");
    co_await sc.timeout(0);
    l.push_back("after-yield");
  };
  s.spawn(yielding_at_ten(s, log));
  s.run();
  CHECK(log == std::vector<std::string>{"first@10", "late@10", "third", "after-yield"});
}

TEST_CASE("a spawned process runs at once until its first suspension") {
  Scheduler s;
  std::vector<int> log;
  auto child = [](Scheduler& sc, std::vector<int>& l) -> Process {
    l.push_back(1);
    co_await sc.timeout(5);
    l.push_back(3);
  };
  s.spawn(child(s, log));
  log.push_back(2);
  CHECK(s.events() == 0);
  s.run();
  CHECK(log == std::vector<int>{1, 2, 3});
}

TEST_CASE("run_until stops before events that are due later") {
  Scheduler s;
  std::vector<std::string> log;
  s.spawn(sleeper(s, 10, log, "a"));
  s.spawn(sleeper(s, 20, log, "b"));
  CHECK(s.run_until(15));
  CHECK(log == std::vector<std::string>{"a@10"});
  CHECK(s.next_time() == 20);
  CHECK_FALSE(s.run_until(20));
  CHECK(log.size() == 2);
  CHECK(s.next_time() == kNever);
}

TEST_CASE("run_until with an event budget runs at most that many events") {
  Scheduler s;
  std::vector<std::string> log;
  for (int i = 0; i < 10; ++i) s.spawn(sleeper(s, 1 + i, log, "x"));
  CHECK(s.run_until(kNever, 4) == 4);
  CHECK(log.size() == 4);
  CHECK(s.run_until(kNever, 100) == 6);
}

TEST_CASE("the heap orders a large random set of wake-ups by time then sequence") {
  Scheduler s;
  std::vector<std::pair<Time, int>> seen;
  auto proc = [](Scheduler& sc, Time at, int id,
                 std::vector<std::pair<Time, int>>& out) -> Process {
    co_await sc.timeout(at);
    out.emplace_back(sc.now(), id);
  };
  std::uint64_t x = 12345;
  for (int i = 0; i < 5000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    s.spawn(proc(s, static_cast<Time>((x >> 33) % 200), i, seen));
  }
  s.run();
  REQUIRE(seen.size() == 5000);
  for (std::size_t i = 1; i < seen.size(); ++i) {
    const bool ordered = seen[i - 1].first < seen[i].first || (seen[i - 1].first == seen[i].first &&
                                                               seen[i - 1].second < seen[i].second);
    REQUIRE(ordered);
  }
}

TEST_CASE(
    "processes that sleep again when they wake run in (time, scheduling order), as a model says") {
  // Each wake-up, timed or immediate, is scheduled with the next sequence number and runs in
  // (time, sequence) order: a std::set of those keys is the model. Processes here sleep again
  // in the event that woke them (the heap's hole is filled by their push), or end, or spawn.
  struct Model {
    std::set<std::tuple<Time, std::uint64_t, int>> due;
    std::uint64_t seq = 0;
    std::vector<std::pair<Time, int>> expected;
  };
  Scheduler s;
  Model model;
  std::vector<std::pair<Time, int>> seen;
  std::uint64_t x = 777;
  auto draw = [&x](std::uint64_t n) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (x >> 33) % n;
  };
  // Delays are decided up front so that the model and the scheduler see the same ones.
  std::vector<std::vector<Time>> plans(300);
  for (auto& plan : plans) {
    plan.resize(1 + draw(6));
    for (Time& d : plan) d = draw(3) == 0 ? 0 : static_cast<Time>(draw(40));
  }
  auto proc = [](Scheduler& sc, const std::vector<Time>& plan, int id,
                 std::vector<std::pair<Time, int>>& out) -> Process {
    for (const Time d : plan) {
      co_await sc.timeout(d);
      out.emplace_back(sc.now(), id);
    }
  };
  for (int id = 0; id < static_cast<int>(plans.size()); ++id) {
    s.spawn(proc(s, plans[static_cast<std::size_t>(id)], id, seen));
    model.due.emplace(plans[static_cast<std::size_t>(id)][0], model.seq++, id);
  }
  std::vector<std::size_t> step(plans.size(), 0);
  while (!model.due.empty()) {
    const auto [t, seq, id] = *model.due.begin();
    model.due.erase(model.due.begin());
    model.expected.emplace_back(t, id);
    auto& plan = plans[static_cast<std::size_t>(id)];
    if (++step[static_cast<std::size_t>(id)] < plan.size()) {
      model.due.emplace(t + plan[step[static_cast<std::size_t>(id)]], model.seq++, id);
    }
  }
  Time last = 0;
  while (s.has_events()) {
    const Time next = s.next_time();
    REQUIRE(next >= last);
    REQUIRE(s.step());
    REQUIRE(s.now() == next);
    last = next;
  }
  CHECK(seen == model.expected);
}
