#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/process.hpp"
#include "engine/resource.hpp"

using namespace burgers;
using namespace burgers::engine;

namespace {

Process customer(Scheduler& s, Resource& counter, Time arrive, Time service,
                 std::vector<std::string>& log, std::string name) {
  co_await s.timeout(arrive);
  co_await counter.request();
  log.push_back(name + "+" + std::to_string(s.now()));
  co_await s.timeout(service);
  counter.release();
}

}  // namespace

TEST_CASE("a resource serves requests first come, first served") {
  Scheduler s;
  Resource counter(s, 1);
  std::vector<std::string> log;
  s.spawn(customer(s, counter, 0, 10, log, "a"));
  s.spawn(customer(s, counter, 1, 10, log, "b"));
  s.spawn(customer(s, counter, 2, 10, log, "c"));
  s.run();
  CHECK(log == std::vector<std::string>{"a+0", "b+10", "c+20"});
}

TEST_CASE("a resource with capacity c serves c at once") {
  Scheduler s;
  Resource counter(s, 2);
  std::vector<std::string> log;
  for (int i = 0; i < 5; ++i) s.spawn(customer(s, counter, 0, 10, log, std::to_string(i)));
  s.run();
  CHECK(log == std::vector<std::string>{"0+0", "1+0", "2+10", "3+10", "4+20"});
}

TEST_CASE("a free unit is granted without any suspension or event") {
  Scheduler s;
  Resource counter(s, 1);
  bool got = false;
  auto p = [](Resource& r, bool& g) -> Process {
    co_await r.request();
    g = true;
    r.release();
  };
  s.spawn(p(counter, got));
  CHECK(got);
  CHECK(s.events() == 0);
  CHECK(counter.in_use() == 0);
}

TEST_CASE("a newcomer cannot overtake a waiter when a unit is handed over") {
  Scheduler s;
  Resource counter(s, 1);
  std::vector<std::string> log;
  s.spawn(customer(s, counter, 0, 10, log, "a"));
  s.spawn(customer(s, counter, 5, 10, log, "b"));
  s.spawn(customer(s, counter, 10, 10, log, "c"));  // arrives exactly when a releases
  s.run();
  CHECK(log == std::vector<std::string>{"a+0", "b+10", "c+20"});
  CHECK(counter.queue_length() == 0);
}

TEST_CASE("acquire gives a lock that releases when it goes out of scope") {
  Scheduler s;
  Resource counter(s, 1);
  std::vector<Time> starts;
  auto p = [](Scheduler& sc, Resource& r, std::vector<Time>& out) -> Process {
    auto held = co_await r.acquire();
    out.push_back(sc.now());
    co_await sc.timeout(3);
  };
  for (int i = 0; i < 3; ++i) s.spawn(p(s, counter, starts));
  s.run();
  CHECK(starts == std::vector<Time>{0, 3, 6});
  CHECK(counter.in_use() == 0);
}
