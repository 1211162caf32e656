#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "ui/block_supply.hpp"

using namespace burgers;
using burgers::ui::BlockSupply;

namespace {

trace::Span span_number(std::size_t i) {
  trace::Span s;
  s.start = static_cast<Time>(i);
  s.end = static_cast<Time>(i) + 7;
  s.agent = static_cast<trace::AgentId>(i % 1000);
  s.state = trace::State::busy;
  return s;
}

void fill(trace::SpanStore& store, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) store.push_back(span_number(i));
}

// Waits (up to 20 s) until the helper has `n` blocks ready.
bool ready_soon(const BlockSupply& supply, std::size_t n) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (supply.ready() < n) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

constexpr std::size_t kBlock = trace::SpanStore::kBlockSize;

}  // namespace

TEST_CASE("a store of one block takes it from the supply without starting its thread") {
  BlockSupply supply;
  trace::SpanStore store;
  store.set_block_source(&supply);
  fill(store, 0, 1000);
  CHECK(supply.taken() == 1);
  CHECK_FALSE(supply.helping());
  CHECK(supply.ready() == 0);
}

TEST_CASE("small runs one after another start no thread, however many blocks they took") {
  BlockSupply supply;
  for (int run = 0; run < 3; ++run) {
    supply.start_run();
    trace::SpanStore store;
    store.set_block_source(&supply);
    fill(store, 0, 1000);
  }
  CHECK(supply.taken() == 3);
  CHECK_FALSE(supply.helping());
}

TEST_CASE("past its first block a store gets blocks the supply touched ahead, spans intact") {
  BlockSupply supply(2);
  trace::SpanStore store;
  store.set_block_source(&supply);
  fill(store, 0, kBlock + 1);  // the second block: the helper starts
  REQUIRE(supply.taken() == 2);
  REQUIRE(supply.helping());
  REQUIRE(ready_soon(supply, 2));
  fill(store, kBlock + 1, 3 * kBlock + 1);  // two more blocks, both ready ones
  CHECK(supply.taken() == 4);
  CHECK(supply.ready_taken() == 2);
  REQUIRE(ready_soon(supply, 2));  // made again after each was taken
  CHECK(supply.ready() == 2);      // and no more than `ahead`

  trace::SpanStore plain;
  fill(plain, 0, 3 * kBlock + 1);
  CHECK(store == plain);
}

TEST_CASE("a supply goes away with blocks ready and its thread waiting") {
  auto supply = std::make_unique<BlockSupply>(3);
  {
    trace::SpanStore store;
    store.set_block_source(supply.get());
    fill(store, 0, 2 * kBlock + 1);
    REQUIRE(ready_soon(*supply, 3));
  }  // the store's blocks are freed by the store; the ready ones by the supply
  CHECK(supply->ready() == 3);
  supply.reset();  // joins the thread (ASan's leak check sees the ready blocks freed)
  CHECK(supply == nullptr);
}
