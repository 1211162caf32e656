#pragma once
// BlockSupply: the blocks a big run's trace grows by, their pages touched in advance on a
// thread of its own, so the thread that runs the simulation does not wait for the kernel
// to hand it (and zero) fresh memory. Used by Session; no GL here.
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

#include "trace/span_store.hpp"

namespace burgers::ui {

class BlockSupply final : public trace::SpanStore::BlockSource {
 public:
  // Keeps up to `ahead` blocks ready once a store has asked for its second one (a small
  // run's only block costs no thread and no memory of blocks it will never use).
  explicit BlockSupply(std::size_t ahead = 2) : ahead_(ahead) {}
  ~BlockSupply() override;
  BlockSupply(const BlockSupply&) = delete;
  BlockSupply& operator=(const BlockSupply&) = delete;

  // A ready block if there is one, else a fresh one: never waits for the helper thread.
  void* take_block() override;
  // A new run's store takes blocks from now on: its first block starts no thread.
  void start_run();
  // For tests: blocks handed out, those of them the helper had touched, blocks ready now,
  // and whether the helper thread was started.
  std::size_t taken() const;
  std::size_t ready_taken() const;
  std::size_t ready() const;
  bool helping() const;

 private:
  void fill(std::stop_token stop);

  const std::size_t ahead_;
  mutable std::mutex mutex_;
  std::condition_variable_any wanted_;
  std::vector<void*> ready_;  // touched blocks, not yet handed out
  std::size_t taken_ = 0;
  std::size_t taken_in_run_ = 0;
  std::size_t ready_taken_ = 0;
  std::jthread helper_;  // started at the second block; last member: stops first
};

}  // namespace burgers::ui
