#include "ui/block_supply.hpp"

#include <new>

namespace burgers::ui {

namespace {

constexpr std::size_t kPageBytes = 4096;

// A fresh block with each of its pages written once: the kernel maps (and zeroes) them
// now, on this thread. What is written does not matter: spans are written over it.
void* touched_block() {
  void* block = ::operator new(trace::SpanStore::kBlockBytes);
  auto* bytes = static_cast<volatile unsigned char*>(block);
  for (std::size_t at = 0; at < trace::SpanStore::kBlockBytes; at += kPageBytes) bytes[at] = 0;
  return block;
}

}  // namespace

BlockSupply::~BlockSupply() {
  if (helper_.joinable()) {
    helper_.request_stop();
    helper_.join();
  }
  for (void* block : ready_) ::operator delete(block);
}

void* BlockSupply::take_block() {
  {
    std::lock_guard lock(mutex_);
    ++taken_;
    ++taken_in_run_;
    if (!ready_.empty()) {
      void* block = ready_.back();
      ready_.pop_back();
      ++ready_taken_;
      wanted_.notify_one();
      return block;
    }
    // A store past its first block is a big run's: from now on, blocks are made ahead.
    if (taken_in_run_ >= 2 && !helper_.joinable())
      helper_ = std::jthread([this](std::stop_token stop) { fill(stop); });
  }
  return ::operator new(trace::SpanStore::kBlockBytes);
}

void BlockSupply::start_run() {
  std::lock_guard lock(mutex_);
  taken_in_run_ = 0;
}

void BlockSupply::fill(std::stop_token stop) {
  std::unique_lock lock(mutex_);
  while (wanted_.wait(lock, stop, [&] { return ready_.size() < ahead_; })) {
    lock.unlock();
    void* block = nullptr;
    try {
      block = touched_block();
    } catch (const std::bad_alloc&) {
      return;  // out of memory: the store allocates its blocks itself (and fails there)
    }
    lock.lock();
    ready_.push_back(block);
  }
}

std::size_t BlockSupply::ready_taken() const {
  std::lock_guard lock(mutex_);
  return ready_taken_;
}

std::size_t BlockSupply::ready() const {
  std::lock_guard lock(mutex_);
  return ready_.size();
}

bool BlockSupply::helping() const {
  std::lock_guard lock(mutex_);
  return helper_.joinable();
}

std::size_t BlockSupply::taken() const {
  std::lock_guard lock(mutex_);
  return taken_;
}

}  // namespace burgers::ui
