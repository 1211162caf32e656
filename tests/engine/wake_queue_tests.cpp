#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <queue>
#include <vector>

#include "engine/wake_queue.hpp"

using namespace burgers;
using namespace burgers::engine;

TEST_CASE("the wake queue gives its entries back smallest key first, small or large") {
  // Sizes wander up past the sorted array's limit into the heap and back down, many times.
  WakeQueue q;
  std::priority_queue<uint128, std::vector<uint128>, std::greater<>> model;
  std::uint64_t x = 99;
  auto draw = [&x](std::uint64_t n) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (x >> 33) % n;
  };
  std::uint64_t seq = 0;
  std::size_t largest = 0;
  for (int round = 0; round < 200; ++round) {
    const std::size_t target = draw(3) == 0 ? 40 : draw(2 * WakeQueue::kSortedMax);
    while (q.size() < target || (q.size() > target && draw(4) == 0)) {
      const uint128 key = (static_cast<uint128>(draw(50)) << 64) | seq++;
      q.push(key, static_cast<std::uintptr_t>(seq));
      model.push(key);
    }
    while (q.size() > target) {
      REQUIRE(q.top().key == model.top());
      REQUIRE(q.pop() == static_cast<std::uintptr_t>(model.top() & 0xffffffffffffffffULL) + 1);
      model.pop();
    }
    largest = std::max(largest, q.size());
  }
  CHECK(largest > WakeQueue::kSortedMax);
  while (!q.empty()) {
    REQUIRE(q.top().key == model.top());
    q.pop();
    model.pop();
  }
  CHECK(model.empty());
}
