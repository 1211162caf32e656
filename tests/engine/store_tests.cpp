#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "engine/process.hpp"
#include "engine/store.hpp"

using namespace burgers;
using namespace burgers::engine;

TEST_CASE("a store hands out items in the order they were put") {
  Scheduler s;
  Store<int> store(s);
  std::vector<int> got;
  auto consumer = [](Store<int>& st, std::vector<int>& out) -> Process {
    for (int i = 0; i < 4; ++i) out.push_back(co_await st.get());
  };
  REQUIRE(store.try_put(1));
  REQUIRE(store.try_put(2));
  s.spawn(consumer(store, got));
  REQUIRE(store.try_put(3));
  REQUIRE(store.try_put(4));
  s.run();
  CHECK(got == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("getters waiting on an empty store are served in the order they came") {
  Scheduler s;
  Store<std::string> store(s);
  std::vector<std::string> log;
  auto consumer = [](Scheduler& sc, Store<std::string>& st, std::string name,
                     std::vector<std::string>& l) -> Process {
    std::string item = co_await st.get();
    l.push_back(name + ":" + item + "@" + std::to_string(sc.now()));
  };
  auto producer = [](Scheduler& sc, Store<std::string>& st) -> Process {
    co_await sc.timeout(5);
    co_await st.put("burger");
    co_await sc.timeout(5);
    co_await st.put("fries");
  };
  s.spawn(consumer(s, store, "a", log));
  s.spawn(consumer(s, store, "b", log));
  s.spawn(producer(s, store));
  s.run();
  CHECK(log == std::vector<std::string>{"a:burger@5", "b:fries@10"});
}

TEST_CASE("put waits while a bounded store is full") {
  Scheduler s;
  Store<int> shelf(s, 2);
  std::vector<std::string> log;
  auto producer = [](Scheduler& sc, Store<int>& st, std::vector<std::string>& l) -> Process {
    for (int i = 0; i < 4; ++i) {
      co_await st.put(i);
      l.push_back("put" + std::to_string(i) + "@" + std::to_string(sc.now()));
    }
  };
  auto consumer = [](Scheduler& sc, Store<int>& st, std::vector<std::string>& l) -> Process {
    co_await sc.timeout(10);
    for (int i = 0; i < 4; ++i) {
      const int v = co_await st.get();
      l.push_back("got" + std::to_string(v) + "@" + std::to_string(sc.now()));
      co_await sc.timeout(1);
    }
  };
  s.spawn(producer(s, shelf, log));
  s.spawn(consumer(s, shelf, log));
  s.run();
  CHECK(log == std::vector<std::string>{"put0@0", "put1@0", "got0@10", "put2@10", "got1@11",
                                        "put3@11", "got2@12", "got3@13"});
}

TEST_CASE("try_get and try_put do not wait") {
  Scheduler s;
  Store<int> st(s, 1);
  CHECK_FALSE(st.try_get().has_value());
  CHECK(st.try_put(7));
  CHECK_FALSE(st.try_put(8));
  CHECK(st.try_get() == 7);
  CHECK(st.size() == 0);
}

TEST_CASE("a store carries move-only items") {
  Scheduler s;
  Store<std::unique_ptr<int>> st(s);
  int seen = 0;
  auto consumer = [](Store<std::unique_ptr<int>>& store, int& out) -> Process {
    auto p = co_await store.get();
    out = *p;
  };
  s.spawn(consumer(st, seen));
  CHECK(st.try_put(std::make_unique<int>(9)));
  s.run();
  CHECK(seen == 9);
}
